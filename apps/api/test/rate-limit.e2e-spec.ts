import { startApp, uniqueEmail, type TestApp } from './support/app';

describe('auth rate limiting', () => {
  let t: TestApp;
  const previous = process.env.AUTH_RATE_LIMIT_MAX;
  beforeAll(async () => {
    process.env.AUTH_RATE_LIMIT_MAX = '3';
    t = await startApp();
  });
  afterAll(async () => {
    process.env.AUTH_RATE_LIMIT_MAX = previous;
    await t.close();
  });

  it('answers 429 once an IP exceeds the login budget, while other routes still answer', async () => {
    const attempt = () => t.http.post('/api/auth/login').send({ email: uniqueEmail(), password: 'Wrong-password-1' });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await attempt()).status);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3)).toEqual([429, 429]);
    await t.http.get('/api/health').expect(200);
  });

  it('throttles guesses at unsubscribe links the same way, per route', async () => {
    const guess = () => t.http.get(`/api/alerts/unsubscribe?token=${'0'.repeat(36)}.${'A'.repeat(43)}`);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await guess()).status);
    expect(statuses).toEqual([400, 400, 400, 429, 429]);
  });
});
