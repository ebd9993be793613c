import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApplicationView } from '@talents/shared';
import { json, mockFetch, type Handler } from '../test/fetch-mock';
import { renderWithProviders } from '../test/render';
import { PipelineBoard } from './pipeline-board';

const OFFER = '11111111-1111-4111-8111-111111111111';
const noSession = () => json(401, { statusCode: 401, error: 'Unauthorized', message: '' });

function application(id: string, name: string, status: ApplicationView['status'] = 'APPLIED'): ApplicationView {
  return {
    id, status, rejectionReason: null, message: null, createdAt: '2026-01-10T10:00:00.000Z', updatedAt: '2026-01-10T10:00:00.000Z',
    offer: { id: OFFER, title: 'Développeur·se React', status: 'PUBLISHED', companyId: 'c1', companyName: 'Acme' },
    candidate: {
      id: `cand-${id}`, revealed: false, displayName: name, firstName: null, lastName: null, email: null, phone: null,
      headline: 'Développeuse front-end', yearsOfExperience: 3, track: null, basinCode: 'LILLE', town: null,
    },
    history: [], hire: null,
  };
}

const page = (items: ApplicationView[]) => json(200, { items, total: items.length, page: 1, pageSize: 100 });
const column = (name: RegExp) => screen.getByRole('region', { name });

function setUp(patch: Handler, after: ApplicationView['status'] = 'APPLIED') {
  const network = mockFetch({
    'POST /api/auth/refresh': noSession,
    // First load, then what the server holds after the move (the board refetches once a move settles).
    'GET /api/applications': [
      () => page([application('a1', 'Candidat·e #a1b2c3')]),
      () => page([application('a1', 'Candidat·e #a1b2c3', after)]),
    ],
    'PATCH /api/applications/a1': patch,
  });
  renderWithProviders(<PipelineBoard offerId={OFFER} />);
  return network;
}

describe('PipelineBoard', () => {
  it('moves a card with the keyboard control, at once, then puts it back when the API answers 409', async () => {
    const user = userEvent.setup();
    let answer: (response: Response) => void = () => undefined;
    const network = setUp(() => new Promise<Response>((resolve) => { answer = resolve; }));

    await screen.findByRole('region', { name: /Candidature reçue/ });
    const card = await within(column(/Candidature reçue/)).findByRole('article', { name: 'Candidat·e #a1b2c3' });
    await user.selectOptions(within(card).getByLabelText(/Déplacer vers/), 'Présélection');
    await user.click(within(card).getByRole('button', { name: /Déplacer/ }));

    // Optimistic: the card is already in the next column while the request runs.
    expect(await within(column(/Présélection/)).findByRole('article', { name: 'Candidat·e #a1b2c3' })).toBeInTheDocument();
    expect(within(column(/Candidature reçue/)).queryByRole('article')).not.toBeInTheDocument();
    const [request] = network.callsTo('PATCH /api/applications/a1');
    expect(await request?.json()).toEqual({ status: 'SHORTLISTED' });

    answer(json(409, { statusCode: 409, error: 'Conflict', message: 'Ce changement d’étape n’est pas possible depuis l’étape actuelle.' }));

    expect(await within(column(/Candidature reçue/)).findByRole('article', { name: 'Candidat·e #a1b2c3' })).toBeInTheDocument();
    expect(within(column(/Présélection/)).queryByRole('article')).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('la candidature a changé entre-temps');
  });

  it('asks for a reason before rejecting', async () => {
    const user = userEvent.setup();
    const network = setUp(() => json(200, { ...application('a1', 'Candidat·e #a1b2c3', 'REJECTED'), rejectionReason: 'SKILLS' }), 'REJECTED');

    const card = await screen.findByRole('article', { name: 'Candidat·e #a1b2c3' });
    await user.selectOptions(within(card).getByLabelText(/Déplacer vers/), 'Refusée');
    await user.click(within(card).getByRole('button', { name: /Déplacer/ }));
    await user.click(screen.getByRole('button', { name: 'Refuser la candidature' }));
    expect(screen.getByLabelText('Motif du refus')).toHaveAccessibleDescription('Indiquez le motif du refus.');
    expect(network.callsTo('PATCH /api/applications/a1')).toHaveLength(0);

    await user.selectOptions(screen.getByLabelText('Motif du refus'), 'Compétences');
    await user.click(screen.getByRole('button', { name: 'Refuser la candidature' }));
    await vi.waitFor(() => expect(network.callsTo('PATCH /api/applications/a1')).toHaveLength(1));
    expect(await network.callsTo('PATCH /api/applications/a1')[0]?.json()).toEqual({ status: 'REJECTED', rejectionReason: 'SKILLS' });
    expect(await within(column(/Refusée/)).findByRole('article', { name: 'Candidat·e #a1b2c3' })).toBeInTheDocument();
  });
});
