import { JwtService } from '@nestjs/jwt';
import { latestMailTo, linkToken, mailsTo } from './support/mail';
import { STRONG_PASSWORD, refreshCookie, signUp, startApp, uniqueEmail, type TestApp } from './support/app';

describe('auth journey (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('register → verify through the mailed link → login → me → refresh → logout', async () => {
    const email = uniqueEmail('alice');
    const registered = await t.http
      .post('/api/auth/register')
      .send({ email: email.toUpperCase(), password: STRONG_PASSWORD, role: 'CANDIDATE', locale: 'en' })
      .expect(201);
    expect(registered.body.user).toMatchObject({ email, role: 'CANDIDATE', locale: 'en', emailVerified: false });
    expect(registered.body.user.passwordHash).toBeUndefined();

    const mail = await latestMailTo(email);
    expect(mail.subject).toBe('Confirm your e-mail address');
    const token = linkToken(mail, 'http://web.test/verify-email');

    // Unverified accounts cannot log in yet (but only the right password learns that).
    const early = await t.http.post('/api/auth/login').send({ email, password: STRONG_PASSWORD }).expect(403);
    expect(early.body.code).toBe('EMAIL_NOT_VERIFIED');

    await t.http.post('/api/auth/verify-email').send({ token }).expect(204);
    await t.http.post('/api/auth/verify-email').send({ token }).expect(400);

    const login = await t.http.post('/api/auth/login').send({ email, password: STRONG_PASSWORD }).expect(200);
    expect(login.body.user).toMatchObject({ email, emailVerified: true, candidateProfileId: null, companyIds: [] });
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(/talents_rt=.+; .*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\/api\/auth/);

    const me = await t.http.get('/api/auth/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
    expect(me.body).toMatchObject({ email, role: 'CANDIDATE' });

    const first = refreshCookie(login);
    const refreshed = await t.http.post('/api/auth/refresh').set('Cookie', first).expect(200);
    expect(refreshed.body.accessToken).toEqual(expect.any(String));
    const second = refreshCookie(refreshed);
    expect(second).not.toBe(first);
    await t.http.get('/api/auth/me').set('Authorization', `Bearer ${refreshed.body.accessToken}`).expect(200);

    await t.http.post('/api/auth/logout').set('Cookie', second).expect(204);
    await t.http.post('/api/auth/refresh').set('Cookie', second).expect(401);
  });

  it('a reused refresh token is refused and revokes its whole family', async () => {
    const user = await signUp(t);
    const rotated = await t.http.post('/api/auth/refresh').set('Cookie', user.cookie).expect(200);
    const successor = refreshCookie(rotated);
    await t.http.post('/api/auth/refresh').set('Cookie', user.cookie).expect(401);
    // The thief's replay also kills the legitimate successor: both must log in again.
    await t.http.post('/api/auth/refresh').set('Cookie', successor).expect(401);
    await t.http.post('/api/auth/refresh').expect(401);
  });

  it('does not tell whether an e-mail exists: same 401 for a wrong password and an unknown account', async () => {
    const user = await signUp(t);
    const wrong = await t.http.post('/api/auth/login').send({ email: user.email, password: 'Wrong-password-1' }).expect(401);
    const unknown = await t.http.post('/api/auth/login').send({ email: uniqueEmail('ghost'), password: 'Wrong-password-1' }).expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.message).toBe('E-mail ou mot de passe incorrect.');
  });

  it('refuses a second account with the same e-mail, whatever its case (409)', async () => {
    const email = uniqueEmail('dup');
    await t.http.post('/api/auth/register').send({ email, password: STRONG_PASSWORD, role: 'RECRUITER' }).expect(201);
    const again = await t.http.post('/api/auth/register').send({ email: email.toUpperCase(), password: STRONG_PASSWORD, role: 'CANDIDATE' }).expect(409);
    expect(again.body).toMatchObject({ statusCode: 409, error: 'Conflict', message: 'Un compte existe déjà avec cette adresse e-mail.' });
  });

  it('explains a weak password per field, in French by default and in English on request', async () => {
    const fr = await t.http.post('/api/auth/register').send({ email: uniqueEmail(), password: 'motdepasse', role: 'CANDIDATE' }).expect(400);
    expect(fr.body.details).toEqual([{ field: 'password', message: expect.stringMatching(/trois types de caractères/) }]);
    const en = await t.http
      .post('/api/auth/register')
      .set('Accept-Language', 'en-GB,en;q=0.9')
      .send({ email: uniqueEmail(), password: 'short', role: 'CANDIDATE' })
      .expect(400);
    expect(en.body.details).toContainEqual({ field: 'password', message: 'The password must be at least 10 characters long.' });
  });

  it('refuses an expired verification link', async () => {
    const email = uniqueEmail('late');
    const res = await t.http.post('/api/auth/register').send({ email, password: STRONG_PASSWORD, role: 'CANDIDATE' }).expect(201);
    await t.prisma.oneTimeToken.updateMany({ where: { userId: res.body.user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const token = linkToken(await latestMailTo(email), '/verify-email');
    const refused = await t.http.post('/api/auth/verify-email').send({ token }).expect(400);
    expect(refused.body.message).toBe('Ce lien est invalide ou a expiré.');
  });

  it('resets a forgotten password once, closes open sessions, and answers 204 for unknown e-mails', async () => {
    const user = await signUp(t);
    await t.http.post('/api/auth/forgot-password').send({ email: uniqueEmail('nobody') }).expect(204);
    await t.http.post('/api/auth/forgot-password').send({ email: user.email }).expect(204);
    const token = linkToken(await latestMailTo(user.email), '/reset-password');
    await t.http.post('/api/auth/reset-password').send({ token, password: 'New-Password-2026' }).expect(204);
    await t.http.post('/api/auth/reset-password').send({ token, password: 'Other-Password-2026' }).expect(400);
    await t.http.post('/api/auth/refresh').set('Cookie', user.cookie).expect(401);
    await t.http.post('/api/auth/login').send({ email: user.email, password: STRONG_PASSWORD }).expect(401);
    await t.http.post('/api/auth/login').send({ email: user.email, password: 'New-Password-2026' }).expect(200);
    expect((await mailsTo(user.email)).map((m) => m.subject)).toContain('Votre mot de passe a été modifié');
  });

  it('refuses forged, unsigned and expired access tokens', async () => {
    const user = await signUp(t);
    const header = (alg: string) => Buffer.from(JSON.stringify({ alg, typ: 'JWT' })).toString('base64url');
    const claims = Buffer.from(JSON.stringify({ sub: user.userId, role: 'ADMIN', iss: 'talents-api', aud: 'talents-web', exp: 9999999999 })).toString('base64url');
    const unsigned = `${header('none')}.${claims}.`;
    const wrongKey = new JwtService({ secret: 'another-secret-another-secret-0000' }).sign(
      { role: 'ADMIN' },
      { subject: user.userId, issuer: 'talents-api', audience: 'talents-web' },
    );
    const expired = new JwtService({ secret: 'dev-only-secret-change-me-0123456789abcdef' }).sign(
      { role: 'CANDIDATE', exp: Math.floor(Date.now() / 1000) - 60 },
      { subject: user.userId, issuer: 'talents-api', audience: 'talents-web' },
    );
    for (const token of [unsigned, wrongKey, expired, 'not-a-jwt']) {
      const res = await t.http.get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
      expect(res.body.statusCode).toBe(401);
    }
  });

  it('a suspended account loses access at once', async () => {
    const user = await signUp(t);
    await t.prisma.user.update({ where: { id: user.userId }, data: { suspendedAt: new Date(), suspensionReason: 'test' } });
    await t.http.get('/api/auth/me').set('Authorization', `Bearer ${user.accessToken}`).expect(401);
    await t.http.post('/api/auth/refresh').set('Cookie', user.cookie).expect(401);
    const login = await t.http.post('/api/auth/login').send({ email: user.email, password: STRONG_PASSWORD }).expect(403);
    expect(login.body.code).toBe('ACCOUNT_SUSPENDED');
  });
});
