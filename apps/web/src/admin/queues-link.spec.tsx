import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '../test/fetch-mock';
import { renderWithProviders } from '../test/render';
import { QUEUES_URL, QueuesButton, useQueuesDashboard } from './queues-link';

const noSession = () => json(401, { statusCode: 401, error: 'Unauthorized', message: '' });

function Harness() {
  const dashboard = useQueuesDashboard();
  return (
    <>
      <QueuesButton dashboard={dashboard} />
      <div role="alert">{dashboard.error}</div>
    </>
  );
}

/** A stand-in for the tab window.open returns. */
function fakeTab() {
  const tab = { opener: {} as unknown, location: { href: 'about:blank' }, close: vi.fn() };
  vi.spyOn(window, 'open').mockReturnValue(tab as unknown as Window);
  return tab;
}

afterEach(() => vi.restoreAllMocks());

describe('Queue dashboard link', () => {
  it('gets the dashboard cookie, then points the new tab at the dashboard', async () => {
    const user = userEvent.setup();
    const tab = fakeTab();
    const network = mockFetch({ 'POST /api/auth/refresh': noSession, 'POST /api/admin/queues/session': () => new Response(null, { status: 204 }) });
    renderWithProviders(<Harness />);

    await user.click(screen.getByRole('button', { name: 'Files d’attente (nouvelle fenêtre)' }));
    await waitFor(() => expect(tab.location.href).toBe(QUEUES_URL));
    expect(network.callsTo('POST /api/admin/queues/session')).toHaveLength(1);
    expect(tab.opener).toBeNull();
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('closes the tab and says why when the API refuses the session', async () => {
    const user = userEvent.setup();
    const tab = fakeTab();
    mockFetch({
      'POST /api/auth/refresh': noSession,
      'POST /api/admin/queues/session': () => json(403, { statusCode: 403, error: 'Forbidden', message: 'Accès refusé.' }),
    });
    renderWithProviders(<Harness />);

    await user.click(screen.getByRole('button', { name: /^Files d’attente/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Impossible d’ouvrir le tableau de bord des files d’attente : Accès refusé.');
    expect(tab.close).toHaveBeenCalled();
    expect(tab.location.href).toBe('about:blank');
  });
});
