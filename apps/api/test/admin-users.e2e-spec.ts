import { adminToken, signUp, startApp, STRONG_PASSWORD, type TestApp } from './support/app';
import { bearer } from './support/marketplace';

describe('admin: user suspension (PATCH /api/admin/users/:id)', () => {
  let t: TestApp;
  let admin: string;
  const asAdmin = () => ({ Authorization: `Bearer ${admin}` });
  beforeAll(async () => {
    t = await startApp();
    admin = await adminToken(t);
  });
  afterAll(() => t.close());

  it('suspends with a reason: sessions end at once, login is refused, the list shows it; reinstating restores access', async () => {
    const user = await signUp(t, 'RECRUITER');
    const res = await t.http.patch(`/api/admin/users/${user.userId}`).set(asAdmin()).send({ suspended: true, reason: 'Démarchage abusif' }).expect(200);
    expect(res.body).toMatchObject({ id: user.userId, suspendedAt: expect.any(String), suspensionReason: 'Démarchage abusif' });
    expect(res.body).not.toHaveProperty('passwordHash');

    await t.http.get('/api/auth/me').set(bearer(user)).expect(401);
    await t.http.post('/api/auth/refresh').set('Cookie', user.cookie).expect(401);
    expect(await t.prisma.refreshToken.count({ where: { userId: user.userId, revokedAt: null } })).toBe(0);
    await t.http.post('/api/auth/login').send({ email: user.email, password: STRONG_PASSWORD }).expect(403);

    const list = await t.http.get('/api/admin/users').query({ email: user.email }).set(asAdmin()).expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id: user.userId, suspendedAt: expect.any(String), suspensionReason: 'Démarchage abusif' })]);
    const suspended = await t.http.get('/api/admin/users').query({ suspended: 'true', pageSize: 100 }).set(asAdmin()).expect(200);
    expect(suspended.body.items.every((u: { suspendedAt: string | null }) => u.suspendedAt !== null)).toBe(true);

    expect(await t.prisma.outboxEvent.count({ where: { type: 'user.suspended', aggregateId: user.userId } })).toBe(1);
    // Suspending again changes nothing and writes nothing.
    await t.http.patch(`/api/admin/users/${user.userId}`).set(asAdmin()).send({ suspended: true, reason: 'Encore' }).expect(200);
    expect(await t.prisma.auditLog.count({ where: { action: 'user.suspend', targetId: user.userId } })).toBe(1);

    const back = await t.http.patch(`/api/admin/users/${user.userId}`).set(asAdmin()).send({ suspended: false }).expect(200);
    expect(back.body).toMatchObject({ suspendedAt: null, suspensionReason: null });
    await t.http.post('/api/auth/login').send({ email: user.email, password: STRONG_PASSWORD }).expect(200);
    expect(await t.prisma.auditLog.count({ where: { action: 'user.reinstate', targetId: user.userId } })).toBe(1);
    expect(await t.prisma.outboxEvent.count({ where: { type: 'user.reinstated', aggregateId: user.userId } })).toBe(1);
  });

  it('refuses to suspend oneself (409) and answers 404 for an unknown account', async () => {
    const me = await t.http.get('/api/auth/me').set(asAdmin()).expect(200);
    const res = await t.http.patch(`/api/admin/users/${me.body.id}`).set(asAdmin()).send({ suspended: true, reason: 'Test' }).expect(409);
    expect(res.body.details).toEqual([{ field: 'id', message: expect.any(String) }]);
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: me.body.id } })).suspendedAt).toBeNull();
    await t.http.patch('/api/admin/users/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b').set(asAdmin()).send({ suspended: false }).expect(404);
  });

  it('rejects malformed bodies and ids with details, changing nothing', async () => {
    const user = await signUp(t);
    const bad: [unknown, string][] = [
      [{ suspended: true }, 'reason'],
      [{ suspended: true, reason: 'ab' }, 'reason'],
      [{ suspended: true, reason: 'x'.repeat(501) }, 'reason'],
      [{ suspended: 'yes', reason: 'Spam répété' }, 'suspended'],
      [{}, 'suspended'],
      [{ suspended: false, role: 'ADMIN' }, ''],
    ];
    for (const [body, field] of bad) {
      const res = await t.http.patch(`/api/admin/users/${user.userId}`).set(asAdmin()).send(body as object).expect(400);
      if (field) expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      else expect(res.body.details.length).toBeGreaterThan(0);
    }
    // Same convention as every :id route (UuidParamPipe): a non-UUID cannot name an account.
    await t.http.patch('/api/admin/users/not-a-uuid').set(asAdmin()).send({ suspended: false }).expect(404);
    await t.http.get('/api/admin/users').query({ suspended: 'maybe' }).set(asAdmin()).expect(400);
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.userId } })).suspendedAt).toBeNull();
    expect(await t.prisma.auditLog.count({ where: { targetId: user.userId } })).toBe(0);
  });

  it('is for admins only: anonymous 401, candidate and recruiter 403', async () => {
    const target = await signUp(t);
    const body = { suspended: true, reason: 'Spam répété' };
    await t.http.patch(`/api/admin/users/${target.userId}`).send(body).expect(401);
    for (const role of ['CANDIDATE', 'RECRUITER'] as const) {
      const other = await signUp(t, role);
      await t.http.patch(`/api/admin/users/${target.userId}`).set(bearer(other)).send(body).expect(403);
      await t.http.get('/api/admin/users').set(bearer(other)).expect(403);
    }
    await t.http.get('/api/admin/users').expect(401);
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: target.userId } })).suspendedAt).toBeNull();
  });
});
