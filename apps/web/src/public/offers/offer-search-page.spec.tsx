import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '../../test/fetch-mock';
import { renderWithProviders } from '../../test/render';
import { OfferSearchPage } from './offer-search-page';

const noSession = () => json(401, { statusCode: 401, error: 'Unauthorized', message: '' });

const offer = {
  id: '7b0f1a9e-3c8e-4f57-9a51-1f2b3c4d5e6f',
  company: { id: 'c1', name: 'Octo Lille', website: null, verified: true },
  title: 'Développeuse React',
  description: 'Une belle équipe.',
  roleFamilyCode: 'DEV',
  contractType: 'CDI',
  basinCode: 'LILLE',
  town: 'Lille',
  lat: null,
  lon: null,
  remotePolicy: 'HYBRID',
  salaryMin: 40000,
  salaryMax: 50000,
  experienceLevel: 'JUNIOR',
  startDate: null,
  romeCode: null,
  status: 'PUBLISHED',
  closeReason: null,
  publishedAt: '2025-01-10T10:00:00.000Z',
  expiresAt: null,
  closedAt: null,
  createdAt: '2025-01-10T10:00:00.000Z',
  updatedAt: '2025-01-10T10:00:00.000Z',
  skills: [],
};

function page(items: unknown[], facets: Record<string, Record<string, number>>) {
  return { items, total: items.length, page: 1, pageSize: 10, facets };
}

/** Shows the current query string, as the address bar would. */
function Location() {
  return <span data-testid="location">{useLocation().search}</span>;
}

