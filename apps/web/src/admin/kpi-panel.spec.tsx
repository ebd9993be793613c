import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { KpiDocument } from '@talents/shared';
import { json, mockFetch } from '../test/fetch-mock';
import { renderWithProviders } from '../test/render';
import { KpiPanel } from './kpi-panel';

const noSession = () => json(401, { statusCode: 401, error: 'Unauthorized', message: '' });
const share = (counts: { key: string; label: string; count: number }[]) => ({
  total: counts.reduce((sum, c) => sum + c.count, 0), counts, womenShare: 0.25, womenShareOfDeclared: 0.4, notDeclaredShare: 0.375,
});
const period = (p: string, candidates: number, companies: number, hires: number) => ({
  period: p, candidatesRegistered: candidates, candidatesCumulative: 0, companiesRegistered: companies, companiesCumulative: 0,
  companiesVerified: 0, offersPublished: 0, offersFilled: 0, offersExpired: 0, applications: 0, contactRequests: 0, hires, hiresCumulative: 0,
});

const sample: KpiDocument = {
  window: { from: '2025-06-01', to: '2026-05-31', groupBy: 'month', timeZone: 'Europe/Paris' },
  totals: {
    candidatesRegistered: 120, companiesRegistered: 14, companiesVerified: 10, offersPublished: 30, offersFilled: 6, offersExpired: 2,
    applications: 210, contactRequests: 40, contactRequestsAccepted: 20, contactRequestsDeclined: 5, contactRequestsExpired: 5,
    contactRequestsPending: 10, contactAcceptanceRate: 0.6667, hires: 9, candidatesToDate: 1234, companiesToDate: 56,
    verifiedCompaniesToDate: 40, hiresToDate: 78,
  },
  series: [period('2025-06-01', 10, 2, 1), period('2025-07-01', 25, 3, 4)],
  breakdowns: {
    hires: {
      roleFamily: [{ key: 'SALES', label: 'Commerce', count: 2 }, { key: 'DEV', label: 'Développement informatique', count: 7 }],
      basin: [{ key: 'LILLE', label: 'Lille', count: 6 }, { key: 'AMIENS', label: 'Amiens', count: 3 }],
      track: [{ key: 'RESKILLING', label: 'RESKILLING', count: 4 }, { key: 'NOT_DECLARED', label: 'NOT_DECLARED', count: 5 }],
      contractType: [{ key: 'CDI', label: 'CDI', count: 9 }], trainingRoute: [], supportStructure: [],
    },
    candidates: { roleFamily: [], basin: [], track: [], trainingRoute: [] },
    offersPublished: { roleFamily: [], basin: [], contractType: [] },
    companies: { basin: [], supportStructure: [] },
  },
  gender: {
    candidates: share([{ key: 'FEMALE', label: 'FEMALE', count: 2 }, { key: 'MALE', label: 'MALE', count: 3 }, { key: 'NOT_DECLARED', label: 'NOT_DECLARED', count: 3 }]),
    applicants: share([]),
    hires: share([]),
  },
  funnel: [
    { stage: 'APPLIED', count: 210, conversionFromPrevious: null, conversionFromApplied: 1 },
    { stage: 'SHORTLISTED', count: 80, conversionFromPrevious: 0.38, conversionFromApplied: 0.38 },
    { stage: 'INTERVIEW', count: 40, conversionFromPrevious: 0.5, conversionFromApplied: 0.19 },
    { stage: 'OFFER', count: 12, conversionFromPrevious: 0.3, conversionFromApplied: 0.06 },
    { stage: 'HIRED', count: 9, conversionFromPrevious: 0.75, conversionFromApplied: 0.04 },
  ],
  timeToHire: { hires: 9, medianDays: 21, p75Days: 34 },
};

describe('KpiPanel', () => {
  it('shows the three success KPIs, ordered breakdowns and the "not declared" share from the document', async () => {
    const network = mockFetch({ 'POST /api/auth/refresh': noSession, 'GET /api/admin/kpis': () => json(200, sample) });
    renderWithProviders(<KpiPanel />);

    const cards = await screen.findAllByRole('listitem');
    const text = (label: string) => cards.find((card) => card.textContent?.includes(label))?.textContent?.replace(/\s/g, ' ');
    expect(text('Candidats inscrits')).toMatch(/1 234/);
    expect(text('Entreprises inscrites')).toMatch(/56/);
    expect(text('Embauches effectives')).toMatch(/78.*dont 9 sur la période/);

    const byFamily = screen.getByRole('table', { name: 'Embauches par famille de métiers' });
    const rows = within(byFamily).getAllByRole('row').slice(1).map((row) => within(row).getByRole('rowheader').textContent);
    expect(rows).toEqual(['Développement informatique', 'Commerce']); // ordered by count
    const gender = screen.getByRole('table', { name: 'Candidats inscrits par genre déclaré' });
    expect(within(gender).getByRole('rowheader', { name: 'Non déclaré' })).toBeInTheDocument();
    expect(screen.getByText(/médiane 21 jours, 75 % en moins de 34 jours/)).toBeInTheDocument();
    expect(network.callsTo('GET /api/admin/kpis')[0]?.url).toContain('groupBy=month');
  });

  it('refreshes the same period on demand and says when the figures were fetched', async () => {
    const user = userEvent.setup();
    const network = mockFetch({ 'POST /api/auth/refresh': noSession, 'GET /api/admin/kpis': () => json(200, sample) });
    renderWithProviders(<KpiPanel />);
    await screen.findByText(/Mis à jour à \d{2}:\d{2}/);

    await user.selectOptions(screen.getByLabelText('Regrouper par'), 'Semaine');
    await user.click(screen.getByRole('button', { name: 'Afficher' }));
    await waitFor(() => expect(network.callsTo('GET /api/admin/kpis')).toHaveLength(2));
    await user.click(await screen.findByRole('button', { name: 'Rafraîchir' }));

    await waitFor(() => expect(network.callsTo('GET /api/admin/kpis')).toHaveLength(3));
    expect(network.callsTo('GET /api/admin/kpis')[2]?.url).toContain('groupBy=week');
    expect(await screen.findByRole('button', { name: 'Rafraîchir' })).toBeEnabled();
    expect(screen.getByLabelText('Regrouper par')).toHaveValue('week');
  });
});
