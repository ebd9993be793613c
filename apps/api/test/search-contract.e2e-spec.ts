/**
 * The contract every SearchEngine honours, run against PostgreSQL always and Meilisearch when MEILI_URL is
 * configured. Same fixtures (search-fixtures.ts), same expectations.
 */
import { randomBytes } from 'node:crypto';
import { createPrismaClient, type PrismaClient } from '@talents/db';
import { loadConfig } from '../src/common/config/app-config';
import { MeiliSearchEngine, PostgresSearchEngine, candidateDocument, offerDocument, type SearchEngine, type SearchQuery } from '@talents/search';
import { CANDIDATE_DOCS, IDS, OFFER_DOCS, OFFER_ROWS, ROWS } from './search-fixtures';

const LILLE = { lat: 50.6292, lon: 3.0573 };

function describeSearchContract(name: string, makeEngine: () => Promise<{ engine: SearchEngine; close(): Promise<void> }>) {
  describe(`search contract: ${name}`, () => {
    let engine: SearchEngine;
    let close: () => Promise<void>;
    const ids = async (query: SearchQuery) => (await engine.search('candidates', query)).hits.map((h) => h.id);

    beforeAll(async () => {
      ({ engine, close } = await makeEngine());
      await engine.applySettings();
      await engine.applySettings(); // idempotent
      await engine.clear('candidates');
      await engine.clear('offers');
      await engine.upsert('candidates', CANDIDATE_DOCS);
      await engine.upsert('offers', OFFER_DOCS);
    });
    afterAll(async () => {
      await engine.clear('candidates');
      await engine.clear('offers');
      await close();
    });

    it('reports itself healthy', async () => {
      expect(await engine.health()).toBe(true);
    });

    it('ranks the best text match first', async () => {
      expect((await ids({ q: 'typescript' }))[0]).toBe(IDS.alice);
    });

    it('tolerates typos and missing accents', async () => {
      expect(await ids({ q: 'typscript' })).toContain(IDS.alice);
      expect(await ids({ q: 'securite' })).toEqual([IDS.bruno]);
      expect(await ids({ q: 'developeur' })).toContain(IDS.dylan);
    });

    it('expands synonyms', async () => {
      expect(await ids({ q: 'k8s' })).toEqual([IDS.bruno]);
      expect(await ids({ q: 'sales' })).toContain(IDS.chloe);
      expect((await engine.search('offers', { q: 'business developer' })).hits[0]?.id).toBe(OFFER_ROWS[1]!.id);
    });

    it('applies each filter', async () => {
      const sorted = async (q: SearchQuery) => (await ids(q)).sort();
      expect(await sorted({ filters: { roleFamily: ['DEV'] } })).toEqual([IDS.alice, IDS.dylan].sort());
      expect(await sorted({ filters: { skills: ['typescript', 'react'] } })).toEqual([IDS.alice]);
      expect(await sorted({ filters: { skills: ['typescript', 'java'] } })).toEqual([]);
      expect(await sorted({ filters: { track: ['RESKILLING'] } })).toEqual([IDS.chloe]);
      expect(await sorted({ filters: { basin: ['AMIENS'] } })).toEqual([IDS.bruno]);
      expect(await sorted({ filters: { contractType: ['ALTERNANCE'] } })).toEqual([IDS.chloe, IDS.dylan].sort());
      expect(await sorted({ filters: { availableBefore: '2027-01-01' } })).toEqual([IDS.alice, IDS.chloe].sort());
      expect(await sorted({ filters: { minExperience: 5 } })).toEqual([IDS.bruno]);
      const offers = await engine.search('offers', { filters: { contractType: ['ALTERNANCE'], remotePolicy: ['ONSITE'] } });
      expect(offers.hits.map((h) => h.id)).toEqual([OFFER_ROWS[1]!.id]);
    });

    it('counts facets on the filtered set', async () => {
      const all = await engine.search('candidates', { facets: ['roleFamily', 'contractType', 'basin', 'track', 'skills'] });
      expect(all.total).toBe(4);
      expect(all.facets.roleFamily).toEqual({ DEV: 2, DEVOPS_SECURITY: 1, SALES: 1 });
      expect(all.facets.contractType).toEqual({ CDI: 2, ALTERNANCE: 2, CDD: 1, FREELANCE: 1, STAGE: 1 });
      expect(all.facets.basin).toEqual({ LILLE: 1, AMIENS: 1, ROUBAIX_TOURCOING: 1, DUNKERQUE: 1 });
      expect(all.facets.skills!.typescript).toBe(1);
      const dev = await engine.search('candidates', { filters: { roleFamily: ['DEV'] }, facets: ['contractType'] });
      expect(dev.facets.contractType).toEqual({ CDI: 1, ALTERNANCE: 1, STAGE: 1 });
    });

    it('filters by radius and sorts by distance', async () => {
      const res = await engine.search('candidates', { geo: { ...LILLE, radiusKm: 20 }, sort: 'distance' });
      expect(res.hits.map((h) => h.id)).toEqual([IDS.alice, IDS.chloe]);
      expect(res.hits[0]!._distanceKm).toBe(0);
      expect(res.hits[1]!._distanceKm).toBeGreaterThan(5);
      expect(res.hits[1]!._distanceKm).toBeLessThan(15);
    });

    it('paginates with a stable total', async () => {
      const p1 = await engine.search('candidates', { sort: 'date', page: 1, pageSize: 3 });
      const p2 = await engine.search('candidates', { sort: 'date', page: 2, pageSize: 3 });
      expect([p1.total, p2.total]).toEqual([4, 4]);
      expect(p1.hits.map((h) => h.id)).toEqual([IDS.dylan, IDS.chloe, IDS.bruno]);
      expect(p2.hits.map((h) => h.id)).toEqual([IDS.alice]);
    });

    it('returns the same hits when the total is not asked for (matching retrieval)', async () => {
      for (const base of [{}, { filters: { contractType: ['ALTERNANCE', 'CDI'] } }, { geo: { ...LILLE, radiusKm: 200 } }, { q: 'typescript' }] as SearchQuery[]) {
        for (const page of [1, 2]) {
          const query = { ...base, page, pageSize: 2 };
          const counted = await engine.search('candidates', query);
          const hitsOnly = await engine.search('candidates', { ...query, withTotal: false });
          expect(hitsOnly.hits.map((h) => h.id)).toEqual(counted.hits.map((h) => h.id));
          // Never more than the truth; exact on a short (last) page.
          expect(hitsOnly.total).toBeLessThanOrEqual(counted.total);
          if (hitsOnly.hits.length < 2) expect(hitsOnly.total).toBe(counted.total);
        }
      }
      const first = await engine.search('candidates', { page: 1, pageSize: 2, withTotal: false });
      expect(first.hits).toHaveLength(2);
      if (first.total < 4) expect(first.totalApproximate).toBe(true);
      // A page past the end: no hits, and a total that is still not above the truth.
      const past = await engine.search('candidates', { geo: { ...LILLE, radiusKm: 200 }, page: 9, pageSize: 2, withTotal: false });
      expect(past.hits).toEqual([]);
      expect(past.total).toBeLessThanOrEqual(4);
    });

    it('removes documents', async () => {
      const extra = { ...CANDIDATE_DOCS[0]!, id: '00000000-0000-4000-8000-000000000099', headline: 'Ornithologue quantique' };
      await engine.upsert('candidates', [extra]);
      expect(await ids({ q: 'ornithologue' })).toEqual([extra.id]);
      await engine.remove('candidates', [extra.id]);
      expect(await ids({ q: 'ornithologue' })).toEqual([]);
    });

    it('never indexes hidden profiles or unpublished offers', async () => {
      expect(candidateDocument(ROWS.hidden)).toBeNull();
      expect(offerDocument(OFFER_ROWS[2]!)).toBeNull();
      expect(await ids({ q: 'discrète' })).toEqual([]);
      expect((await engine.search('offers', { q: 'brouillon' })).total).toBe(0);
    });

    it('stores anonymous profiles without identity, and nobody’s gender', async () => {
      const [bruno] = (await engine.search('candidates', { q: 'pare-feux' })).hits;
      expect(bruno).toMatchObject({ id: IDS.bruno, visibility: 'ANONYMOUS', displayName: null });
      const text = JSON.stringify(bruno);
      for (const leak of ['Bruno', 'Petitjean', '@example.fr', '+33', 'linkedin', 'Université de Lille', 'MALE', 'gender']) {
        expect(text).not.toContain(leak);
      }
      const [alice] = (await engine.search('candidates', { q: 'typescript', filters: { basin: ['LILLE'] } })).hits;
      expect(alice!.displayName).toBe('Alice Martin');
      expect(JSON.stringify(alice)).not.toMatch(/gender|FEMALE|Université/);
    });

    it('treats SQL and search-syntax characters as plain text', async () => {
      for (const q of ["' OR 1=1 --", '"unterminated', 'a & | ! :* (', "typescript'); DROP TABLE search_candidates; --"]) {
        const res = await engine.search('candidates', { q, facets: ['roleFamily'] });
        expect(res.total).toBeLessThan(4);
      }
      expect((await ids({ q: '"typescript' }))[0]).toBe(IDS.alice);
      expect((await engine.search('candidates', {})).total).toBe(4);
    });
  });
}

describeSearchContract('PostgreSQL', async () => {
  const prisma: PrismaClient = createPrismaClient(loadConfig().DATABASE_URL, { max: 2 });
  return { engine: new PostgresSearchEngine(prisma), close: () => prisma.$disconnect() };
});

const { MEILI_URL, MEILI_MASTER_KEY } = loadConfig();
if (MEILI_URL) {
  describeSearchContract('Meilisearch', async () => ({
    engine: new MeiliSearchEngine({ url: MEILI_URL, apiKey: MEILI_MASTER_KEY, prefix: `test_${randomBytes(4).toString('hex')}_` }),
    close: async () => undefined,
  }));
} else {
  console.warn('Meilisearch contract tests skipped: MEILI_URL is not set');
}
