import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '../../test/fetch-mock';
import { renderWithProviders } from '../../test/render';
import { StatsPage } from './stats-page';

const stats = {
  generatedAt: '2026-11-29T10:00:00.000Z',
  minCount: 5,
  candidatesRegistered: { count: 1250, suppressed: false },
  companiesRegistered: { count: 84, suppressed: false },
  hires: { count: null, suppressed: true },
  candidatesByRoleFamily: [
    { key: 'DEV', label: 'Développement informatique', count: 700, suppressed: false },
    { key: 'SALES', label: 'Vente de produits et services numériques', count: null, suppressed: true },
  ],
  candidatesByBasin: [],
  hiresByRoleFamily: [],
  hiresByBasin: [],
};

describe('StatsPage', () => {
  it('shows the key figures and words suppressed small counts instead of leaving a blank', async () => {
    mockFetch({ 'POST /api/auth/refresh': () => json(401, { statusCode: 401, error: 'Unauthorized', message: '' }), 'GET /api/stats': () => json(200, stats) });
    renderWithProviders(<StatsPage />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Statistiques publiques' })).toBeInTheDocument();
    expect(await screen.findByText('Candidats et candidates inscrits')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Développement informatique/ })).toHaveTextContent(/700/);
    expect(screen.getByRole('row', { name: /Vente de produits/ })).toHaveTextContent('moins de 5');
    expect(screen.getAllByText('moins de 5')).toHaveLength(2);
  });
});
