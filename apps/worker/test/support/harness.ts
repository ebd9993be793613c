/**
 * Test harness: real PostgreSQL (the run's throwaway database) and real Redis, under a BullMQ prefix unique to
 * the test file, obliterated when the file ends.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPrismaClient, LocalFileStore, type PrismaClient } from '@talents/db';
import { Indexer, PostgresSearchEngine } from '@talents/search';
import { Queue, type Worker } from 'bullmq';
import type Redis from 'ioredis';
import { loadConfig, type WorkerConfig } from '../../src/config';
import { createMailQueue, type MailQueue } from '../../src/mail/mail-queue';
import { createLogger, type Logger } from '../../src/logger';
import { OutboxRelay } from '../../src/outbox/outbox-relay';
import { createDomainEventsWorker } from '../../src/processors/domain-events.processor';
import type { HandlerRegistry } from '../../src/processors/event-handlers';
import { QUEUE_NAMES } from '../../src/queues/definitions';
import { DomainEventPublisher } from '../../src/queues/domain-event-publisher';
import { closeRedis, consumerConnectionOptions, createProducerConnection } from '../../src/redis';

export interface Harness {
  config: WorkerConfig;
  logger: Logger;
  prisma: PrismaClient;
  /** The indexer over the PostgreSQL search engine (the embedded default). */
  indexer: Indexer;
  engine: PostgresSearchEngine;
  /** Inspection handle on the file's `domain-events` queue (good connection). */
  queue: Queue;
  /** The file's `mail` queue, as handlers and scheduled tasks receive it. */
  mail: MailQueue;
  /** The file's `imports` queue. */
  imports: Queue;
  /** A file store in a temporary directory of this test file. */
  files: LocalFileStore;
  /** A relay with its own producer connection; `redisUrl` lets a test point it at a dead port. */
  createRelay(opts?: { redisUrl?: string; batchSize?: number }): Relay;
  /** A `domain-events` worker over the file's prefix and database (the caller closes it). */
  createWorker(registry: HandlerRegistry, opts?: { concurrency?: number; redisUrl?: string; mail?: MailQueue }): Worker;
  close(): Promise<void>;
}

export interface Relay {
  relay: OutboxRelay;
  publisher: DomainEventPublisher;
  connection: Redis;
}

export async function createHarness(): Promise<Harness> {
  const base = loadConfig();
  const config: WorkerConfig = Object.freeze({ ...base, QUEUE_PREFIX: `${base.QUEUE_PREFIX}-${randomBytes(3).toString('hex')}` });
  const logger = createLogger(config);
  const prisma = createPrismaClient(config.DATABASE_URL, { max: 5, applicationName: 'talents-worker-test' });
  const connections: Redis[] = [];
  const publishers: DomainEventPublisher[] = [];
  const queue = new Queue(QUEUE_NAMES.domainEvents, { connection: consumerConnectionOptions(config.REDIS_URL), prefix: config.QUEUE_PREFIX });
  await queue.waitUntilReady();
  const imports = new Queue(QUEUE_NAMES.imports, { connection: consumerConnectionOptions(config.REDIS_URL), prefix: config.QUEUE_PREFIX });
  const filesDir = mkdtempSync(join(tmpdir(), 'talents-worker-files-'));
  const files = new LocalFileStore(filesDir);
  const engine = new PostgresSearchEngine(prisma);
  const mail = createMailQueue({ redisUrl: config.REDIS_URL, prefix: config.QUEUE_PREFIX, attempts: config.JOB_ATTEMPTS, logger });

  return {
    config,
    logger,
    prisma,
    indexer: new Indexer(prisma, engine),
    engine,
    queue,
    mail,
    imports,
    files,
    createRelay(opts = {}) {
      const connection = createProducerConnection({ url: opts.redisUrl ?? config.REDIS_URL, commandTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS, logger });
      connections.push(connection);
      const publisher = new DomainEventPublisher({ connection, prefix: config.QUEUE_PREFIX, attempts: config.JOB_ATTEMPTS, logger });
      publishers.push(publisher);
      const relay = new OutboxRelay({
        prisma,
        publisher,
        logger,
        batchSize: opts.batchSize ?? config.OUTBOX_BATCH,
        pollMs: config.OUTBOX_POLL_MS,
        maxBackoffMs: config.OUTBOX_MAX_BACKOFF_MS,
        publishTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS,
      });
      return { relay, publisher, connection };
    },
    createWorker(registry, opts = {}) {
      return createDomainEventsWorker({
        redisUrl: opts.redisUrl ?? config.REDIS_URL,
        prefix: config.QUEUE_PREFIX,
        concurrency: opts.concurrency ?? 1,
        registry,
        prisma,
        indexer: new Indexer(prisma, engine),
        mail: opts.mail ?? mail,
        logger,
      });
    },
    async close() {
      for (const q of [queue, mail.queue, imports]) {
        await q.obliterate({ force: true });
        await q.close();
      }
      await Promise.all(publishers.map((p) => p.close()));
      await Promise.all(connections.map((c) => closeRedis(c)));
      await prisma.$disconnect();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

/** Waits until a producer connection is usable, so a test starts from a known state rather than a race. */
export function waitForReady(connection: Redis): Promise<void> {
  if (connection.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => connection.once('ready', () => resolve()));
}

export async function insertEvents(prisma: PrismaClient, count: number, type = 'user.registered'): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const row = await prisma.outboxEvent.create({
      data: { type, aggregateType: 'user', aggregateId: `agg-${i}`, payload: { role: 'candidate', n: i } },
    });
    ids.push(row.id);
  }
  return ids;
}

export async function resetOutbox(prisma: PrismaClient): Promise<void> {
  await prisma.outboxEvent.deleteMany({});
}
