import { domainEventJob } from '../src/queues/definitions';
import type { OutboxEventRow } from '../src/queues/domain-event-publisher';
import { createHarness, type Harness, insertEvents, resetOutbox, waitForReady } from './support/harness';

/** Nothing listens on this port: a Redis that is down. */
const DEAD_REDIS_URL = 'redis://127.0.0.1:6390';

describe('outbox relay', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => {
    await h.close();
  });
  beforeEach(async () => {
    await resetOutbox(h.prisma);
    await h.queue.obliterate({ force: true });
  });

  it('publishes each outbox event once, with the event id as job id, and marks it published', async () => {
    const { relay, connection } = h.createRelay();
    await waitForReady(connection);
    const ids = await insertEvents(h.prisma, 3);

    await expect(relay.relayOnce()).resolves.toEqual({ status: 'published', count: 3 });

    const rows = await h.prisma.outboxEvent.findMany({ where: { id: { in: ids } } });
    for (const row of rows) {
      expect(row.publishedAt).toBeInstanceOf(Date);
      expect(row.attempts).toBe(0);
      const job = await h.queue.getJob(row.id);
      expect(job?.id).toBe(row.id);
      expect(job?.name).toBe('user.registered');
      expect(job?.data).toEqual({
        eventId: row.id,
        type: 'user.registered',
        aggregateType: 'user',
        aggregateId: row.aggregateId,
        payload: row.payload,
        createdAt: row.createdAt.toISOString(),
      });
      expect(job?.opts.attempts).toBe(h.config.JOB_ATTEMPTS);
      expect(job?.opts.backoff).toEqual(domainEventJob.defaultOptions.backoff);
      expect(job?.opts.removeOnComplete).toEqual(domainEventJob.defaultOptions.removeOnComplete);
    }
    expect(await h.queue.getWaitingCount()).toBe(3);

    // Nothing left to relay: a second round publishes nothing more.
    await expect(relay.relayOnce()).resolves.toEqual({ status: 'idle' });
    expect(await h.queue.getWaitingCount()).toBe(3);
  });

  it('does not create a second job when the same event is relayed again', async () => {
    const { relay, connection } = h.createRelay();
    await waitForReady(connection);
    const [id] = await insertEvents(h.prisma, 1);
    await relay.relayOnce();
    const first = await h.queue.getJob(id);

    // As if the relay had crashed after publishing but before committing published_at.
    await h.prisma.outboxEvent.update({ where: { id }, data: { publishedAt: null } });
    await expect(relay.relayOnce()).resolves.toEqual({ status: 'published', count: 1 });

    const counts = await h.queue.getJobCounts();
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(1);
    const again = await h.queue.getJob(id);
    expect(again?.timestamp).toBe(first?.timestamp);
    expect((await h.prisma.outboxEvent.findUniqueOrThrow({ where: { id } })).publishedAt).toBeInstanceOf(Date);
  });

  it('keeps events unpublished while Redis is unreachable, counts the attempts, then relays them', async () => {
    const ids = await insertEvents(h.prisma, 2);
    const down = h.createRelay({ redisUrl: DEAD_REDIS_URL });

    const round = await down.relay.relayOnce();
    expect(round).toMatchObject({ status: 'failed', count: 2 });
    await expect(down.relay.relayOnce()).resolves.toMatchObject({ status: 'failed', count: 2 });

    const rows = await h.prisma.outboxEvent.findMany({ where: { id: { in: ids } } });
    for (const row of rows) {
      expect(row.publishedAt).toBeNull();
      expect(row.attempts).toBe(2);
      expect(row.lastError).toMatch(/redis/i);
      // The stored error is short and carries nothing of the event.
      expect(row.lastError!.length).toBeLessThanOrEqual(300);
      expect(row.lastError).not.toContain('candidate');
    }
    expect(await h.queue.getWaitingCount()).toBe(0);

    const up = h.createRelay();
    await waitForReady(up.connection);
    await expect(up.relay.relayOnce()).resolves.toEqual({ status: 'published', count: 2 });
    for (const id of ids) expect(await h.queue.getJob(id)).toBeDefined();
    const after = await h.prisma.outboxEvent.findMany({ where: { id: { in: ids } } });
    expect(after.every((row) => row.publishedAt !== null)).toBe(true);
  });

  it('never publishes the same event from two relays running at the same time', async () => {
    const ids = await insertEvents(h.prisma, 10);
    const published: string[] = [];
    const relays = [h.createRelay({ batchSize: 5 }), h.createRelay({ batchSize: 5 })];
    const finished = relays.map(() => deferred());
    // The first relay to publish holds its claimed batch (and its row locks) until the other relay has done a
    // whole round, so the second claim is guaranteed to happen while the first batch is locked.
    let holder: number | null = null;
    for (const [i, r] of relays.entries()) {
      await waitForReady(r.connection);
      const publish = r.publisher.publish.bind(r.publisher);
      r.publisher.publish = async (events: readonly OutboxEventRow[]) => {
        published.push(...events.map((e) => e.id));
        if (holder === null) {
          holder = i;
          await finished[1 - i].promise;
        }
        await publish(events);
      };
    }

    const rounds = await Promise.all(relays.map((r, i) => r.relay.relayOnce().finally(() => finished[i].resolve())));

    expect(rounds).toEqual([
      { status: 'published', count: 5 },
      { status: 'published', count: 5 },
    ]);
    expect(published).toHaveLength(10);
    expect(new Set(published)).toEqual(new Set(ids));
    expect(await h.queue.getWaitingCount()).toBe(10);
  });

  it('drains the outbox in the background and stops cleanly', async () => {
    const { relay, connection } = h.createRelay({ batchSize: 4 });
    await waitForReady(connection);
    const ids = await insertEvents(h.prisma, 10);

    relay.start();
    while ((await h.prisma.outboxEvent.count({ where: { publishedAt: null } })) > 0) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await relay.stop();

    for (const id of ids) expect(await h.queue.getJob(id)).toBeDefined();
    expect(await h.queue.getWaitingCount()).toBe(10);
  });

  it('keeps retrying in the background while Redis is down, without throwing, and stops cleanly', async () => {
    const [id] = await insertEvents(h.prisma, 1);
    const { relay } = h.createRelay({ redisUrl: DEAD_REDIS_URL });

    relay.start();
    while ((await h.prisma.outboxEvent.findUniqueOrThrow({ where: { id } })).attempts < 3) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await relay.stop();

    const row = await h.prisma.outboxEvent.findUniqueOrThrow({ where: { id } });
    expect(row.publishedAt).toBeNull();
    expect(await h.queue.getJob(id)).toBeUndefined();
  });
});

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
