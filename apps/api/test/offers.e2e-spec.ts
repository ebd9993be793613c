import { adminToken, signUp, startApp, type TestApp } from './support/app';
import { bearer, candidateWithProfile, recruiterWithCompany } from './support/marketplace';

describe('offers: drafting, editing and lifecycle', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  const draft = (companyId: string, overrides: Record<string, unknown> = {}) => ({
    companyId,
    title: 'Ingénieur·e DevOps',
    description: 'Vous industrialisez nos déploiements et notre supervision.',
    roleFamilyCode: 'DEVOPS_SECURITY',
    requiredSkills: [{ name: 'Kubernetes', minLevel: 3 }, { name: 'Terraform' }],
    niceToHaveSkills: [{ name: 'kubernetes' }, { name: 'Sécurité réseau' }],
    contractType: 'CDI',
    basinCode: 'LILLE',
    town: 'Lille',
    remotePolicy: 'HYBRID',
    salaryMin: 42000,
    salaryMax: 52000,
    experienceLevel: 'MID',
    startDate: '2027-03-01',
    romeCode: 'M1801',
    ...overrides,
  });

  it('drafts an offer for an unverified company, normalising skills and defaulting coordinates to the basin', async () => {
    const recruiter = await recruiterWithCompany(t, { verified: false });
    const res = await t.http.post('/api/offers').set(bearer(recruiter)).send(draft(recruiter.companyId)).expect(201);
    expect(res.body).toMatchObject({ status: 'DRAFT', publishedAt: null, lat: 50.6292, lon: 3.0573, startDate: '2027-03-01' });
    expect(res.body.skills).toEqual([
      { name: 'Kubernetes', slug: 'kubernetes', required: true, minLevel: 3 },
      { name: 'Terraform', slug: 'terraform', required: true, minLevel: null },
      { name: 'Sécurité réseau', slug: 'securite-reseau', required: false, minLevel: null },
    ]);
    const published = await t.http.post(`/api/offers/${res.body.id}/publish`).set(bearer(recruiter)).expect(403);
    expect(published.body.code).toBe('COMPANY_NOT_VERIFIED');
  });

  it('rejects malformed offers field by field and writes nothing', async () => {
    const recruiter = await recruiterWithCompany(t);
    const before = await t.prisma.offer.count();
    const res = await t.http
      .post('/api/offers')
      .set(bearer(recruiter))
      .send(draft(recruiter.companyId, { title: 'x', salaryMin: 60000, salaryMax: 50000, romeCode: 'Z9999', lat: 50.1, contractType: 'CDI', unknown: true }))
      .expect(400);
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['lon', 'romeCode', 'salaryMax', 'title', 'unknown']);
    const low = await t.http.post('/api/offers').set(bearer(recruiter)).send(draft(recruiter.companyId, { salaryMin: 6000, salaryMax: 9000 })).expect(400);
    expect(low.body.details).toEqual([{ field: 'salaryMin', message: expect.any(String) }]);
    await t.http.post('/api/offers').set(bearer(recruiter)).send(draft(recruiter.companyId, { salaryMin: 6000, salaryMax: 9000, contractType: 'STAGE' })).expect(201);
    const family = await t.http.post('/api/offers').set(bearer(recruiter)).send(draft(recruiter.companyId, { roleFamilyCode: 'ASTRONAUT' })).expect(400);
    expect(family.body.details).toEqual([{ field: 'roleFamilyCode', message: expect.any(String) }]);
    const { salaryMin: _drop, ...noSalary } = draft(recruiter.companyId);
    await t.http.post('/api/offers').set(bearer(recruiter)).send(noSalary).expect(400);
    expect(await t.prisma.offer.count()).toBe(before + 1);
  });

  it('lets only recruiters of the company write: 401 anonymous, 403 candidate, 403 other company', async () => {
    const recruiter = await recruiterWithCompany(t);
    const other = await recruiterWithCompany(t);
    const candidate = await signUp(t, 'CANDIDATE');
    await t.http.post('/api/offers').send(draft(recruiter.companyId)).expect(401);
    await t.http.post('/api/offers').set(bearer(candidate)).send(draft(recruiter.companyId)).expect(403);
    await t.http.post('/api/offers').set(bearer(other)).send(draft(recruiter.companyId)).expect(403);
    const offer = (await t.http.post('/api/offers').set(bearer(recruiter)).send(draft(recruiter.companyId)).expect(201)).body;
    await t.http.patch(`/api/offers/${offer.id}`).set(bearer(other)).send({ title: 'Piraté' }).expect(403);
    await t.http.post(`/api/offers/${offer.id}/publish`).set(bearer(other)).expect(403);
    await t.http.post(`/api/offers/${offer.id}/close`).set(bearer(other)).send({ reason: 'CANCELLED' }).expect(403);
    await t.http.get(`/api/companies/${recruiter.companyId}/offers`).set(bearer(other)).expect(403);
    await t.http.patch('/api/offers/123').set(bearer(recruiter)).send({ title: 'Nouveau titre' }).expect(404);
    expect((await t.prisma.offer.findUniqueOrThrow({ where: { id: offer.id } })).status).toBe('DRAFT');
  });

  it('runs draft → published → closed, with 409 for illegal transitions', async () => {
    const recruiter = await recruiterWithCompany(t);
    const offer = (await t.http.post('/api/offers').set(bearer(recruiter)).send(draft(recruiter.companyId)).expect(201)).body;
    await t.http.post(`/api/offers/${offer.id}/close`).set(bearer(recruiter)).send({ reason: 'FILLED' }).expect(409);
    const published = await t.http.post(`/api/offers/${offer.id}/publish`).set(bearer(recruiter)).expect(200);
    expect(published.body.status).toBe('PUBLISHED');
    const days = (Date.parse(published.body.expiresAt) - Date.parse(published.body.publishedAt)) / 86_400_000;
    expect(Math.round(days)).toBe(60);
    await t.http.post(`/api/offers/${offer.id}/publish`).set(bearer(recruiter)).expect(409);
    expect(await t.prisma.outboxEvent.count({ where: { aggregateId: offer.id, type: 'offer.published' } })).toBe(1);

    const bad = await t.http.post(`/api/offers/${offer.id}/close`).set(bearer(recruiter)).send({ reason: 'BORED' }).expect(400);
    expect(bad.body.details[0].field).toBe('reason');
    const closed = await t.http.post(`/api/offers/${offer.id}/close`).set(bearer(recruiter)).send({ reason: 'FILLED' }).expect(200);
    expect(closed.body).toMatchObject({ status: 'CLOSED', closeReason: 'FILLED' });
    await t.http.post(`/api/offers/${offer.id}/close`).set(bearer(recruiter)).send({ reason: 'CANCELLED' }).expect(409);
    await t.http.post(`/api/offers/${offer.id}/publish`).set(bearer(recruiter)).expect(409);
    expect(await t.prisma.outboxEvent.count({ where: { aggregateId: offer.id, type: 'offer.closed' } })).toBe(1);

    const other = (await t.http.post('/api/offers').set(bearer(recruiter)).send(draft(recruiter.companyId)).expect(201)).body;
    const cancelled = await t.http.post(`/api/offers/${other.id}/close`).set(bearer(recruiter)).send({ reason: 'CANCELLED' }).expect(200);
    expect(cancelled.body.status).toBe('CLOSED');
  });

  it('notifies candidates with open applications when the offer closes', async () => {
    const recruiter = await recruiterWithCompany(t);
    const offer = (await t.http.post('/api/offers').set(bearer(recruiter)).send(draft(recruiter.companyId)).expect(201)).body;
    await t.http.post(`/api/offers/${offer.id}/publish`).set(bearer(recruiter)).expect(200);
    const waiting = await candidateWithProfile(t);
    const withdrawn = await candidateWithProfile(t);
    await t.prisma.application.create({ data: { offerId: offer.id, candidateId: waiting.profileId } });
    await t.prisma.application.create({ data: { offerId: offer.id, candidateId: withdrawn.profileId, status: 'WITHDRAWN' } });
    await t.http.post(`/api/offers/${offer.id}/close`).set(bearer(recruiter)).send({ reason: 'CANCELLED' }).expect(200);
    const notes = await t.prisma.notification.findMany({ where: { type: 'offer.closed', payload: { path: ['offerId'], equals: offer.id } } });
    expect(notes.map((n) => n.userId)).toEqual([waiting.userId]);
    expect(notes[0]!.payload).toMatchObject({ reason: 'CANCELLED', title: offer.title });
  });

  it('applies the edit rules: drafts change freely, published offers keep their contract type, closed ones are frozen', async () => {
    const recruiter = await recruiterWithCompany(t);
    const offer = (await t.http.post('/api/offers').set(bearer(recruiter)).send(draft(recruiter.companyId)).expect(201)).body;
    const edited = await t.http
      .patch(`/api/offers/${offer.id}`)
      .set(bearer(recruiter))
      .send({ contractType: 'CDD', basinCode: 'AMIENS', requiredSkills: [{ name: 'Ansible' }] })
      .expect(200);
    expect(edited.body).toMatchObject({ contractType: 'CDD', basinCode: 'AMIENS', lat: 49.8941, lon: 2.2958 });
    expect(edited.body.skills.map((s: { slug: string; required: boolean }) => `${s.slug}:${s.required}`)).toEqual(['ansible:true', 'securite-reseau:false']);
    const order = await t.http.patch(`/api/offers/${offer.id}`).set(bearer(recruiter)).send({ salaryMin: 90000 }).expect(400);
    expect(order.body.details).toEqual([{ field: 'salaryMax', message: expect.any(String) }]);
    await t.http.patch(`/api/offers/${offer.id}`).set(bearer(recruiter)).send({ companyId: recruiter.companyId }).expect(400);

    await t.http.post(`/api/offers/${offer.id}/publish`).set(bearer(recruiter)).expect(200);
    const locked = await t.http.patch(`/api/offers/${offer.id}`).set(bearer(recruiter)).send({ contractType: 'CDI' }).expect(409);
    expect(locked.body.details[0].field).toBe('contractType');
    const live = await t.http.patch(`/api/offers/${offer.id}`).set(bearer(recruiter)).send({ title: 'Ingénieur·e SRE', salaryMax: 60000 }).expect(200);
    expect(live.body).toMatchObject({ title: 'Ingénieur·e SRE', salaryMax: 60000, status: 'PUBLISHED' });

    await t.http.post(`/api/offers/${offer.id}/close`).set(bearer(recruiter)).send({ reason: 'FILLED' }).expect(200);
    await t.http.patch(`/api/offers/${offer.id}`).set(bearer(recruiter)).send({ title: 'Trop tard' }).expect(409);
    expect((await t.prisma.offer.findUniqueOrThrow({ where: { id: offer.id } })).title).toBe('Ingénieur·e SRE');
  });

  it("lists a company's offers in every state for its members and admins", async () => {
    const recruiter = await recruiterWithCompany(t);
    const a = (await t.http.post('/api/offers').set(bearer(recruiter)).send(draft(recruiter.companyId)).expect(201)).body;
    await t.http.post('/api/offers').set(bearer(recruiter)).send(draft(recruiter.companyId)).expect(201);
    await t.http.post(`/api/offers/${a.id}/publish`).set(bearer(recruiter)).expect(200);
    const all = await t.http.get(`/api/companies/${recruiter.companyId}/offers`).set(bearer(recruiter)).expect(200);
    expect(all.body).toMatchObject({ total: 2, page: 1 });
    const drafts = await t.http.get(`/api/companies/${recruiter.companyId}/offers`).query({ status: 'DRAFT' }).set(bearer(recruiter)).expect(200);
    expect(drafts.body.total).toBe(1);
    const admin = await t.http.get(`/api/companies/${recruiter.companyId}/offers`).set('Authorization', `Bearer ${await adminToken(t)}`).expect(200);
    expect(admin.body.total).toBe(2);
  });
});
