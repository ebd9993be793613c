/**
 * The PostgreSQL engine's bounded answers to broad searches (docs/decisions/0007-search-engine.md): above
 * `exactUpTo` matches the facets come from a sample (flagged), and when a large share of the index matches the
 * relevance ranks a window of the most recent matches. Small limits here so that 1,200 documents exercise
 * every path; what must hold is what a recruiter would notice: exact totals, every match reachable exactly
 * once by paging, exact date and distance orders, facet counts close to the truth and marked as estimates, and
 * above `exactTotalUpTo` matches a total estimated within a stated tolerance, marked as such.
 */
import { createHash } from 'node:crypto';
import { createPrismaClient, type PrismaClient } from '@talents/db';
import { PostgresSearchEngine, type CandidateDocument, type SearchQuery } from '@talents/search';
import { loadConfig } from '../src/common/config/app-config';

const N = 1200;
const BASINS = ['LILLE', 'AMIENS', 'ARRAS', 'DUNKERQUE', 'LENS', 'VALENCIENNES'];
const SKILLS = [['java', 'Java'], ['react', 'React'], ['sql', 'SQL'], ['prospection', 'Prospection']] as const;
const LIMITS = { exactUpTo: 100, facetSample: 100, rankWindow: 50, windowShare: 1 / 4 };