describe('OfferSearchPage', () => {
  it('shows facet counts and writes ticked filters and distance into the URL and the API query', async () => {
    const user = userEvent.setup();
    const network = mockFetch({
      'POST /api/auth/refresh': noSession,
      'GET /api/offers': (request) => {
        const params = new URL(request.url).searchParams;
        return params.get('contractType') === 'CDI'
          ? json(200, page([offer], { roleFamily: { DEV: 1 }, basin: { LILLE: 1 }, contractType: { CDI: 1, STAGE: 2 }, remote: { HYBRID: 1 } }))
          : json(200, page([offer], { roleFamily: { DEV: 3 }, basin: { LILLE: 3 }, contractType: { CDI: 1, STAGE: 2 }, remote: { HYBRID: 3 } }));
      },
    });
    renderWithProviders(
      <>
        <OfferSearchPage />
        <Location />
      </>,
      { route: '/offers?q=react' },
    );

    expect(await screen.findByRole('link', { name: 'Développeuse React' })).toHaveAttribute('href', `/offers/${offer.id}`);
    expect(screen.getByRole('status')).toHaveTextContent('1 offre correspond');
    const contracts = screen.getByRole('group', { name: 'Type de contrat' });
    const stage = within(contracts).getByRole('checkbox', { name: /Stage/ });
    expect(stage.closest('label')).toHaveTextContent('Stage2');
    expect(within(contracts).getByLabelText('2 offres')).toBeInTheDocument();
    expect(screen.getByLabelText('Mots-clés (intitulé, compétence, entreprise…)')).toHaveValue('react');

    await user.click(within(contracts).getByRole('checkbox', { name: /CDI/ }));
    expect(screen.getByTestId('location')).toHaveTextContent('?q=react&contractType=CDI');
    await vi.waitFor(() => expect(network.callsTo('GET /api/offers').length).toBeGreaterThanOrEqual(2));
    const last = new URL(network.callsTo('GET /api/offers').at(-1)!.url).searchParams;
    expect(last.get('q')).toBe('react');
    expect(last.getAll('contractType')).toEqual(['CDI']);

    await user.selectOptions(screen.getByLabelText('Près de'), 'LILLE');
    await user.selectOptions(screen.getByLabelText('Rayon'), '50');
    expect(screen.getByTestId('location')).toHaveTextContent('?q=react&contractType=CDI&near=LILLE&radius=50');
    await vi.waitFor(() => {
      const params = new URL(network.callsTo('GET /api/offers').at(-1)!.url).searchParams;
      expect([params.get('lat'), params.get('lon'), params.get('radiusKm')]).toEqual(['50.6292', '3.0573', '50']);
    });
  });

  it('sorts by date or distance through the URL, distance only once a place is chosen', async () => {
    const user = userEvent.setup();
    const network = mockFetch({
      'POST /api/auth/refresh': noSession,
      'GET /api/offers': () => json(200, page([offer], { roleFamily: {}, basin: {}, contractType: {}, remote: {} })),
    });
    renderWithProviders(
      <>
        <OfferSearchPage />
        <Location />
      </>,
      { route: '/offers?q=react' },
    );
    await screen.findByRole('link', { name: 'Développeuse React' });
    const sort = screen.getByLabelText('Trier par');
    expect(within(sort).queryByRole('option', { name: 'Distance' })).toBeNull();

    await user.selectOptions(sort, 'date');
    expect(screen.getByTestId('location')).toHaveTextContent('?q=react&sort=date');
    await vi.waitFor(() => expect(new URL(network.callsTo('GET /api/offers').at(-1)!.url).searchParams.get('sort')).toBe('date'));

    await user.selectOptions(screen.getByLabelText('Près de'), 'LILLE');
    await user.selectOptions(screen.getByLabelText('Trier par'), 'distance');
    await vi.waitFor(() => {
      const params = new URL(network.callsTo('GET /api/offers').at(-1)!.url).searchParams;
      expect([params.get('sort'), params.get('radiusKm')]).toEqual(['distance', '30']);
    });
  });

  it('drops a distance order from a hand-edited URL without a place', async () => {
    const network = mockFetch({
      'POST /api/auth/refresh': noSession,
      'GET /api/offers': () => json(200, page([offer], { roleFamily: {}, basin: {}, contractType: {}, remote: {} })),
    });
    renderWithProviders(<OfferSearchPage />, { route: '/offers?sort=distance' });
    await screen.findByRole('link', { name: 'Développeuse React' });
    expect(new URL(network.callsTo('GET /api/offers').at(-1)!.url).searchParams.get('sort')).toBeNull();
  });

  it('shows estimated facet counts as such when the API says they are approximate', async () => {
    mockFetch({
      'POST /api/auth/refresh': noSession,
      'GET /api/offers': () => json(200, { ...page([offer], { roleFamily: { DEV: 2400 }, basin: {}, contractType: { CDI: 1800 }, remote: {} }), facetsApproximate: true }),
    });
    renderWithProviders(<OfferSearchPage />, { route: '/offers' });
    await screen.findByRole('link', { name: 'Développeuse React' });
    const contracts = screen.getByRole('group', { name: 'Type de contrat' });
    expect(within(contracts).getByLabelText('environ 1800 offres')).toHaveTextContent('≈ 1800');
    expect(screen.getByText('Recherche très large : les nombres à côté des filtres sont des estimations.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('1 offre correspond');
  });

  it('shows an estimated total as "environ N" and pages up to the estimate', async () => {
    mockFetch({
      'POST /api/auth/refresh': noSession,
      'GET /api/offers': () =>
        json(200, { ...page([offer], { roleFamily: {}, basin: {}, contractType: {}, remote: {} }), total: 24512, totalApproximate: true }),
    });
    renderWithProviders(<OfferSearchPage />, { route: '/offers?q=react' });
    await screen.findByRole('link', { name: 'Développeuse React' });
    expect(screen.getByRole('status')).toHaveTextContent('environ 24512 offres correspondent');
    expect(screen.getByRole('navigation', { name: /page/i })).toHaveTextContent(/2452/);
  });

  it('says so when nothing matches', async () => {
    mockFetch({
      'POST /api/auth/refresh': noSession,
      'GET /api/offers': () => json(200, page([], { roleFamily: {}, basin: {}, contractType: {}, remote: {} })),
    });
    renderWithProviders(<OfferSearchPage />, { route: '/offers?remote=REMOTE' });
    expect(await screen.findByText('Aucune offre ne correspond à votre recherche pour le moment.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Aucune offre ne correspond');
  });
});
