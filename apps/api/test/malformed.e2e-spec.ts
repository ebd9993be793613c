import { adminToken, startApp, type TestApp } from './support/app';

/**
 * Bad input policy: whatever a client sends, the answer is a 4xx in the documented shape with a clear message,
 * never a 5xx, and nothing is written.
 */
describe('malformed payloads', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  const long = 'a'.repeat(10_000);
  const cases: { name: string; path: string; body: unknown; raw?: string; contentType?: string }[] = [
    { name: 'empty object', path: '/api/auth/register', body: {} },
    { name: 'array body', path: '/api/auth/register', body: [1, 2, 3] },
    { name: 'null fields', path: '/api/auth/register', body: { email: null, password: null, role: null } },
    { name: 'numbers for strings', path: '/api/auth/register', body: { email: 42, password: 42, role: 42 } },
    { name: 'objects for strings', path: '/api/auth/register', body: { email: { $ne: '' }, password: { $gt: '' }, role: 'CANDIDATE' } },
    { name: 'unknown role', path: '/api/auth/register', body: { email: 'a@b.fr', password: 'Correct-Horse-42', role: 'ROOT' } },
    { name: 'admin role', path: '/api/auth/register', body: { email: 'a@b.fr', password: 'Correct-Horse-42', role: 'ADMIN' } },
    { name: 'unknown locale', path: '/api/auth/register', body: { email: 'a@b.fr', password: 'Correct-Horse-42', role: 'CANDIDATE', locale: 'de' } },
    { name: 'extra field', path: '/api/auth/register', body: { email: 'a@b.fr', password: 'Correct-Horse-42', role: 'CANDIDATE', emailVerifiedAt: '2020-01-01' } },
    { name: 'prototype pollution', path: '/api/auth/register', raw: '{"email":"a@b.fr","password":"Correct-Horse-42","role":"CANDIDATE","__proto__":{"role":"ADMIN"}}', body: null },
    { name: 'constructor key', path: '/api/auth/register', body: { email: 'a@b.fr', password: 'Correct-Horse-42', role: 'CANDIDATE', constructor: { prototype: { x: 1 } } } },
    { name: 'huge e-mail', path: '/api/auth/register', body: { email: `${long}@b.fr`, password: 'Correct-Horse-42', role: 'CANDIDATE' } },
    { name: 'huge password', path: '/api/auth/register', body: { email: 'a@b.fr', password: `A1-${long}`, role: 'CANDIDATE' } },
    { name: 'e-mail with SQL', path: '/api/auth/register', body: { email: "x'; DROP TABLE users; --@b.fr", password: 'Correct-Horse-42', role: 'CANDIDATE' } },
    { name: 'unicode garbage e-mail', path: '/api/auth/register', body: { email: '\u0000\uFFFF\uD800@b.fr', password: 'Correct-Horse-42', role: 'CANDIDATE' } },
    { name: 'malformed JSON', path: '/api/auth/register', raw: '{"email": "a@b.fr", ', body: null },
    { name: 'wrong content type', path: '/api/auth/register', raw: 'email=a@b.fr', contentType: 'application/x-www-form-urlencoded', body: null },
    { name: 'text body', path: '/api/auth/login', raw: 'hello', contentType: 'text/plain', body: null },
    { name: 'login without password', path: '/api/auth/login', body: { email: 'a@b.fr' } },
    { name: 'login with array e-mail', path: '/api/auth/login', body: { email: ['a@b.fr'], password: 'x' } },
    { name: 'login with extra field', path: '/api/auth/login', body: { email: 'a@b.fr', password: 'x', remember: true } },
    { name: 'verify without token', path: '/api/auth/verify-email', body: {} },
    { name: 'verify with short token', path: '/api/auth/verify-email', body: { token: 'abc' } },
    { name: 'verify with path traversal', path: '/api/auth/verify-email', body: { token: '../../etc/passwd/../../etc/passwd' } },
    { name: 'verify with unknown well-formed token', path: '/api/auth/verify-email', body: { token: 'A'.repeat(43) } },
    { name: 'forgot with bad e-mail', path: '/api/auth/forgot-password', body: { email: 'not-an-email' } },
    { name: 'reset with weak password', path: '/api/auth/reset-password', body: { token: 'A'.repeat(43), password: 'weak' } },
    { name: 'reset with unknown token', path: '/api/auth/reset-password', body: { token: 'B'.repeat(43), password: 'Correct-Horse-42' } },
    { name: 'body over 1 MiB', path: '/api/auth/register', raw: JSON.stringify({ email: 'a@b.fr', password: 'x'.repeat(1_100_000), role: 'CANDIDATE' }), body: null },
  ];

  it.each(cases)('$name → 4xx with the error shape, nothing written', async ({ path, body, raw, contentType }) => {
    const usersBefore = await t.prisma.user.count();
    const req = t.http.post(path).set('Content-Type', contentType ?? 'application/json');
    const res = await req.send(raw ?? JSON.stringify(body));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body).toMatchObject({ statusCode: res.status, error: expect.any(String), message: expect.any(String) });
    expect(JSON.stringify(res.body)).not.toMatch(/stack|prisma|at \w+ \(/i);
    expect(await t.prisma.user.count()).toBe(usersBefore);
  });

  it('rejects malformed query strings and route parameters without a 5xx', async () => {
    const token = await adminToken(t);
    for (const query of ['page=-1', 'page=abc', 'pageSize=1000', 'role=ROOT', 'unknown=1', 'email[$ne]=x', 'page=1&page=2']) {
      const res = await t.http.get(`/api/admin/users?${query}`).set('Authorization', `Bearer ${token}`);
      expect(res.status).toBe(400);
      expect(res.body.details?.length).toBeGreaterThan(0);
    }
  });
});
