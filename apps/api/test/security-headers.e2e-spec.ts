/**
 * Transport and browser-facing configuration of the API (ASVS V14.4, V3.4, V13.1): security headers on every
 * answer (errors included), CORS only for the web origin, and the refresh cookie's attributes in test and in
 * production mode. The SPA's own headers (vite preview, nginx) are checked by e2e/journeys/security.test.mjs.
 */
import { hashPassword } from '../src/auth/secrets';
import { STRONG_PASSWORD, startApp, uniqueEmail, type TestApp } from './support/app';

async function loginCookie(t: TestApp): Promise<string> {
  const email = uniqueEmail('cookie');
  await t.prisma.user.create({ data: { email, role: 'CANDIDATE', passwordHash: await hashPassword(STRONG_PASSWORD), emailVerifiedAt: new Date() } });
  const res = await t.http.post('/api/auth/login').send({ email, password: STRONG_PASSWORD }).expect(200);
  const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('talents_rt='));
  if (!cookie) throw new Error('no refresh cookie');
  return cookie;
}

describe('security headers, CORS and cookies', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it.each([
    ['a public read', '/api/health', 200],
    ['an anonymous call to a protected route', '/api/auth/me', 401],
    ['an unknown route', '/api/does-not-exist', 404],
  ])('sends the security headers on %s', async (_label, path, status) => {
    const res = await t.http.get(path).expect(status);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d{7,}; includeSubDomains/);
    const csp = String(res.headers['content-security-policy']);
    for (const directive of ["default-src 'self'", "frame-ancestors 'self'", "object-src 'none'", "base-uri 'self'"]) expect(csp).toContain(directive);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['content-type']).toMatch(/^application\/json/);
  });

  it('forbids caching of signed-in answers and of the auth routes, not of public reads', async () => {
    const email = uniqueEmail('cache');
    await t.prisma.user.create({ data: { email, role: 'CANDIDATE', passwordHash: await hashPassword(STRONG_PASSWORD), emailVerifiedAt: new Date() } });
    const login = await t.http.post('/api/auth/login').send({ email, password: STRONG_PASSWORD }).expect(200);
    expect(login.headers['cache-control']).toBe('no-store');
    const me = await t.http.get('/api/auth/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
    expect(me.headers['cache-control']).toBe('no-store');
    const refused = await t.http.get('/api/candidates/me').set('Authorization', 'Bearer forged').expect(401);
    expect(refused.headers['cache-control']).toBe('no-store');
    const feed = await t.http.get('/api/offers/feed.json').expect(200);
    expect(feed.headers['cache-control']).toBe('public, max-age=300');
  });

  describe('CORS', () => {
    it('allows the web origin, with credentials, for simple and preflighted requests', async () => {
      const simple = await t.http.get('/api/health').set('Origin', 'http://web.test').expect(200);
      expect(simple.headers['access-control-allow-origin']).toBe('http://web.test');
      expect(simple.headers['access-control-allow-credentials']).toBe('true');
      const preflight = await t.http
        .options('/api/auth/login')
        .set('Origin', 'http://web.test')
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'content-type,authorization');
      expect(preflight.status).toBeLessThan(300);
      expect(preflight.headers['access-control-allow-origin']).toBe('http://web.test');
    });

    it.each(['http://evil.example', 'null', 'http://web.test.evil.example', 'http://evil.example/http://web.test', 'https://web.test', 'http://web.test:8080'])(
      'refuses the origin %s (no Access-Control-Allow-Origin, on reads and preflights)',
      async (origin) => {
        // (@fastify/cors still sends Allow-Credentials; without Allow-Origin the browser refuses the read anyway.)
        const read = await t.http.get('/api/health').set('Origin', origin);
        expect(read.headers['access-control-allow-origin']).toBeUndefined();
        const preflight = await t.http.options('/api/auth/login').set('Origin', origin).set('Access-Control-Request-Method', 'POST');
        expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      },
    );
  });

  it('sets the refresh cookie HttpOnly, SameSite=Strict and scoped to /api/auth (not Secure over plain HTTP in tests)', async () => {
    const cookie = await loginCookie(t);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\/api\/auth(;|$)/);
    expect(cookie).toMatch(/; Expires=/);
    expect(cookie).not.toMatch(/; Secure/);
    expect(cookie).not.toMatch(/; Domain=/);
  });
});

describe('refresh cookie in production mode', () => {
  let t: TestApp;
  const PRODUCTION = {
    NODE_ENV: 'production',
    JWT_SECRET: 'a-production-like-secret-of-at-least-32-chars',
    LINK_SIGNING_SECRET: 'another-production-like-secret-of-32-chars',
  } as const;
  const saved = Object.fromEntries(Object.keys(PRODUCTION).map((k) => [k, process.env[k]]));
  beforeAll(async () => {
    Object.assign(process.env, PRODUCTION);
    t = await startApp();
  });
  afterAll(async () => {
    await t.close();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it('adds Secure to the cookie it sets and to the one logout clears', async () => {
    const cookie = await loginCookie(t);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    const logout = await t.http.post('/api/auth/logout').set('Cookie', cookie.split(';')[0]!).expect(204);
    const cleared = String(logout.headers['set-cookie']);
    expect(cleared).toMatch(/talents_rt=;/);
    expect(cleared).toMatch(/; Secure/);
    expect(cleared).toMatch(/; Path=\/api\/auth/);
  });

  it('refuses to start with the development JWT secret', async () => {
    const { loadConfig } = await import('../src/common/config/app-config');
    expect(() => loadConfig({ ...process.env, NODE_ENV: 'production', JWT_SECRET: undefined })).toThrow(/JWT_SECRET/);
  });
});
