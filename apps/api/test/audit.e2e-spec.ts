import { adminToken, signUp, startApp, type TestApp } from './support/app';
import { bearer, candidateWithProfile, recruiterWithCompany } from './support/marketplace';

describe('admin: audit log (GET /api/admin/audit-log)', () => {
  let t: TestApp;
  let admin: string;
  let adminId: string;
  const asAdmin = () => ({ Authorization: `Bearer ${admin}` });
  const log = (query: Record<string, string | number>) => t.http.get('/api/admin/audit-log').query(query).set(asAdmin());
  beforeAll(async () => {
    t = await startApp();
    admin = await adminToken(t);
    adminId = (await t.http.get('/api/auth/me').set(asAdmin()).expect(200)).body.id;
  });
  afterAll(() => t.close());

  it('shows admin actions and a recruiter’s full profile view, newest first, filterable', async () => {
    const recruiter = await recruiterWithCompany(t, { verified: false });
    await t.http.patch(`/api/admin/companies/${recruiter.companyId}`).set(asAdmin()).send({ verified: true }).expect(200);
    const user = await signUp(t);
    await t.http.patch(`/api/admin/users/${user.userId}`).set(asAdmin()).send({ suspended: true, reason: 'Faux profil' }).expect(200);
    const candidate = await candidateWithProfile(t);
    const sent = await t.http.post(`/api/talents/${candidate.profileId}/contact-requests`).set(bearer(recruiter)).send({ message: 'Bonjour, votre profil nous intéresse.' }).expect(201);
    await t.http.patch(`/api/contact-requests/${sent.body.id}`).set(bearer(candidate)).send({ status: 'ACCEPTED' }).expect(200);
    await t.http.get(`/api/candidates/${candidate.profileId}`).set(bearer(recruiter)).expect(200);

    const verify = await log({ action: 'company.verify', targetId: recruiter.companyId }).expect(200);
    expect(verify.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(verify.body.items[0]).toMatchObject({ actorId: adminId, actorRole: 'ADMIN', targetType: 'company', createdAt: expect.any(String) });
    const suspend = await log({ action: 'user.suspend', targetType: 'user', targetId: user.userId }).expect(200);
    expect(suspend.body.items).toEqual([expect.objectContaining({ actorId: adminId, metadata: { reason: 'Faux profil' } })]);
    const view = await log({ targetType: 'candidate', targetId: candidate.profileId, actorId: recruiter.userId }).expect(200);
    expect(view.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'candidate.view', actorRole: 'RECRUITER' })]));

    const mine = await log({ actorId: adminId, pageSize: 100 }).expect(200);
    const actions = mine.body.items.map((i: { action: string }) => i.action);
    expect(actions.indexOf('user.suspend')).toBeLessThan(actions.indexOf('company.verify'));
    const dates = mine.body.items.map((i: { createdAt: string }) => i.createdAt);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('pages and filters by period', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const page1 = await log({ page: 1, pageSize: 1, from: today, to: today }).expect(200);
    expect(page1.body.items).toHaveLength(1);
    expect(page1.body.total).toBeGreaterThan(1);
    const page2 = await log({ page: 2, pageSize: 1, from: today, to: today }).expect(200);
    expect(page2.body.items[0].id).not.toBe(page1.body.items[0].id);
    const past = await log({ to: '2000-01-01' }).expect(200);
    expect(past.body).toMatchObject({ items: [], total: 0 });
    const future = await log({ from: new Date(Date.now() + 3600_000).toISOString() }).expect(200);
    expect(future.body.total).toBe(0);
  });

  it('is append-only in the database: UPDATE and DELETE fail', async () => {
    const before = await t.prisma.auditLog.count();
    expect(before).toBeGreaterThan(0);
    await expect(t.prisma.$executeRaw`UPDATE audit_log SET action = 'tampered'`).rejects.toThrow(/append-only/);
    await expect(t.prisma.$executeRaw`DELETE FROM audit_log`).rejects.toThrow(/append-only/);
    await expect(t.prisma.$executeRaw`UPDATE audit_log SET actor_id = NULL, action = 'tampered' WHERE actor_id IS NOT NULL`).rejects.toThrow(/append-only/);
    expect(await t.prisma.auditLog.count()).toBe(before);
    expect(await t.prisma.auditLog.count({ where: { action: 'tampered' } })).toBe(0);
  });

  it('rejects malformed queries with details', async () => {
    for (const [query, field] of [
      [{ actorId: 'nope' }, 'actorId'],
      [{ from: '2026-13-01' }, 'from'],
      [{ from: '2026-05-02', to: '2026-05-01' }, 'from'],
      [{ pageSize: 101 }, 'pageSize'],
      [{ page: 0 }, 'page'],
      [{ unknown: 'x' }, ''],
    ] as [Record<string, string | number>, string][]) {
      const res = await log(query).expect(400);
      if (field) expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
  });

  it('is for admins only: anonymous 401, candidate and recruiter 403', async () => {
    await t.http.get('/api/admin/audit-log').expect(401);
    await t.http.get('/api/admin/audit-log').set(bearer(await signUp(t, 'CANDIDATE'))).expect(403);
    await t.http.get('/api/admin/audit-log').set(bearer(await recruiterWithCompany(t))).expect(403);
  });
});
