/**
 * Relevance of GET /api/offers/:id/matches on the hand-judged set of test/fixtures/matching: precision@5
 * (share of the five best matches a recruiter judged relevant) averaged over the five offers must reach 0.8.
 * The candidates index is emptied first so only the judged profiles compete (other suites share the base).
 */
import { SEARCH_ENGINE, type SearchEngine } from '@talents/search';
import { startApp, type TestApp } from './support/app';
import { bearer, recruiterWithCompany, type Session } from './support/marketplace';
import { CANDIDATES } from './fixtures/matching/candidates';
import { loadRelevanceSet, type LoadedSet } from './fixtures/matching/load';
import { OFFERS } from './fixtures/matching/offers';

const K = 5;

describe('matching relevance (precision@5)', () => {
  let t: TestApp;
  let recruiter: Session;
  let set: LoadedSet;

  beforeAll(async () => {
    t = await startApp();
    await t.app.get<SearchEngine>(SEARCH_ENGINE).clear('candidates');
    const r = await recruiterWithCompany(t);
    recruiter = r;
    set = await loadRelevanceSet(t, r.companyId, r.userId);
  }, 120_000);
  afterAll(() => t.close());

  it('has at least 30 judged candidates and 5 offers', () => {
    expect(CANDIDATES.length).toBeGreaterThanOrEqual(30);
    expect(OFFERS.length).toBeGreaterThanOrEqual(5);
    for (const o of OFFERS) expect(o.relevant.length).toBeGreaterThanOrEqual(K);
  });

  it(`mean precision@${K} of matches is at least 0.8`, async () => {
    const keyOf = new Map(Object.entries(set.candidateIds).map(([key, id]) => [id, key]));
    const hidden = new Set(CANDIDATES.filter((c) => c.visibility === 'HIDDEN').map((c) => set.candidateIds[c.key]));
    const rows: string[] = [];
    let sum = 0;
    for (const offer of OFFERS) {
      const res = await t.http.get(`/api/offers/${set.offerIds[offer.key]}/matches?limit=${K}`).set(bearer(recruiter)).expect(200);
      const items = res.body.items as { candidate: { id: string }; score: number }[];
      expect(items).toHaveLength(K);
      expect(items.some((i) => hidden.has(i.candidate.id))).toBe(false);
      const top = items.map((i) => `${keyOf.get(i.candidate.id) ?? '?'}:${i.score}`);
      const hits = items.filter((i) => offer.relevant.includes(keyOf.get(i.candidate.id) ?? '')).length;
      sum += hits / K;
      rows.push(`${offer.key} ${offer.title.padEnd(40)} P@${K}=${(hits / K).toFixed(2)}  top: ${top.join(' ')}`);
    }
    const mean = sum / OFFERS.length;
    console.log(`matching precision@${K}\n${rows.join('\n')}\nmean ${mean.toFixed(2)}`);
    expect(mean).toBeGreaterThanOrEqual(0.8);
  });
});
