import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '../test/fetch-mock';
import { renderWithProviders } from '../test/render';
import { TalentsPage } from './talents-page';

const noSession = () => json(401, { statusCode: 401, error: 'Unauthorized', message: '' });

const talent = {
  id: '5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  headline: 'Développeuse Java',
  displayName: null,
  skills: [],
  roleFamilies: ['DEV'],
  track: null,
  basinCode: 'LILLE',
  town: null,
  contractTypes: ['CDI'],
  availableFrom: null,
  yearsOfExperience: 2,
};

function talentsPage(extra: Record<string, unknown>) {
  return { items: [talent], total: 1, page: 1, pageSize: 20, facets: {}, ...extra };
}

describe('TalentsPage', () => {
  it('shows an exact total as is', async () => {
    mockFetch({ 'POST /api/auth/refresh': noSession, 'GET /api/talents': () => json(200, talentsPage({ total: 42 })) });
    renderWithProviders(<TalentsPage />);
    expect(await screen.findByText('42 profils')).toHaveAttribute('role', 'status');
  });

  it('shows an estimated total of a very broad search as "environ N", pages counted from the estimate', async () => {
    mockFetch({
      'POST /api/auth/refresh': noSession,
      'GET /api/talents': () => json(200, talentsPage({ total: 31870, totalApproximate: true })),
    });
    renderWithProviders(<TalentsPage />);
    expect(await screen.findByText('environ 31870 profils')).toHaveAttribute('role', 'status');
    expect(screen.getByText('Page 1 sur 1594')).toBeInTheDocument();
  });
});
