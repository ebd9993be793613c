import { STRONG_PASSWORD, adminToken as createAdmin, signUp, startApp, uniqueEmail, type TestApp } from './support/app';

describe('role guard and operational endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  const adminToken = () => createAdmin(t);

  it('lets only admins list users: 401 anonymous, 403 candidate and recruiter, 200 admin', async () => {
    await t.http.get('/api/admin/users').expect(401);
    const candidate = await signUp(t, 'CANDIDATE');
    const recruiter = await signUp(t, 'RECRUITER');
    const forbidden = await t.http.get('/api/admin/users').set('Authorization', `Bearer ${candidate.accessToken}`).expect(403);
    expect(forbidden.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
    await t.http.get('/api/admin/users').set('Authorization', `Bearer ${recruiter.accessToken}`).expect(403);
    const ok = await t.http
      .get('/api/admin/users')
      .query({ role: 'CANDIDATE', pageSize: 5 })
      .set('Authorization', `Bearer ${await adminToken()}`)
      .expect(200);
    expect(ok.body).toMatchObject({ page: 1, pageSize: 5, total: expect.any(Number) });
    expect(ok.body.items.every((u: { role: string }) => u.role === 'CANDIDATE')).toBe(true);
    expect(ok.body.items[0].passwordHash).toBeUndefined();
  });

  it('rejects a page size over 100 with a field message', async () => {
    const res = await t.http.get('/api/admin/users').query({ pageSize: 500 }).set('Authorization', `Bearer ${await adminToken()}`).expect(400);
    expect(res.body.details[0].field).toBe('pageSize');
  });

  it('cannot register an admin through the public API', async () => {
    const res = await t.http.post('/api/auth/register').send({ email: uniqueEmail(), password: STRONG_PASSWORD, role: 'ADMIN' }).expect(400);
    expect(res.body.details[0].field).toBe('role');
  });

  it('reports each dependency in /api/health', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', db: 'up', redis: 'up', search: 'up' });
  });

  it('serves the OpenAPI document generated from the shared schemas', async () => {
    const res = await t.http.get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/auth/register', '/api/auth/login', '/api/health']));
    const schemas = JSON.stringify(res.body.components.schemas);
    expect(schemas).toContain('CANDIDATE');
  });

  it('sends security headers and allows only the web origin', async () => {
    const res = await t.http.get('/api/health').set('Origin', 'http://web.test').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['access-control-allow-origin']).toBe('http://web.test');
    const other = await t.http.get('/api/health').set('Origin', 'http://evil.example').expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
