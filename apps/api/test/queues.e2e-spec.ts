import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import { QUEUE_NAMES } from '@talents/shared';
import { adminToken, signUp, startApp, type TestApp } from './support/app';
import { bearer } from './support/marketplace';

/**
 * Operations: queue depth and outbox backlog in /api/health, and the admin-only BullMQ dashboard opened through
 * a short-lived session cookie. Each run uses its own queue prefix, so counts are this file's own.
 */
describe('queues: health details and admin dashboard', () => {
  const prefix = `test-${randomBytes(4).toString('hex')}`;
  let t: TestApp;
  beforeAll(async () => {
    process.env.QUEUE_PREFIX = prefix;
    t = await startApp();
  });
  afterAll(async () => {
    delete process.env.QUEUE_PREFIX;
    await t.close();
  });

  const cookieOf = (res: { headers: Record<string, unknown> }) => {
    const cookies = ([] as string[]).concat((res.headers['set-cookie'] as string[] | string | undefined) ?? []);
    return cookies.find((c) => c.startsWith('talents_qd='));
  };
  const signed = (value: string) => `talents_qd=${encodeURIComponent(t.app.getHttpAdapter().getInstance().signCookie(value))}`;

  it('reports each queue’s depth and the outbox backlog', async () => {
    const mail = new Queue(QUEUE_NAMES.mail, { connection: { host: '127.0.0.1', port: 6379 }, prefix });
    try {
      await mail.add('send', { mailId: 'x' });
      await mail.add('send', { mailId: 'y' }, { delay: 60_000 });
      await t.prisma.outboxEvent.create({ data: { type: 'test.pending', aggregateType: 'test', aggregateId: 'x', createdAt: new Date(Date.now() - 90_000) } });

      const res = await t.http.get('/api/health').expect(200);
      expect(res.body).toMatchObject({ status: expect.stringMatching(/ok|degraded/), redis: 'up' });
      expect(res.body.details.queues).toEqual({
        'domain-events': { waiting: 0, active: 0, delayed: 0, failed: 0 },
        maintenance: { waiting: 0, active: 0, delayed: 0, failed: 0 },
        mail: { waiting: 1, active: 0, delayed: 1, failed: 0 },
        imports: { waiting: 0, active: 0, delayed: 0, failed: 0 },
      });
      expect(res.body.details.outbox.unpublished).toBeGreaterThanOrEqual(1);
      expect(res.body.details.outbox.oldestAgeSeconds).toBeGreaterThanOrEqual(90);
    } finally {
      await mail.obliterate({ force: true });
      await mail.close();
    }
  });

  it('keeps the dashboard closed to anonymous callers, non-admins and bad cookies', async () => {
    expect((await t.http.get('/api/admin/queues/').expect(401)).body.message).toBe('Veuillez vous connecter.');
    await t.http.get('/api/admin/queues/api/queues').expect(401);
    await t.http.post('/api/admin/queues/session').expect(401);
    const candidate = await signUp(t, 'CANDIDATE');
    const refused = await t.http.post('/api/admin/queues/session').set(bearer(candidate)).expect(403);
    expect(cookieOf(refused)).toBeUndefined();
    // A bearer token does not open the dashboard either: only the session cookie does.
    await t.http.get('/api/admin/queues/').set(bearer(candidate)).expect(401);
    // Forged (unsigned), expired, and non-admin sessions.
    await t.http.get('/api/admin/queues/').set('Cookie', `talents_qd=${candidate.userId}.${Date.now() + 60_000}`).expect(403);
    const admin = await adminToken(t);
    const adminId = (await t.http.get('/api/auth/me').set('Authorization', `Bearer ${admin}`).expect(200)).body.id as string;
    await t.http.get('/api/admin/queues/').set('Cookie', signed(`${adminId}.${Date.now() - 1000}`)).expect(403);
    await t.http.get('/api/admin/queues/').set('Cookie', signed(`${candidate.userId}.${Date.now() + 60_000}`)).expect(403);
  });

  it('opens the dashboard to an admin for 15 minutes through a strict, httpOnly cookie', async () => {
    const admin = await adminToken(t);
    const res = await t.http.post('/api/admin/queues/session').set('Authorization', `Bearer ${admin}`).expect(200);
    expect(res.body).toEqual({ url: '/api/admin/queues/', expiresAt: expect.any(String) });
    const minutes = (Date.parse(res.body.expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    const cookie = cookieOf(res)!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/api\/admin\/queues/);
    const session = cookie.split(';')[0]!;

    const page = await t.http.get('/api/admin/queues/').set('Cookie', session).expect(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('Banque des talents');
    const queues = await t.http.get('/api/admin/queues/api/queues').set('Cookie', session).expect(200);
    expect(queues.body.queues.map((q: { name: string }) => q.name).sort()).toEqual(['domain-events', 'imports', 'mail', 'maintenance']);

    // Suspending the admin closes the dashboard at once, cookie or not.
    const adminId = (await t.http.get('/api/auth/me').set('Authorization', `Bearer ${admin}`).expect(200)).body.id as string;
    await t.prisma.user.update({ where: { id: adminId }, data: { suspendedAt: new Date() } });
    await t.http.get('/api/admin/queues/').set('Cookie', session).expect(403);
  });
});

describe('queues: health while Redis is unreachable', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Port 1 on loopback: nothing listens there, connections are refused at once.
    process.env.REDIS_URL = 'redis://127.0.0.1:1';
    t = await startApp();
  });
  afterAll(async () => {
    delete process.env.REDIS_URL;
    await t.close();
  });

  it('stays 200, degraded, with null queue depths and the outbox backlog still counted', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'degraded', db: 'up', redis: 'down' });
    expect(res.body.details.queues).toEqual({ 'domain-events': null, maintenance: null, mail: null, imports: null });
    expect(res.body.details.outbox).toEqual({ unpublished: expect.any(Number), oldestAgeSeconds: expect.anything() });
  });
});
