import { randomBytes } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { startApp, type TestApp } from './support/app';
import { bearer, publishedOffer, recruiterWithCompany } from './support/marketplace';

describe('public offers: search, page, JSON-LD, feeds, expiry', () => {
  let t: TestApp;
  let recruiter: Awaited<ReturnType<typeof recruiterWithCompany>>;
  /** A word only this file's offers contain, so searches ignore other test files' data. */
  const tag = `zq${randomBytes(4).toString('hex')}`;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startApp();
    recruiter = await recruiterWithCompany(t, { name: 'Acme "Numérique", Lille' });
    const make = (key: string, data: Parameters<typeof publishedOffer>[3]) =>
      publishedOffer(t, recruiter.companyId, recruiter.userId, { title: `Poste ${key} ${tag}`, ...data }).then((o) => (ids[key] = o.id));
    await make('lille', { lat: 50.6292, lon: 3.0573 });
    await make('roubaix', { basinCode: 'ROUBAIX_TOURCOING', lat: 50.709, lon: 3.168, contractType: 'ALTERNANCE', remotePolicy: 'ONSITE', salaryMin: 12000, salaryMax: 15000 });
    await make('amiens', { basinCode: 'AMIENS', lat: 49.8941, lon: 2.2958, roleFamilyCode: 'SALES', remotePolicy: 'REMOTE', description: 'Développement commercial\n"SaaS", ventes; terrain.' });
    await make('expired', { expiresAt: new Date(Date.now() - 60_000) });
    await make('draft', { status: 'DRAFT', publishedAt: null });
    const unverified = await recruiterWithCompany(t, { verified: false });
    await publishedOffer(t, unverified.companyId, unverified.userId, { title: `Poste unverified ${tag}` });
  });
  afterAll(() => t.close());

  const search = (query: Record<string, unknown>) => t.http.get('/api/offers').query({ q: tag, ...query }).expect(200);
  const titles = (body: { items: { title: string }[] }) => body.items.map((o) => o.title.split(' ')[1]).sort();

  it('lists only published, unexpired offers of verified companies, with facets', async () => {
    const res = await search({});
    expect(titles(res.body)).toEqual(['amiens', 'lille', 'roubaix']);
    expect(res.body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    expect(res.body.facets).toEqual({
      roleFamily: { DEV: 2, SALES: 1 },
      basin: { LILLE: 1, ROUBAIX_TOURCOING: 1, AMIENS: 1 },
      contractType: { CDI: 2, ALTERNANCE: 1 },
      remote: { HYBRID: 1, ONSITE: 1, REMOTE: 1 },
      skills: {},
    });
  });

  it('filters by role family, basin, contract type and remote policy, counting facets disjunctively', async () => {
    const dev = await search({ roleFamily: 'DEV' });
    expect(titles(dev.body)).toEqual(['lille', 'roubaix']);
    expect(dev.body.facets.roleFamily).toEqual({ DEV: 2, SALES: 1 });
    expect(dev.body.facets.basin).toEqual({ LILLE: 1, ROUBAIX_TOURCOING: 1 });
    expect(titles((await search({ basin: 'AMIENS,LILLE' })).body)).toEqual(['amiens', 'lille']);
    expect(titles((await search({ contractType: 'ALTERNANCE' })).body)).toEqual(['roubaix']);
    expect(titles((await search({ remote: 'REMOTE' })).body)).toEqual(['amiens']);
    expect(titles((await t.http.get('/api/offers').query({ q: `${tag.toUpperCase()}`, remote: 'REMOTE' }).expect(200)).body)).toEqual(['amiens']);
    // Accent- and case-insensitive text match.
    const accents = await t.http.get('/api/offers').query({ q: 'DEVELOPPEMENT commercial', pageSize: 100 }).expect(200);
    expect(accents.body.items.map((o: { id: string }) => o.id)).toContain(ids.amiens);
  });

  it('searches by distance (haversine) and returns the distance', async () => {
    const near = await search({ lat: 50.6292, lon: 3.0573, radiusKm: 15 });
    expect(near.body.items.map((o: { title: string }) => o.title.split(' ')[1])).toEqual(['lille', 'roubaix']);
    expect(near.body.items[0].distanceKm).toBe(0);
    expect(near.body.items[1].distanceKm).toBeGreaterThan(8);
    expect(near.body.items[1].distanceKm).toBeLessThan(15);
    const wide = await search({ lat: 50.6292, lon: 3.0573, radiusKm: 150 });
    expect(wide.body.total).toBe(3);
  });

  it('rejects malformed queries with field details', async () => {
    const geo = await t.http.get('/api/offers').query({ lat: 50.6 }).expect(400);
    expect(geo.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['lon', 'radiusKm']);
    const bad = await t.http.get('/api/offers').query({ contractType: 'INTERIM', pageSize: 101, sort: 'x' }).expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['contractType.0', 'pageSize', 'sort']);
    await t.http.get('/api/offers').query({ q: "%' OR 1=1 --" }).expect(200);
  });

  it('shows a published offer to anyone with schema.org JobPosting JSON-LD', async () => {
    const res = await t.http.get(`/api/offers/${ids.amiens}`).expect(200);
    expect(res.body).toMatchObject({ id: ids.amiens, status: 'PUBLISHED', company: { name: 'Acme "Numérique", Lille' } });
    expect(res.body.jsonLd).toMatchObject({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: res.body.title,
      datePosted: res.body.publishedAt,
      validThrough: res.body.expiresAt,
      employmentType: 'FULL_TIME',
      hiringOrganization: { '@type': 'Organization', name: 'Acme "Numérique", Lille' },
      jobLocation: { address: { addressRegion: 'Hauts-de-France', addressCountry: 'FR' } },
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: { '@type': 'Country', name: 'France' },
      baseSalary: { currency: 'EUR', value: { minValue: 38000, maxValue: 45000, unitText: 'YEAR' } },
    });
  });

  it('hides drafts and expired offers from outsiders (404) but shows them to members', async () => {
    const outsider = await recruiterWithCompany(t);
    await t.http.get(`/api/offers/${ids.draft}`).expect(404);
    await t.http.get(`/api/offers/${ids.draft}`).set(bearer(outsider)).expect(404);
    await t.http.get(`/api/offers/${ids.draft}`).set('Authorization', 'Bearer not-a-jwt').expect(404);
    const own = await t.http.get(`/api/offers/${ids.draft}`).set(bearer(recruiter)).expect(200);
    expect(own.body).toMatchObject({ status: 'DRAFT', jsonLd: null });
    await t.http.get(`/api/offers/${ids.expired}`).expect(404);
    await t.http.get('/api/offers/not-a-uuid').expect(404);
    await t.http.get('/api/offers/00000000-0000-7000-8000-000000000000').expect(404);
  });

  it('publishes a JSON feed with JSON-LD and a CSV feed that parses back', async () => {
    const json = await t.http.get('/api/offers/feed.json').expect(200);
    const mine = json.body.offers.filter((o: { title: string }) => o.title.includes(tag));
    expect(mine.map((o: { id: string }) => o.id).sort()).toEqual([ids.amiens, ids.lille, ids.roubaix].sort());
    expect(mine[0].jsonLd['@type']).toBe('JobPosting');
    expect(mine[0].url).toBe(`http://web.test/offers/${mine[0].id}`);

    const csv = await t.http.get('/api/offers/feed.csv').buffer(true).parse((res, cb) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (data += chunk));
      res.on('end', () => cb(null, data));
    }).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    const records: Record<string, string>[] = parse(csv.body as string, { columns: true });
    const amiens = records.find((r) => r.id === ids.amiens)!;
    expect(amiens).toMatchObject({ company: 'Acme "Numérique", Lille', basin: 'AMIENS', salaryMin: '38000', salaryCurrency: 'EUR', employmentType: 'FULL_TIME' });
    expect(amiens.description).toBe('Développement commercial\n"SaaS", ventes; terrain.');
    expect(records.some((r) => r.id === ids.draft || r.id === ids.expired)).toBe(false);
  });

  it('closes published offers past their end date with reason EXPIRED', async () => {
    const { OfferLifecycleService } = await import('../src/offers/offer-lifecycle.service');
    const closed = await t.app.get(OfferLifecycleService).expireOffers(new Date());
    expect(closed).toBeGreaterThanOrEqual(1);
    const expired = await t.prisma.offer.findUniqueOrThrow({ where: { id: ids.expired } });
    expect(expired).toMatchObject({ status: 'CLOSED', closeReason: 'EXPIRED' });
    expect(await t.prisma.outboxEvent.count({ where: { aggregateId: ids.expired, type: 'offer.closed' } })).toBe(1);
    expect((await t.prisma.offer.findUniqueOrThrow({ where: { id: ids.lille } })).status).toBe('PUBLISHED');
  });
});
