import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n';
import { json, mockFetch } from '../test/fetch-mock';
import { renderWithProviders } from '../test/render';
import { AlertForm } from './alert-form';
import { alertsApi } from './alerts-api';

vi.mock('./alerts-api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./alerts-api')>();
  return { ...actual, alertsApi: { ...actual.alertsApi, create: vi.fn() } };
});
const create = vi.mocked(alertsApi.create);

const search = { kind: 'OFFERS' as const, query: 'react', filters: { contractType: ['CDI' as const] } };

function renderForm(onCreated = vi.fn()) {
  renderWithProviders(
    <AlertForm search={search} summary="« react » · CDI" defaultName="react · CDI" onCreated={onCreated} onCancel={vi.fn()} />,
  );
  return onCreated;
}

describe('AlertForm', () => {
  beforeEach(() => {
    create.mockReset();
    // Only the session bootstrap of the providers reaches fetch: the alert calls are mocked above.
    mockFetch({ 'POST /api/auth/refresh': () => json(401, { statusCode: 401, error: 'Unauthorized', message: '' }) });
  });

  it('shows the field errors of the shared schema in French and sends nothing', async () => {
    const user = userEvent.setup();
    renderForm();
    const name = screen.getByLabelText('Nom de l’alerte');
    expect(name).toHaveValue('react · CDI');

    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Créer l’alerte' }));
    expect(await screen.findByText('Ce champ est obligatoire.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();

    await user.type(name, 'x'.repeat(121));
    await user.click(screen.getByRole('button', { name: 'Créer l’alerte' }));
    // zod's French locale, through the shared schema's max(120).
    expect(await screen.findByText(/120 caractères/)).toBeInTheDocument();
    expect(create).not.toHaveBeenCalled();
  });

  it('words the errors in English when the interface is in English', async () => {
    await i18n.changeLanguage('en');
    const user = userEvent.setup();
    renderForm();
    await user.clear(screen.getByLabelText('Alert name'));
    await user.click(screen.getByRole('button', { name: 'Create the alert' }));
    expect(await screen.findByText('This field is required.')).toBeInTheDocument();
    expect(create).not.toHaveBeenCalled();
  });

  it('sends the search with the chosen name and frequency', async () => {
    const user = userEvent.setup();
    const alert = { id: 'a1', kind: 'OFFERS', name: 'Dev Lille', query: 'react', filters: search.filters, frequency: 'WEEKLY', active: true, lastRunAt: null, createdAt: '2026-01-01T00:00:00.000Z' } as const;
    create.mockResolvedValue(alert);
    const onCreated = renderForm();
    const name = screen.getByLabelText('Nom de l’alerte');
    await user.clear(name);
    await user.type(name, '  Dev Lille ');
    await user.click(screen.getByRole('radio', { name: 'Une fois par semaine' }));
    await user.click(screen.getByRole('button', { name: 'Créer l’alerte' }));

    await vi.waitFor(() => expect(onCreated).toHaveBeenCalledWith(alert));
    expect(create).toHaveBeenCalledWith({ kind: 'OFFERS', name: 'Dev Lille', query: 'react', frequency: 'WEEKLY', filters: { contractType: ['CDI'] } });
  });
});
