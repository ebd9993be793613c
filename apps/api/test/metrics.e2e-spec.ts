/** GET /api/metrics: what Prometheus scrapes — latency by route pattern (never raw URLs), outbox backlog. */
import { randomUUID } from 'node:crypto';
import { startApp, type TestApp } from './support/app';

describe('GET /metrics', () => {
  describe('without METRICS_TOKEN (development)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startApp();
    });
    afterAll(() => t.close());

    it('reports request latency by route pattern, without the ids of the URL', async () => {
      const id = randomUUID();
      await t.http.get(`/api/offers/${id}`).expect(404);
      const res = await t.http.get('/api/metrics').expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(res.text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/api\/offers\/:id",status_code="404"\} [1-9]/);
      expect(res.text).not.toContain(id);
    });

    it('reports the outbox backlog and the process metrics', async () => {
      const before = await t.prisma.outboxEvent.count({ where: { publishedAt: null } });
      await t.prisma.outboxEvent.create({ data: { aggregateType: 'test', aggregateId: 'metrics', type: 'test.metrics', payload: {} } });
      const res = await t.http.get('/api/metrics').expect(200);
      expect(res.text).toContain(`outbox_unpublished_events ${before + 1}`);
      expect(res.text).toMatch(/outbox_oldest_unpublished_age_seconds \d/);
      expect(res.text).toMatch(/process_resident_memory_bytes \d/);
      await t.prisma.outboxEvent.deleteMany({ where: { aggregateId: 'metrics' } });
    });
  });

  describe('with METRICS_TOKEN', () => {
    let t: TestApp;
    beforeAll(async () => {
      process.env.METRICS_TOKEN = 'scraper-token-0123456789';
      t = await startApp();
    });
    afterAll(async () => {
      delete process.env.METRICS_TOKEN;
      await t.close();
    });

    it('refuses a scraper without the token or with a wrong one', async () => {
      await t.http.get('/api/metrics').expect(401);
      await t.http.get('/api/metrics').set('Authorization', 'Bearer scraper-token-9876543210').expect(401);
    });

    it('serves the metrics with the token', async () => {
      const res = await t.http.get('/api/metrics').set('Authorization', 'Bearer scraper-token-0123456789').expect(200);
      expect(res.text).toContain('# TYPE http_request_duration_seconds histogram');
    });
  });
});
