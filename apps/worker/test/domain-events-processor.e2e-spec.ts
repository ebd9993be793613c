import type { Job, Worker } from 'bullmq';
import { z } from 'zod';
import { createDomainEventsWorker } from '../src/processors/domain-events.processor';
import { createHandlerRegistry, defineEventHandler, type TypedDomainEvent } from '../src/processors/event-handlers';
import { createHarness, type Harness, insertEvents, resetOutbox, waitForReady } from './support/harness';

type Outcome = { state: 'completed'; job: Job } | { state: 'failed'; job: Job; error: Error };

describe('domain-events processor', () => {
  let h: Harness;
  let worker: Worker;
  const seen: TypedDomainEvent<{ role: string }>[] = [];
  let failNextRuns = 0;
  const waiters = new Map<string, (outcome: Outcome) => void>();

  const registered = defineEventHandler({
    id: 'test.record-registration',
    version: 1,
    eventType: 'user.registered',
    payloadSchema: z.object({ role: z.string() }),
    async handle(event) {
      if (failNextRuns > 0) {
        failNextRuns -= 1;
        throw new Error('transient failure');
      }
      seen.push(event);
    },
  });

  /** Resolves on the job's final outcome (a failed attempt that will be retried is not final). */
  function outcomeOf(jobId: string): Promise<Outcome> {
    return new Promise((resolve) => waiters.set(jobId, resolve));
  }

  beforeAll(async () => {
    h = await createHarness();
    worker = createDomainEventsWorker({
      redisUrl: h.config.REDIS_URL,
      prefix: h.config.QUEUE_PREFIX,
      concurrency: 2,
      registry: createHandlerRegistry([registered]),
      prisma: h.prisma,
      indexer: h.indexer,
      mail: h.mail,
      logger: h.logger,
    });
    worker.on('completed', (job) => waiters.get(job.id!)?.({ state: 'completed', job }));
    worker.on('failed', (job, error) => {
      if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) waiters.get(job.id!)?.({ state: 'failed', job, error });
      else if (job && error.name === 'UnrecoverableError') waiters.get(job.id!)?.({ state: 'failed', job, error });
    });
    await worker.waitUntilReady();
  });
  afterAll(async () => {
    await worker.close();
    await h.close();
  });
  beforeEach(async () => {
    seen.length = 0;
    failNextRuns = 0;
    await resetOutbox(h.prisma);
  });

  it('dispatches an event relayed from the outbox to the handler registered for its type', async () => {
    const { relay, connection } = h.createRelay();
    await waitForReady(connection);
    const [id] = await insertEvents(h.prisma, 1);
    const outcome = outcomeOf(id);

    await relay.relayOnce();

    const result = await outcome;
    expect(result.state).toBe('completed');
    expect(result.job.returnvalue).toEqual({ handled: 1 });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ eventId: id, type: 'user.registered', aggregateType: 'user', aggregateId: 'agg-0', payload: { role: 'candidate' } });
  });

  it('acknowledges an event type that has no handler', async () => {
    const jobId = '0197a000-0000-7000-8000-000000000001';
    const outcome = outcomeOf(jobId);
    await h.queue.add('offer.published', validData(jobId, 'offer.published'), { jobId });

    const result = await outcome;
    expect(result.state).toBe('completed');
    expect(result.job.returnvalue).toEqual({ handled: 0 });
    expect(seen).toHaveLength(0);
  });

  it('fails a job with an invalid payload at once, without retrying, and keeps it visible as failed', async () => {
    const jobId = 'invalid-payload-1';
    const outcome = outcomeOf(jobId);
    await h.queue.add('user.registered', { eventId: 'not-a-uuid', type: 'user.registered' }, { jobId, attempts: 5 });

    const result = await outcome;
    expect(result.state).toBe('failed');
    const job = await h.queue.getJob(jobId);
    expect(await job?.getState()).toBe('failed');
    expect(job?.attemptsMade).toBe(1);
    expect(job?.failedReason).toMatch(/invalid domain-event v1 job: eventId/);
    expect(seen).toHaveLength(0);
  });

  it("fails a job whose payload the handler's schema rejects", async () => {
    const jobId = '0197a000-0000-7000-8000-000000000002';
    const outcome = outcomeOf(jobId);
    await h.queue.add('user.registered', { ...validData(jobId, 'user.registered'), payload: { role: 42 } }, { jobId });

    const result = await outcome;
    expect(result.state).toBe('failed');
    expect((await h.queue.getJob(jobId))?.failedReason).toMatch(/payload rejected by test\.record-registration v1: role/);
    expect(seen).toHaveLength(0);
  });

  it('retries a job whose handler throws, then completes it', async () => {
    failNextRuns = 1;
    const jobId = '0197a000-0000-7000-8000-000000000003';
    const outcome = outcomeOf(jobId);
    await h.queue.add('user.registered', validData(jobId, 'user.registered'), { jobId, attempts: 3, backoff: { type: 'fixed', delay: 10 } });

    const result = await outcome;
    expect(result.state).toBe('completed');
    expect(result.job.attemptsMade).toBe(2);
    expect(seen.map((e) => e.eventId)).toEqual([jobId]);
  });
});

function validData(eventId: string, type: string) {
  return { eventId, type, aggregateType: 'user', aggregateId: 'agg-x', payload: { role: 'company' }, createdAt: new Date().toISOString() };
}