/** A stable pseudo-random UUID (v4 layout) per number: its last byte is as random as a real id's. */
function uuidOf(i: number): string {
  const h = createHash('sha256').update(`broad-${i}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function docOf(i: number): CandidateDocument {
  const dev = i % 3 !== 2;
  const skills = [SKILLS[i % 4]!, SKILLS[(i + 1) % 4]!].map(([slug, name]) => ({ slug, name, level: 3 }));
  return {
    id: uuidOf(i),
    visibility: 'ANONYMOUS',
    displayName: null,
    headline: dev ? 'Développeur Java' : 'Commercial terrain',
    // Some non-developers mention developers in their bio only: they match, below headline matches.
    bio: !dev && i % 2 === 0 ? 'Je travaille chaque jour avec des développeurs.' : null,
    skills,
    skillSlugs: skills.map((s) => s.slug),
    roleFamilies: [dev ? 'DEV' : 'SALES'],
    track: 'GRADUATE',
    basinCode: BASINS[i % BASINS.length]!,
    town: null,
    lat: 50 + (i % 100) / 200,
    lon: 2.5 + (i % 37) / 50,
    contractTypes: i % 2 === 0 ? ['CDI'] : ['CDI', 'ALTERNANCE'],
    availableFrom: null,
    yearsOfExperience: i % 10,
    remotePreference: null,
    // Update order unrelated to id or number order.
    updatedAt: new Date(Date.UTC(2026, 10, 1) + ((i * 7919) % N) * 60_000).toISOString(),
  };
}

const DOCS = Array.from({ length: N }, (_, i) => docOf(i));
const byDateDesc = (a: CandidateDocument, b: CandidateDocument) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id);

function exactCounts(docs: CandidateDocument[], values: (d: CandidateDocument) => string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of docs) for (const v of values(d)) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

describe('PostgreSQL search engine: broad searches', () => {
  let prisma: PrismaClient;
  let engine: PostgresSearchEngine;
  const search = (query: SearchQuery) => engine.search('candidates', query);

  beforeAll(async () => {
    prisma = createPrismaClient(loadConfig().DATABASE_URL, { max: 2 });
    engine = new PostgresSearchEngine(prisma, LIMITS);
    await engine.clear('candidates');
    for (let i = 0; i < N; i += 400) await engine.upsert('candidates', DOCS.slice(i, i + 400));
    await prisma.$executeRawUnsafe('ANALYZE search_candidates');
  });
  afterAll(async () => {
    await engine.clear('candidates');
    await prisma.$disconnect();
  });

  it('stays exact when few profiles match', async () => {
    const matching = DOCS.filter((d) => d.basinCode === 'LILLE' && d.roleFamilies.includes('SALES'));
    expect(matching.length).toBeLessThanOrEqual(LIMITS.exactUpTo);
    const res = await search({ filters: { basin: ['LILLE'], roleFamily: ['SALES'] }, facets: ['contractType', 'skills'] });
    expect(res.total).toBe(matching.length);
    expect(res.facetsApproximate).toBeUndefined();
    expect(res.facets.contractType).toEqual(exactCounts(matching, (d) => d.contractTypes));
    expect(res.facets.skills).toEqual(exactCounts(matching, (d) => d.skillSlugs));
  });

  it('above the limit: exact total and pages, facet counts estimated, close, and flagged', async () => {
    const matching = DOCS.filter((d) => d.basinCode === 'LILLE').sort(byDateDesc);
    expect(matching.length).toBeGreaterThan(LIMITS.exactUpTo);
    expect(matching.length).toBeLessThan(N * LIMITS.windowShare);
    const res = await search({ filters: { basin: ['LILLE'] }, facets: ['contractType', 'roleFamily'], sort: 'date' });
    expect(res.total).toBe(matching.length);
    expect(res.hits.map((h) => h.id)).toEqual(matching.slice(0, 20).map((d) => d.id));
    expect(res.facetsApproximate).toBe(true);
    const exact = exactCounts(matching, (d) => d.roleFamilies);
    for (const [value, n] of Object.entries(exact)) {
      expect(res.facets.roleFamily![value]).toBeGreaterThan(n * 0.6);
      expect(res.facets.roleFamily![value]).toBeLessThan(n * 1.4);
    }
    expect(res.facets.contractType!.CDI).toBe(matching.length); // every profile has it: the scaled count is exact
    const page3 = await search({ filters: { basin: ['LILLE'] }, facets: ['contractType'], sort: 'date', page: 3 });
    expect(page3.hits.map((h) => h.id)).toEqual(matching.slice(40, 60).map((d) => d.id));
  });

  it('a word most profiles match: every match reachable exactly once by paging, headline matches first', async () => {
    const matching = DOCS.filter((d) => d.headline === 'Développeur Java' || d.bio);
    expect(matching.length).toBeGreaterThanOrEqual(N * LIMITS.windowShare);
    const seen: string[] = [];
    let first: Awaited<ReturnType<typeof search>> | undefined;
    for (let page = 1; page <= Math.ceil(matching.length / 100); page++) {
      const res = await search({ q: 'developpeur', facets: ['roleFamily'], page, pageSize: 100 });
      expect(res.total).toBe(matching.length);
      first ??= res;
      seen.push(...res.hits.map((h) => h.id));
    }
    expect(seen).toHaveLength(matching.length);
    expect(new Set(seen)).toEqual(new Set(matching.map((d) => d.id)));
    expect(first!.hits.slice(0, 20).every((h) => h.headline === 'Développeur Java')).toBe(true);
    expect(first!.facetsApproximate).toBe(true);
    // A page far past the end (the API accepts any safe integer): empty, with the same total.
    for (const sort of ['relevance', 'date', 'distance'] as const) {
      const far = await search({ q: 'developpeur', geo: { lat: 50, lon: 2.5, radiusKm: 500 }, facets: ['basin'], sort, page: Number.MAX_SAFE_INTEGER });
      expect([far.total, far.hits.length]).toEqual([matching.length, 0]);
    }
  });

  it('a word most profiles match, sorted by date or by distance: the exact order', async () => {
    const matching = DOCS.filter((d) => d.headline === 'Développeur Java' || d.bio).sort(byDateDesc);
    for (const page of [1, 2, 9]) {
      const res = await search({ q: 'developpeur', facets: ['basin'], sort: 'date', page });
      expect(res.hits.map((h) => h.id)).toEqual(matching.slice((page - 1) * 20, page * 20).map((d) => d.id));
    }
    const near = await search({ q: 'developpeur', geo: { lat: 50, lon: 2.5, radiusKm: 500 }, facets: ['basin'], sort: 'distance' });
    expect(near.total).toBe(matching.length);
    const km = near.hits.map((h) => h._distanceKm!);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    expect(near.hits[0]!.lat).toBe(50);
    expect(near.hits[0]!.lon).toBe(2.5);
    // A point away from everyone: the nearest are still found, page after page, none twice.
    const far = { lat: 48.8, lon: 2.5, radiusKm: 400 }; // nobody within the first, smaller disc (113 km)
    const [p1, p2] = await Promise.all([1, 2].map((page) => search({ q: 'developpeur', geo: far, facets: ['basin'], sort: 'distance', page })));
    const farKm = [...p1!.hits, ...p2!.hits].map((h) => h._distanceKm!);
    expect(farKm).toHaveLength(40);
    expect(farKm).toEqual([...farKm].sort((a, b) => a - b));
    expect(new Set([...p1!.hits, ...p2!.hits].map((h) => h.id)).size).toBe(40);
    expect(p1!.hits[0]!.lat).toBe(50);
  });

  it('above the total cap: an estimated total, flagged, within 15 % of the truth; stable from page to page', async () => {
    // Exact counts up to 300 matches; above, the share of matches in a sample of about half the table.
    const capped = new PostgresSearchEngine(prisma, { ...LIMITS, exactTotalUpTo: 300, totalSampleRows: 600 });
    const matching = DOCS.filter((d) => d.headline === 'Développeur Java' || d.bio);
    expect(matching.length).toBeGreaterThan(300);
    const [first, second] = await Promise.all(
      [1, 2].map((page) => capped.search('candidates', { q: 'developpeur', facets: ['roleFamily'], sort: 'date', page })),
    );
    expect(first!.totalApproximate).toBe(true);
    expect(first!.total).toBeGreaterThan(300);
    expect(Math.abs(first!.total - matching.length)).toBeLessThanOrEqual(matching.length * 0.15);
    expect(second!.total).toBe(first!.total);
    // Pages stay exact whatever the estimate; a page past the real end is empty.
    const byDate = [...matching].sort(byDateDesc);
    expect(second!.hits.map((h) => h.id)).toEqual(byDate.slice(20, 40).map((d) => d.id));
    const past = await capped.search('candidates', { q: 'developpeur', facets: ['roleFamily'], sort: 'date', page: Math.ceil(matching.length / 20) + 1 });
    expect(past.hits).toEqual([]);
    // Above the cap but under twice the cap: a count to the cap + 1 tells, the estimate is given.
    const sales = DOCS.filter((d) => d.roleFamilies.includes('SALES'));
    expect(sales.length).toBeGreaterThan(300);
    const salesRes = await capped.search('candidates', { filters: { roleFamily: ['SALES'] }, facets: ['basin'] });
    expect(salesRes.totalApproximate).toBe(true);
    expect(Math.abs(salesRes.total - sales.length)).toBeLessThanOrEqual(sales.length * 0.15);
    // Under the cap: exact and not flagged.
    const lille = DOCS.filter((d) => d.basinCode === 'LILLE');
    expect(lille.length).toBeLessThanOrEqual(300);
    const exact = await capped.search('candidates', { filters: { basin: ['LILLE'] }, facets: ['roleFamily'] });
    expect(exact.total).toBe(lille.length);
    expect(exact.totalApproximate).toBeUndefined();
  });

  it('without facets (matching retrieval): the exact page and total in one pass', async () => {
    const matching = DOCS.filter((d) => d.roleFamilies.includes('DEV')).sort(byDateDesc);
    const res = await search({ filters: { roleFamily: ['DEV'] }, pageSize: 100, page: 2 });
    expect(res.total).toBe(matching.length);
    expect(res.hits.map((h) => h.id)).toEqual(matching.slice(100, 200).map((d) => d.id));
    expect(res.facets).toEqual({});
    const past = await search({ filters: { roleFamily: ['DEV'] }, pageSize: 100, page: 50 });
    expect([past.total, past.hits.length]).toEqual([matching.length, 0]);
  });
});
