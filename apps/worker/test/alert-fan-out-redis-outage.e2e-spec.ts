import { Queue, type Worker } from 'bullmq';
import { createMailQueue, type MailQueue } from '../src/mail/mail-queue';
import { createHandlerRegistry } from '../src/processors/event-handlers';
import { eventHandlers } from '../src/processors/handlers';
import { QUEUE_NAMES } from '../src/queues/definitions';
import { consumerConnectionOptions } from '../src/redis';
import { createAlert, createUser, draftOffer, publishOffer, recruiterWithCompany } from './support/alert-fixtures';
import { createHarness, type Harness, type Relay, resetOutbox, waitForReady } from './support/harness';
import { throwawayRedis, type ThrowawayRedis } from './support/throwaway-redis';

jest.setTimeout(90_000);

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Fault test: the worker's Redis (a private redis-server, never the shared one) dies; an offer is published
 * meanwhile (the API's write does not need Redis: the outbox grows); Redis comes back; the matching alert is
 * delivered exactly once — one delivery, one notification, one mail job.
 */
describe('alert fan-out across a Redis outage', () => {
  let h: Harness;
  let redis: ThrowawayRedis;
  let relay: Relay;
  let worker: Worker;
  let mail: MailQueue;
  let mailInspector: Queue;

  beforeAll(async () => {
    h = await createHarness();
    await resetOutbox(h.prisma);
    redis = await throwawayRedis();
    await redis.start();
    relay = h.createRelay({ redisUrl: redis.url });
    await waitForReady(relay.connection);
    mail = createMailQueue({ redisUrl: redis.url, prefix: h.config.QUEUE_PREFIX, attempts: 3, logger: h.logger });
    worker = h.createWorker(createHandlerRegistry(eventHandlers), { redisUrl: redis.url, mail });
    await worker.waitUntilReady();
    mailInspector = new Queue(QUEUE_NAMES.mail, { connection: consumerConnectionOptions(redis.url), prefix: h.config.QUEUE_PREFIX });
  });
  afterAll(async () => {
    await relay.relay.stop();
    await worker.close();
    await mail.queue.close();
    await mailInspector.close();
    await redis.stop();
    await h.close();
  });

  it('keeps the published offer in the outbox while Redis is down, then delivers the alert exactly once', async () => {
    const recruiter = await recruiterWithCompany(h.prisma);
    const fan = await createUser(h.prisma);
    const alert = await createAlert(h.prisma, fan.id, { query: 'développeur', filters: { roleFamily: ['DEV'] } });
    relay.relay.start();

    await redis.stop();
    const offer = await draftOffer(h.prisma, recruiter.companyId, recruiter.userId);
    const eventId = await publishOffer(h.prisma, offer.id);

    // The outbox holds the event, failed publishing is counted, and nobody has been alerted yet.
    await until(async () => (await h.prisma.outboxEvent.findUniqueOrThrow({ where: { id: eventId } })).attempts >= 2, 'failed relay attempts');
    expect((await h.prisma.outboxEvent.findUniqueOrThrow({ where: { id: eventId } })).publishedAt).toBeNull();
    expect((await h.prisma.offer.findUniqueOrThrow({ where: { id: offer.id } })).status).toBe('PUBLISHED');
    expect(await h.prisma.alertDelivery.count({ where: { alertId: alert.id } })).toBe(0);

    await redis.start();
    const mailJobs = async () => (await mailInspector.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed'])).filter((job) => job.data.alertId === alert.id);
    await until(async () => (await mailJobs()).length > 0, 'the mail job');
    await until(async () => (await h.prisma.outboxEvent.findUniqueOrThrow({ where: { id: eventId } })).publishedAt !== null, 'the event marked published');

    expect(await h.prisma.alertDelivery.count({ where: { alertId: alert.id } })).toBe(1);
    const notifications = await h.prisma.notification.findMany({ where: { userId: fan.id, type: 'alert.match' } });
    expect(notifications).toHaveLength(1);
    expect(notifications[0]!.payload).toMatchObject({ alertId: alert.id, itemId: offer.id });
    const jobs = await mailJobs();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.data).toMatchObject({ template: 'alert.instant', userId: fan.id, params: { itemId: offer.id, kind: 'OFFERS' } });
  });
});
