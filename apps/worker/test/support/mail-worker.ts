/** A mail worker on the harness's queue, writing .eml files to a directory of the test's own. */
import { Mailer } from '@talents/mail';
import type { Job, Worker } from 'bullmq';
import type Redis from 'ioredis';
import { DailyMailCap } from '../../src/mail/daily-cap';
import { createMailWorker, type MailProcessorDeps, type MailResult } from '../../src/mail/mail.processor';
import { closeRedis, createCommandConnection } from '../../src/redis';
import type { Harness } from './harness';
import { createMailDir } from './mailbox';

export const LINKS = { webUrl: 'http://web.test', apiPublicUrl: 'http://api.test' };

export interface TestMailWorker {
  worker: Worker;
  dir: string;
  cap: DailyMailCap;
  deps: MailProcessorDeps;
  /** Resolves with the job's final outcome (a failed attempt that will be retried is not final). */
  settled(jobId: string): Promise<{ state: 'completed'; result: MailResult } | { state: 'failed'; job: Job; error: Error }>;
  close(): Promise<void>;
}

export function mailDeps(h: Harness, opts: { dir: string; cap: DailyMailCap; mailer?: MailProcessorDeps['mailer']; now?: () => Date }): MailProcessorDeps {
  return {
    prisma: h.prisma,
    mailer: opts.mailer ?? new Mailer({ transport: 'file', dir: opts.dir, from: 'Banque des talents <no-reply@talents.test>' }),
    cap: opts.cap,
    logger: h.logger,
    links: LINKS,
    linkSecret: h.config.LINK_SIGNING_SECRET,
    now: opts.now ?? (() => new Date()),
  };
}

export async function startMailWorker(h: Harness, opts: { capPerUser?: number; mailer?: MailProcessorDeps['mailer']; now?: () => Date } = {}): Promise<TestMailWorker> {
  const dir = createMailDir();
  const redis: Redis = createCommandConnection(h.config.REDIS_URL, h.config.REDIS_COMMAND_TIMEOUT_MS);
  const cap = new DailyMailCap(redis, h.config.QUEUE_PREFIX, opts.capPerUser ?? h.config.MAIL_DAILY_CAP_PER_USER);
  const deps = mailDeps(h, { dir, cap, mailer: opts.mailer, now: opts.now });
  const worker = createMailWorker({ ...deps, redisUrl: h.config.REDIS_URL, prefix: h.config.QUEUE_PREFIX, concurrency: 2 });
  const waiters = new Map<string, (outcome: Awaited<ReturnType<TestMailWorker['settled']>>) => void>();
  const outcomes = new Map<string, Awaited<ReturnType<TestMailWorker['settled']>>>();
  const settle = (id: string, outcome: Awaited<ReturnType<TestMailWorker['settled']>>): void => {
    outcomes.set(id, outcome);
    waiters.get(id)?.(outcome);
  };
  worker.on('completed', (job, result: MailResult) => settle(job.id!, { state: 'completed', result }));
  worker.on('failed', (job, error) => {
    if (job && (job.attemptsMade >= (job.opts.attempts ?? 1) || error.name === 'UnrecoverableError')) settle(job.id!, { state: 'failed', job, error });
  });
  await worker.waitUntilReady();
  return {
    worker,
    dir,
    cap,
    deps,
    settled: (jobId) => {
      const known = outcomes.get(jobId);
      return known ? Promise.resolve(known) : new Promise((resolve) => waiters.set(jobId, resolve));
    },
    async close() {
      await worker.close();
      await closeRedis(redis);
    },
  };
}
