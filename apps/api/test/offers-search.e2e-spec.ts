/**
 * GET /offers on the search engine: what a visitor notices — typos and missing accents still find offers,
 * facet counts (skills included), the three sorts, offers that are not public never appear (even when the
 * index has not caught up yet), and an unreachable engine answers 503 rather than 500.
 */
import { randomBytes } from 'node:crypto';
import { normaliseSkills, replaceOfferSkills } from '../src/offers/offer-skills';
import { IndexerService } from '../src/search/indexer.service';
import { startApp, type TestApp } from './support/app';
import { bearer, publishedOffer, recruiterWithCompany } from './support/marketplace';

const LILLE = { lat: 50.6292, lon: 3.0573 };

describe('GET /offers on the search engine', () => {
  let t: TestApp;
  let recruiter: Awaited<ReturnType<typeof recruiterWithCompany>>;
  /** A word only this file's offers contain, so searches ignore other test files' data. */
  const tag = `zs${randomBytes(4).toString('hex')}`;
  const ids: Record<string, string> = {};

  const make = async (key: string, title: string, data: Parameters<typeof publishedOffer>[3] = {}, skills: string[] = []) => {
    const offer = await publishedOffer(t, recruiter.companyId, recruiter.userId, { title: `${title} ${tag}`, ...data });
    if (skills.length) {
      await t.prisma.$transaction((tx) => replaceOfferSkills(tx, offer.id, normaliseSkills(skills.map((name) => ({ name })), [])));
      await t.app.get(IndexerService).syncOffer(offer.id);
    }
    ids[key] = offer.id;
    return offer;
  };
  const search = (query: Record<string, unknown>) => t.http.get('/api/offers').query({ q: tag, pageSize: 100, ...query }).expect(200);
  const keysOf = (body: { items: { id: string }[] }) => body.items.map((o) => Object.keys(ids).find((k) => ids[k] === o.id) ?? o.id);

  beforeAll(async () => {
    t = await startApp();
    recruiter = await recruiterWithCompany(t);
    const day = 24 * 3600 * 1000;
    // Published on different days, so the date order is known: newest is "security".
    await make('typescript', 'Développeuse TypeScript', { ...LILLE, publishedAt: new Date(Date.now() - 3 * day) }, ['TypeScript', 'React']);
    await make('security', 'Ingénieur sécurité réseau', { basinCode: 'AMIENS', lat: 49.8941, lon: 2.2958, publishedAt: new Date(Date.now() - day) }, ['Linux']);
    await make('roubaix', 'Technicien support', { basinCode: 'ROUBAIX_TOURCOING', lat: 50.709, lon: 3.168, publishedAt: new Date(Date.now() - 2 * day), contractType: 'ALTERNANCE', remotePolicy: 'ONSITE', salaryMin: 12000, salaryMax: 15000 }, ['TypeScript']);
    await make('draft', 'Développeuse TypeScript brouillon', { status: 'DRAFT', publishedAt: null }, ['TypeScript']);
    await make('closed', 'Développeuse TypeScript pourvue', { status: 'CLOSED', closeReason: 'FILLED', closedAt: new Date() });
  });
  afterAll(() => t.close());

  it('finds offers despite typos and missing accents', async () => {
    // Roubaix lists TypeScript among its skills.
    expect(keysOf((await search({ q: `typscript ${tag}` })).body).sort()).toEqual(['roubaix', 'typescript']);
    expect(keysOf((await search({ q: `securite ${tag}` })).body)).toEqual(['security']);
    expect(keysOf((await search({ q: `INGENIEUR ${tag}` })).body)).toEqual(['security']);
    expect(keysOf((await search({ q: `développeuse ${tag}` })).body)).toEqual(['typescript']);
  });

  it('counts facets, skills included, and keeps other values of a ticked filter countable', async () => {
    const all = await search({});
    expect(all.body.total).toBe(3);
    expect(all.body.facets).toEqual({
      roleFamily: { DEV: 3 },
      basin: { LILLE: 1, AMIENS: 1, ROUBAIX_TOURCOING: 1 },
      contractType: { CDI: 2, ALTERNANCE: 1 },
      remote: { HYBRID: 2, ONSITE: 1 },
      skills: { typescript: 2, linux: 1, react: 1 },
    });
    const cdi = await search({ contractType: 'CDI' });
    expect(keysOf(cdi.body).sort()).toEqual(['security', 'typescript']);
    expect(cdi.body.facets.contractType).toEqual({ CDI: 2, ALTERNANCE: 1 });
    expect(cdi.body.facets.skills).toEqual({ typescript: 1, linux: 1, react: 1 });
    expect(cdi.body.facets.basin).toEqual({ LILLE: 1, AMIENS: 1 });
  });

  it('sorts by distance, by date, or by relevance', async () => {
    const around = { ...LILLE, radiusKm: 200 };
    const byDistance = await search({ ...around, sort: 'distance' });
    expect(keysOf(byDistance.body)).toEqual(['typescript', 'roubaix', 'security']);
    const distances = byDistance.body.items.map((o: { distanceKm: number }) => o.distanceKm);
    expect(distances).toEqual([...distances].sort((a: number, b: number) => a - b));
    expect(distances[2]).toBeGreaterThan(90);
    expect(keysOf((await search({ ...around, sort: 'date' })).body)).toEqual(['security', 'roubaix', 'typescript']);
    // Without a sort, a point means nearest first.
    expect(keysOf((await search(around)).body)).toEqual(['typescript', 'roubaix', 'security']);
    // "typescript" is in the title of one offer and only a skill of the other.
    const relevance = await search({ q: `typescript ${tag}`, sort: 'relevance' });
    expect(keysOf(relevance.body)).toEqual(['typescript', 'roubaix']);
    await t.http.get('/api/offers').query({ sort: 'distance' }).expect(400);
  });

  it('never returns drafts, closed offers, offers of a suspended company, or offers the index still holds', async () => {
    const listed = keysOf((await search({ q: `développeuse typescript ${tag}` })).body);
    expect(listed).toEqual(['typescript']);

    // Closed a moment ago, before the worker synced the index: the stale document is not shown.
    const stale = await make('stale', 'Poste archiviste');
    await t.prisma.offer.update({ where: { id: stale.id }, data: { status: 'CLOSED', closeReason: 'FILLED', closedAt: new Date() } });
    expect(keysOf((await search({ q: `archiviste ${tag}` })).body)).toEqual([]);
    // Expired without any write: filtered by the end date.
    await make('expired', 'Poste cartographe', { expiresAt: new Date(Date.now() - 1000) });
    expect(keysOf((await search({ q: `cartographe ${tag}` })).body)).toEqual([]);

    // A suspended company's offers leave the index when its offers are synced (worker: company.* events).
    const other = await recruiterWithCompany(t);
    const suspended = await publishedOffer(t, other.companyId, other.userId, { title: `Poste apiculteur ${tag}` });
    expect((await search({ q: `apiculteur ${tag}` })).body.total).toBe(1);
    await t.prisma.company.update({ where: { id: other.companyId }, data: { suspendedAt: new Date() } });
    await t.app.get(IndexerService).syncOffer(suspended.id);
    expect((await search({ q: `apiculteur ${tag}` })).body).toMatchObject({ total: 0, items: [] });

    // Members still see their draft on its own page; the public does not find it.
    await t.http.get(`/api/offers/${ids.draft}`).set(bearer(recruiter)).expect(200);
  });
});

describe('GET /offers when the configured Meilisearch is unreachable', () => {
  let t: TestApp;
  const saved = process.env.MEILI_URL;

  beforeAll(async () => {
    // Port 9 (discard) on loopback: nothing listens, connections are refused at once.
    process.env.MEILI_URL = 'http://127.0.0.1:9';
    t = await startApp();
  });
  afterAll(async () => {
    await t.close();
    if (saved === undefined) delete process.env.MEILI_URL;
    else process.env.MEILI_URL = saved;
  });

  it('answers 503 with a message to retry, not 500', async () => {
    const res = await t.http.get('/api/offers').query({ q: 'développeur' }).set('Accept-Language', 'fr').expect(503);
    expect(res.body).toMatchObject({ statusCode: 503, message: 'Service momentanément indisponible. Réessayez dans un instant.' });
    expect(res.body.errorId).toBeUndefined();
  });
});
