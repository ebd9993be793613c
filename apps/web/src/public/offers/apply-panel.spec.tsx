import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { tokenStore } from '../../lib/token-store';
import { json, mockFetch } from '../../test/fetch-mock';
import { renderWithProviders } from '../../test/render';
import { ApplyPanel } from './apply-panel';

const OFFER_ID = '7b0f1a9e-3c8e-4f57-9a51-1f2b3c4d5e6f';
const candidate = {
  id: 'u1',
  email: 'camille@example.fr',
  role: 'CANDIDATE' as const,
  locale: 'fr' as const,
  emailVerified: true,
  createdAt: '2025-01-01T00:00:00.000Z',
  candidateProfileId: 'p1',
  companyIds: [],
};
const session = { accessToken: 'token', user: candidate };
const none = { items: [], total: 0, page: 1, pageSize: 1 };

describe('ApplyPanel', () => {
  it('tells a candidate who already applied instead of showing an error (409)', async () => {
    const user = userEvent.setup();
    tokenStore.set(session);
    const network = mockFetch({
      'POST /api/auth/refresh': () => json(200, session),
      'GET /api/applications': () => json(200, none),
      [`POST /api/offers/${OFFER_ID}/applications`]: () =>
        json(409, {
          statusCode: 409,
          error: 'Conflict',
          message: 'Conflit.',
          details: [{ field: 'offerId', message: 'Vous avez déjà postulé à cette offre.' }],
        }),
    });
    renderWithProviders(<ApplyPanel offerId={OFFER_ID} open />);

    await user.click(await screen.findByRole('button', { name: 'Postuler' }));
    await user.type(screen.getByLabelText('Message à l’entreprise (facultatif)'), 'Très motivée');
    await user.click(screen.getByRole('button', { name: 'Envoyer ma candidature' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Vous avez déjà postulé à cette offre.');
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(screen.queryByRole('button', { name: 'Postuler' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voir mes candidatures' })).toHaveAttribute('href', '/candidate/applications');
    const [request] = network.callsTo(`POST /api/offers/${OFFER_ID}/applications`);
    expect(await request?.json()).toEqual({ message: 'Très motivée' });
  });

  it('invites a visitor to log in', async () => {
    mockFetch({ 'POST /api/auth/refresh': () => json(401, { statusCode: 401, error: 'Unauthorized', message: '' }) });
    renderWithProviders(<ApplyPanel offerId={OFFER_ID} open />);
    expect(await screen.findByRole('link', { name: 'Se connecter pour postuler' })).toHaveAttribute('href', '/login');
    expect(screen.queryByRole('button', { name: 'Postuler' })).not.toBeInTheDocument();
  });
});
