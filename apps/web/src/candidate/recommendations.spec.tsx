import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecommendationItem } from '@talents/shared';
import { json, mockFetch } from '../test/fetch-mock';
import { renderWithProviders } from '../test/render';
import { candidateApi } from './candidate-api';
import { RecommendationList } from './recommendation-list';
import { RecommendationsPage } from './recommendations-page';

vi.mock('./candidate-api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./candidate-api')>();
  return { ...actual, candidateApi: { ...actual.candidateApi, recommendations: vi.fn() } };
});
const recommendations = vi.mocked(candidateApi.recommendations);

const item: RecommendationItem = {
  offer: {
    id: 'o1', title: 'Développeuse React', companyName: 'Nordtech', roleFamilyCode: 'DEV', contractType: 'CDI',
    basinCode: 'LILLE', town: 'Lille', remotePolicy: 'HYBRID', experienceLevel: 'JUNIOR', salaryMin: 35000,
    salaryMax: 42000, startDate: null, publishedAt: '2026-01-05T00:00:00.000Z',
  },
  score: 82.4,
  reasons: [
    { kind: 'skills', matched: ['React', 'TypeScript'], belowLevel: [], missing: ['GraphQL'], points: 30, max: 40 },
    { kind: 'roleFamily', roleFamily: 'DEV', match: true, points: 15, max: 15 },
    { kind: 'distance', km: 4.6, radiusKm: 30, remotePolicy: 'HYBRID', remotePreference: null, withinRadius: true, points: 15, max: 15 },
    { kind: 'experience', years: 2, level: 'JUNIOR', fit: 'MATCH', points: 10, max: 10 },
  ],
};

describe('recommended offers', () => {
  beforeEach(() => {
    recommendations.mockReset();
    mockFetch({ 'POST /api/auth/refresh': () => json(401, { statusCode: 401, error: 'Unauthorized', message: '' }) });
  });

  it('shows each offer with its score and its reasons as sentences addressed to the candidate', () => {
    renderWithProviders(<RecommendationList items={[item]} />);
    const [card] = within(screen.getAllByRole('list')[0]!).getAllByRole('listitem');
    if (!card) throw new Error('no offer shown');
    expect(within(card).getByRole('heading', { name: 'Développeuse React' })).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Développeuse React' })).toHaveAttribute('href', '/offers/o1');
    expect(within(card).getByText('Correspondance : 82 %')).toBeInTheDocument();
    const reasons = within(within(card).getByRole('list', { name: 'Pourquoi cette offre' })).getAllByRole('listitem');
    expect(reasons.map((reason) => reason.textContent)).toEqual([
      'Compétences requises que vous maîtrisez : React, TypeScript ; à acquérir : GraphQL.',
      'C’est un métier que vous visez.',
      'Le poste est à 5 km de chez vous (votre mobilité : 30 km).',
      'Avec 2 an(s) d’expérience, vous êtes au niveau demandé.',
    ]);
  });

  it('tells a candidate without a profile to complete it', async () => {
    recommendations.mockResolvedValue({ items: [], total: 0, limit: 20, hasProfile: false });
    renderWithProviders(<RecommendationsPage />);
    expect(await screen.findByRole('heading', { name: 'Complétez votre profil pour recevoir des recommandations' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Compléter mon profil' })).toHaveAttribute('href', '/candidate');
  });
});
