/** GET /api/talents: the search engine behind the real API, kept in step by the indexer. */
import { randomBytes } from 'node:crypto';
import { IndexerService } from '../src/search/indexer.service';
import { adminToken, signUp, startApp, type TestApp } from './support/app';
import { bearer, candidateWithProfile, recruiterWithCompany, type Session } from './support/marketplace';

describe('GET /api/talents', () => {
  let t: TestApp;
  let indexer: IndexerService;
  let recruiter: Session;
  // A word no other test uses, so results are this suite's own whatever else the index holds.
  const tag = `zorglub${randomBytes(3).toString('hex')}`;

  beforeAll(async () => {
    t = await startApp();
    indexer = t.app.get(IndexerService);
    recruiter = await recruiterWithCompany(t);
  });
  afterAll(() => t.close());

  const search = (query: string, who: { accessToken: string } = recruiter) => t.http.get(`/api/talents?${query}`).set(bearer(who));

  it('finds a profile once synced, masks anonymous ones, drops hidden ones', async () => {
    const pub = await candidateWithProfile(t, { visibility: 'PUBLIC', firstName: 'Élodie', headline: `Experte sécurité ${tag}`, gender: 'FEMALE' });
    const anon = await candidateWithProfile(t, { visibility: 'ANONYMOUS', headline: `Développeur TypeScript ${tag}` });
    expect((await search(`q=${tag}`).expect(200)).body.total).toBe(0);

    await indexer.syncCandidate(pub.profileId);
    await indexer.syncCandidate(anon.profileId);
    const res = await search(`q=${tag}&pageSize=10`).expect(200);
    expect(res.body).toMatchObject({ total: 2, page: 1, pageSize: 10 });
    const byId = Object.fromEntries(res.body.items.map((i: { id: string }) => [i.id, i]));
    expect(byId[pub.profileId].displayName).toBe(`Élodie ${pub.profile.lastName}`);
    expect(byId[anon.profileId].displayName).toBeNull();
    expect(JSON.stringify(res.body)).not.toContain(anon.profile.lastName);
    expect(JSON.stringify(res.body)).not.toMatch(/gender|FEMALE/);
    expect(res.body.facets.roleFamily).toBeDefined();

    // Typos and accents.
    expect((await search(`q=${encodeURIComponent(`securite ${tag}`)}`).expect(200)).body.items.map((i: { id: string }) => i.id)).toEqual([pub.profileId]);
    expect((await search(`q=${encodeURIComponent(`typscript ${tag}`)}`).expect(200)).body.items.map((i: { id: string }) => i.id)).toEqual([anon.profileId]);

    // A profile change is searchable after the next sync; HIDDEN removes it.
    await t.prisma.candidateProfile.update({ where: { id: anon.profileId }, data: { headline: `Architecte Kubernetes ${tag}` } });
    await indexer.syncCandidate(anon.profileId);
    expect((await search(`q=${encodeURIComponent(`k8s ${tag}`)}`).expect(200)).body.items.map((i: { id: string }) => i.id)).toEqual([anon.profileId]);
    await t.prisma.candidateProfile.update({ where: { id: anon.profileId }, data: { visibility: 'HIDDEN' } });
    expect(await indexer.syncCandidate(anon.profileId)).toBe(false);
    expect((await search(`q=${tag}`).expect(200)).body.items.map((i: { id: string }) => i.id)).toEqual([pub.profileId]);
  });

  it('filters with repeated keys or comma lists, and by distance', async () => {
    const lille = await candidateWithProfile(t, { visibility: 'PUBLIC', headline: `Dev ${tag}`, lat: 50.63, lon: 3.06, contractTypes: ['CDI', 'FREELANCE'] });
    const amiens = await candidateWithProfile(t, { visibility: 'PUBLIC', headline: `Dev ${tag}`, basinCode: 'AMIENS', lat: 49.89, lon: 2.3, contractTypes: ['STAGE'] });
    await indexer.syncCandidate(lille.profileId);
    await indexer.syncCandidate(amiens.profileId);
    const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id).sort();
    expect(ids((await search(`q=dev+${tag}&contractType=STAGE,FREELANCE`).expect(200)).body)).toEqual([lille.profileId, amiens.profileId].sort());
    expect(ids((await search(`q=dev+${tag}&contractType=STAGE&contractType=CDD`).expect(200)).body)).toEqual([amiens.profileId]);
    expect(ids((await search(`q=dev+${tag}&basin=AMIENS`).expect(200)).body)).toEqual([amiens.profileId]);
    const near = await search(`q=dev+${tag}&lat=50.6292&lon=3.0573&radiusKm=15&sort=distance`).expect(200);
    expect(ids(near.body)).toEqual([lille.profileId]);
    expect(near.body.items[0].distanceKm).toBeLessThan(2);
  });

  it('rejects malformed queries with field details', async () => {
    const fieldsOf = async (query: string) => (await search(query).expect(400)).body.details.map((d: { field: string }) => d.field);
    expect(await fieldsOf('pageSize=500&contractType=NOPE')).toEqual(['pageSize', 'contractType.0']);
    expect(await fieldsOf('lat=50')).toEqual(['lon', 'radiusKm']);
    expect(await fieldsOf('sort=distance')).toEqual(['sort']);
    await search('unknown=1').expect(400);
    await search('availableBefore=tomorrow').expect(400);
  });

  it('is for recruiters of a verified company and admins only', async () => {
    await t.http.get('/api/talents').expect(401);
    const candidate = await signUp(t, 'CANDIDATE');
    await search('', candidate).expect(403);
    const unverified = await recruiterWithCompany(t, { verified: false });
    expect((await search('', unverified).expect(403)).body.code).toBe('COMPANY_NOT_VERIFIED');
    const loneRecruiter = await signUp(t, 'RECRUITER');
    await search('', loneRecruiter).expect(403);
    await search('', { accessToken: await adminToken(t) }).expect(200);
  });
});
