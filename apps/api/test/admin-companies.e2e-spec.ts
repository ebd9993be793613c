import { adminToken, signUp, startApp, type TestApp } from './support/app';
import { bearer, publishedOffer, recruiterWithCompany } from './support/marketplace';

describe('admin moderation of companies', () => {
  let t: TestApp;
  let admin: { accessToken: string };
  beforeAll(async () => {
    t = await startApp();
    admin = { accessToken: await adminToken(t) };
  });
  afterAll(() => t.close());

  const offerBody = (companyId: string) => ({
    companyId,
    title: 'Commercial·e SaaS',
    description: 'Vous développez notre portefeuille de PME clientes.',
    roleFamilyCode: 'SALES',
    contractType: 'CDI',
    basinCode: 'LENS',
    remotePolicy: 'ONSITE',
    salaryMin: 35000,
    salaryMax: 48000,
    experienceLevel: 'JUNIOR',
  });

  it('lists companies with filters, for admins only', async () => {
    const pending = await recruiterWithCompany(t, { verified: false, name: 'Pending Écrans' });
    await t.http.get('/api/admin/companies').expect(401);
    await t.http.get('/api/admin/companies').set(bearer(pending)).expect(403);
    const res = await t.http.get('/api/admin/companies').query({ verified: 'false', q: 'pending écr' }).set(bearer(admin)).expect(200);
    expect(res.body.items.map((c: { id: string }) => c.id)).toContain(pending.companyId);
    expect(res.body.items.every((c: { verified: boolean }) => !c.verified)).toBe(true);
    expect(res.body.items.find((c: { id: string }) => c.id === pending.companyId)).toMatchObject({ memberCount: 1, publishedOfferCount: 0, siren: pending.company.siren });
    const bySiren = await t.http.get('/api/admin/companies').query({ q: pending.company.siren.slice(0, 6) }).set(bearer(admin)).expect(200);
    expect(bySiren.body.items.map((c: { id: string }) => c.id)).toContain(pending.companyId);
    const bad = await t.http.get('/api/admin/companies').query({ verified: 'yes' }).set(bearer(admin)).expect(400);
    expect(bad.body.details[0].field).toBe('verified');
  });

  it('verifies a company, whose offers then become publishable; audited, announced and notified', async () => {
    const recruiter = await recruiterWithCompany(t, { verified: false });
    const offer = (await t.http.post('/api/offers').set(bearer(recruiter)).send(offerBody(recruiter.companyId)).expect(201)).body;
    await t.http.post(`/api/offers/${offer.id}/publish`).set(bearer(recruiter)).expect(403);
    await t.http.patch(`/api/admin/companies/${recruiter.companyId}`).set(bearer(recruiter)).send({ verified: true }).expect(403);

    const res = await t.http.patch(`/api/admin/companies/${recruiter.companyId}`).set(bearer(admin)).send({ verified: true }).expect(200);
    expect(res.body).toMatchObject({ verified: true, verifiedAt: expect.any(String) });
    const company = await t.prisma.company.findUniqueOrThrow({ where: { id: recruiter.companyId } });
    expect(company.verifiedById).not.toBeNull();
    expect(await t.prisma.auditLog.count({ where: { targetId: recruiter.companyId, action: 'company.verify' } })).toBe(1);
    expect(await t.prisma.outboxEvent.count({ where: { aggregateId: recruiter.companyId, type: 'company.verified' } })).toBe(1);
    expect(await t.prisma.notification.count({ where: { userId: recruiter.userId, type: 'company.verified' } })).toBe(1);
    await t.http.post(`/api/offers/${offer.id}/publish`).set(bearer(recruiter)).expect(200);

    // Verifying again changes nothing and records nothing.
    await t.http.patch(`/api/admin/companies/${recruiter.companyId}`).set(bearer(admin)).send({ verified: true }).expect(200);
    expect(await t.prisma.auditLog.count({ where: { targetId: recruiter.companyId, action: 'company.verify' } })).toBe(1);
  });

  it('suspends with a reason: published offers go back to draft, members are notified; reinstating allows republishing', async () => {
    const recruiter = await recruiterWithCompany(t);
    const live = await publishedOffer(t, recruiter.companyId, recruiter.userId);
    const draft = await publishedOffer(t, recruiter.companyId, recruiter.userId, { status: 'DRAFT', publishedAt: null });

    const noReason = await t.http.patch(`/api/admin/companies/${recruiter.companyId}`).set(bearer(admin)).send({ suspended: true }).expect(400);
    expect(noReason.body.details[0].field).toBe('reason');
    expect((await t.prisma.company.findUniqueOrThrow({ where: { id: recruiter.companyId } })).suspendedAt).toBeNull();

    const res = await t.http
      .patch(`/api/admin/companies/${recruiter.companyId}`)
      .set(bearer(admin))
      .send({ suspended: true, reason: 'Offres trompeuses signalées' })
      .expect(200);
    expect(res.body).toMatchObject({ suspended: true, suspensionReason: 'Offres trompeuses signalées' });
    expect((await t.prisma.offer.findUniqueOrThrow({ where: { id: live.id } })).status).toBe('DRAFT');
    expect((await t.prisma.offer.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe('DRAFT');
    expect(await t.prisma.outboxEvent.count({ where: { aggregateId: live.id, type: 'offer.unpublished' } })).toBe(1);
    expect(await t.prisma.outboxEvent.count({ where: { aggregateId: draft.id, type: 'offer.unpublished' } })).toBe(0);
    const audit = await t.prisma.auditLog.findFirstOrThrow({ where: { targetId: recruiter.companyId, action: 'company.suspend' } });
    expect(audit.metadata).toMatchObject({ reason: 'Offres trompeuses signalées', unpublishedOffers: 1 });
    const note = await t.prisma.notification.findFirstOrThrow({ where: { userId: recruiter.userId, type: 'company.suspended' } });
    expect(note.payload).toMatchObject({ companyId: recruiter.companyId, reason: 'Offres trompeuses signalées' });
    await t.http.get(`/api/offers/${live.id}`).expect(404);
    const blocked = await t.http.post(`/api/offers/${live.id}/publish`).set(bearer(recruiter)).expect(403);
    expect(blocked.body.code).toBe('COMPANY_NOT_VERIFIED');

    await t.http.patch(`/api/admin/companies/${recruiter.companyId}`).set(bearer(admin)).send({ suspended: false }).expect(200);
    expect(await t.prisma.auditLog.count({ where: { targetId: recruiter.companyId, action: 'company.reinstate' } })).toBe(1);
    await t.http.post(`/api/offers/${live.id}/publish`).set(bearer(recruiter)).expect(200);
    await t.http.get(`/api/offers/${live.id}`).expect(200);
  });

  it('rejects malformed moderation requests and unknown companies', async () => {
    const recruiter = await recruiterWithCompany(t, { verified: false });
    const empty = await t.http.patch(`/api/admin/companies/${recruiter.companyId}`).set(bearer(admin)).send({}).expect(400);
    expect(empty.body.details).toBeDefined();
    const typed = await t.http.patch(`/api/admin/companies/${recruiter.companyId}`).set(bearer(admin)).send({ verified: 'yes', siren: '1' }).expect(400);
    expect(typed.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['siren', 'verified']);
    await t.http.patch('/api/admin/companies/00000000-0000-7000-8000-000000000000').set(bearer(admin)).send({ verified: true }).expect(404);
    const candidate = await signUp(t, 'CANDIDATE');
    await t.http.patch(`/api/admin/companies/${recruiter.companyId}`).set(bearer(candidate)).send({ verified: true }).expect(403);
    expect((await t.prisma.company.findUniqueOrThrow({ where: { id: recruiter.companyId } })).verifiedAt).toBeNull();
  });
});
