/**
 * Authentication abuse (ASVS V2.2, V3.5): password guessing is throttled per IP and per account, forged or
 * tampered access tokens are refused, a replayed refresh token revokes its whole family. The app runs behind a
 * trusted proxy here so each request can claim its own client IP through X-Forwarded-For.
 */
import { JwtService } from '@nestjs/jwt';
import { hashPassword } from '../src/auth/secrets';
import { STRONG_PASSWORD, refreshCookie, startApp, uniqueEmail, type TestApp } from './support/app';

const SAVED = ['AUTH_RATE_LIMIT_MAX', 'LOGIN_ACCOUNT_MAX_FAILURES', 'TRUST_PROXY'] as const;
const DEV_SECRET = 'dev-only-secret-change-me-0123456789abcdef';

describe('authentication abuse', () => {
  let t: TestApp;
  const previous = Object.fromEntries(SAVED.map((k) => [k, process.env[k]]));
  let ipCounter = 0;
  /** A client address no other request of this file used: its per-IP budget is whole. */
  const freshIp = () => `198.51.100.${++ipCounter}`;

  beforeAll(async () => {
    process.env.AUTH_RATE_LIMIT_MAX = '5';
    process.env.LOGIN_ACCOUNT_MAX_FAILURES = '4';
    process.env.TRUST_PROXY = 'true';
    t = await startApp();
  });
  afterAll(async () => {
    for (const k of SAVED) {
      if (previous[k] === undefined) delete process.env[k];
      else process.env[k] = previous[k];
    }
    await t.close();
  });

  /** A verified account written straight to the database (sign-up itself is rate limited). */
  async function account(role: 'CANDIDATE' | 'RECRUITER' | 'ADMIN' = 'CANDIDATE') {
    const email = uniqueEmail('abuse');
    const user = await t.prisma.user.create({ data: { email, role, passwordHash: await hashPassword(STRONG_PASSWORD), emailVerifiedAt: new Date() } });
    return { email, userId: user.id };
  }
  const login = (email: string, password: string, ip = freshIp()) =>
    t.http.post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });

  describe('brute force', () => {
    it('throttles one IP trying many accounts (429 after the per-IP budget)', async () => {
      const ip = freshIp();
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await login(uniqueEmail('spray'), 'Wrong-password-1', ip)).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
      const limited = await login(uniqueEmail('spray'), 'Wrong-password-1', ip).expect(429);
      expect(limited.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests', message: expect.stringContaining('Réessayez') });
      // Another client is not punished for it.
      const other = await account();
      await login(other.email, STRONG_PASSWORD).expect(200);
    });

    it('throttles one account attacked from many IPs, even for the right password, and spares other accounts', async () => {
      const victim = await account();
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await login(victim.email, `Wrong-password-${i}`)).status);
      expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
      // Same answer whatever the password: the throttle tells the attacker nothing about a guess.
      const right = await login(victim.email, STRONG_PASSWORD).expect(429);
      expect(right.body.code).toBe('TOO_MANY_REQUESTS');
      // The address case does not give a fresh budget.
      await login(victim.email.toUpperCase(), STRONG_PASSWORD).expect(429);
      const bystander = await account();
      await login(bystander.email, STRONG_PASSWORD).expect(200);
    });

    it('a successful login clears the account counter', async () => {
      const user = await account();
      for (let i = 0; i < 3; i++) await login(user.email, 'Wrong-password-1').expect(401);
      await login(user.email, STRONG_PASSWORD).expect(200);
      for (let i = 0; i < 3; i++) await login(user.email, 'Wrong-password-1').expect(401);
      await login(user.email, STRONG_PASSWORD).expect(200);
    });

    it('also limits the other guessable auth routes per IP (register, verify e-mail, forgot and reset password, resend)', async () => {
      const routes: [string, () => object][] = [
        ['/api/auth/register', () => ({ email: uniqueEmail('flood'), password: STRONG_PASSWORD, role: 'CANDIDATE' })],
        ['/api/auth/forgot-password', () => ({ email: uniqueEmail('flood') })],
        ['/api/auth/reset-password', () => ({ token: 'A'.repeat(43), password: STRONG_PASSWORD })],
        ['/api/auth/verify-email', () => ({ token: 'A'.repeat(43) })],
        ['/api/auth/resend-verification', () => ({ email: uniqueEmail('flood') })],
      ];
      for (const [path, body] of routes) {
        const ip = freshIp();
        const statuses: number[] = [];
        for (let i = 0; i < 6; i++) statuses.push((await t.http.post(path).set('X-Forwarded-For', ip).send(body())).status);
        expect({ path, last: statuses[5], before: statuses.slice(0, 5).every((s) => s !== 429) }).toEqual({ path, last: 429, before: true });
      }
    });
  });

  describe('access tokens', () => {
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const options = (sub: string) => ({ subject: sub, issuer: 'talents-api', audience: 'talents-web' });

    it('refuses alg none, a wrong key, an expired token, another issuer or audience, and HS512 (all 401)', async () => {
      const user = await account();
      const now = Math.floor(Date.now() / 1000);
      const claims = { sub: user.userId, role: 'ADMIN', iss: 'talents-api', aud: 'talents-web', iat: now, exp: now + 600 };
      const forged = [
        `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`,
        `${b64({ alg: 'NONE', typ: 'JWT' })}.${b64(claims)}.`,
        new JwtService({ secret: 'another-secret-another-secret-0000' }).sign({ role: 'CANDIDATE' }, options(user.userId)),
        new JwtService({ secret: DEV_SECRET }).sign({ role: 'CANDIDATE', exp: now - 60 }, options(user.userId)),
        new JwtService({ secret: DEV_SECRET }).sign({ role: 'CANDIDATE' }, { ...options(user.userId), issuer: 'someone-else' }),
        new JwtService({ secret: DEV_SECRET }).sign({ role: 'CANDIDATE' }, { ...options(user.userId), audience: 'other-app' }),
        new JwtService({ secret: DEV_SECRET }).sign({ role: 'CANDIDATE' }, { ...options(user.userId), algorithm: 'HS512' }),
        new JwtService({ secret: DEV_SECRET }).sign({ role: 'CANDIDATE' }, { issuer: 'talents-api', audience: 'talents-web' }),
        '',
        'Bearer',
        'a.b.c',
      ];
      for (const [i, token] of forged.entries()) {
        const res = await t.http.get('/api/auth/me').set('Authorization', `Bearer ${token}`);
        expect({ i, status: res.status }).toEqual({ i, status: 401 });
      }
    });

    it('refuses a real token whose payload was edited to escalate the role (signature no longer matches)', async () => {
      const user = await account();
      const { body } = await login(user.email, STRONG_PASSWORD).expect(200);
      const [header, payload, signature] = (body.accessToken as string).split('.');
      const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
      expect(claims.role).toBe('CANDIDATE');
      const tampered = `${header}.${b64({ ...claims, role: 'ADMIN' })}.${signature}`;
      await t.http.get('/api/admin/users').set('Authorization', `Bearer ${tampered}`).expect(401);
      await t.http.get('/api/auth/me').set('Authorization', `Bearer ${tampered}`).expect(401);
      await t.http.get('/api/auth/me').set('Authorization', `Bearer ${body.accessToken}`).expect(200);
    });

    it('takes the role from the account, not from the token: a validly signed ADMIN claim on a candidate is 403', async () => {
      const user = await account();
      const signed = new JwtService({ secret: DEV_SECRET }).sign({ role: 'ADMIN' }, options(user.userId));
      await t.http.get('/api/admin/users').set('Authorization', `Bearer ${signed}`).expect(403);
      const me = await t.http.get('/api/auth/me').set('Authorization', `Bearer ${signed}`).expect(200);
      expect(me.body.role).toBe('CANDIDATE');
    });
  });

  describe('refresh tokens', () => {
    it('refuses a token reused after rotation and revokes the whole family in the database', async () => {
      const user = await account();
      const first = refreshCookie(await login(user.email, STRONG_PASSWORD).expect(200));
      const second = refreshCookie(await t.http.post('/api/auth/refresh').set('Cookie', first).expect(200));
      const third = refreshCookie(await t.http.post('/api/auth/refresh').set('Cookie', second).expect(200));
      const replay = await t.http.post('/api/auth/refresh').set('Cookie', first).expect(401);
      // The refusal also clears the cookie in the browser.
      expect(String(replay.headers['set-cookie'])).toMatch(/talents_rt=;/);
      await t.http.post('/api/auth/refresh').set('Cookie', third).expect(401);
      const rows = await t.prisma.refreshToken.findMany({ where: { userId: user.userId } });
      expect(rows).toHaveLength(3);
      expect(new Set(rows.map((r) => r.familyId)).size).toBe(1);
      expect(rows.every((r) => r.revokedAt !== null || r.usedAt !== null)).toBe(true);
      expect(rows.some((r) => r.revokedAt === null && r.usedAt === null)).toBe(false);
    });

    it('a replay in one session leaves the same user’s other sessions (other families) alive', async () => {
      const user = await account();
      const laptop = refreshCookie(await login(user.email, STRONG_PASSWORD).expect(200));
      const phone = refreshCookie(await login(user.email, STRONG_PASSWORD).expect(200));
      await t.http.post('/api/auth/refresh').set('Cookie', laptop).expect(200);
      await t.http.post('/api/auth/refresh').set('Cookie', laptop).expect(401);
      await t.http.post('/api/auth/refresh').set('Cookie', phone).expect(200);
    });

    it('refuses a forged, oversized or malformed refresh cookie with 401', async () => {
      for (const cookie of ['talents_rt=forged-token-value', `talents_rt=${'A'.repeat(5000)}`, 'talents_rt=%00%01', 'talents_rt=']) {
        const res = await t.http.post('/api/auth/refresh').set('Cookie', cookie);
        expect({ cookie: cookie.slice(0, 30), status: res.status }).toEqual({ cookie: cookie.slice(0, 30), status: 401 });
      }
    });
  });
});
