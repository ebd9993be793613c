/**
 * Scheduled housekeeping on the `maintenance` queue. Schedules are upserted at start with fixed ids, so any
 * number of worker instances register them idempotently and BullMQ runs each tick once. Each task is idempotent
 * (expiring an already-closed offer does nothing; digests and nudges use dedupe keys per period), so a retried
 * or overlapping run is harmless.
 */
import { expireOffers, type FileStore, type PrismaClient } from '@talents/db';
import { type Job, Queue, type RepeatOptions, Worker } from 'bullmq';
import { errorMessage, type Logger } from '../logger';
import type { MailQueue } from '../mail/mail-queue';
import { QUEUE_NAMES } from '../queues/definitions';
import { consumerConnectionOptions } from '../redis';
import { runAlertDigests } from './alert-digests';
import { runRetention } from './retention';
import { runUnansweredNudges } from './unanswered-nudges';

export interface MaintenanceDeps {
  prisma: PrismaClient;
  logger: Logger;
  /** The clock (tests pass a fake one). */
  now: () => Date;
  /** Digests, nudges and retention warnings queue their mails here. */
  mail: MailQueue;
  /** Where CVs live (deleted when an account is archived). */
  files: FileStore;
}

interface MaintenanceTask {
  /** An interval, or a cron pattern in a time zone (mails go out at 08:00 Paris time, summer and winter). */
  repeat: Pick<RepeatOptions, 'every' | 'pattern' | 'tz'>;
  run(deps: MaintenanceDeps): Promise<Record<string, number>>;
}

const MINUTE = 60_000;
const PARIS = 'Europe/Paris';

export const MAINTENANCE_TASKS: Record<string, MaintenanceTask> = {
  /** Published offers past their end date close as EXPIRED; applicants are told. */
  'expire-offers': { repeat: { every: 15 * MINUTE }, run: async (deps) => ({ closed: await expireOffers(deps.prisma, deps.now()) }) },
  /** DAILY alerts: one digest mail per alert with new matches, every morning. */
  'alert-digest-daily': { repeat: { pattern: '0 8 * * *', tz: PARIS }, run: async (deps) => ({ ...(await runAlertDigests(deps, 'DAILY')) }) },
  /** WEEKLY alerts: on Monday mornings. */
  'alert-digest-weekly': { repeat: { pattern: '0 8 * * 1', tz: PARIS }, run: async (deps) => ({ ...(await runAlertDigests(deps, 'WEEKLY')) }) },
  /** Recruiters hear about applications left unanswered for 7 days or more, on Monday mornings. */
  'nudge-unanswered-applications': { repeat: { pattern: '0 8 * * 1', tz: PARIS }, run: (deps) => runUnansweredNudges(deps) },
  /** Inactive accounts: warning at 24 months, archived (anonymised) 30 days later unless the person logs in. */
  retention: { repeat: { pattern: '0 3 * * *', tz: PARIS }, run: async (deps) => ({ ...(await runRetention(deps)) }) },
};

export async function runMaintenanceTask(name: string, deps: MaintenanceDeps): Promise<Record<string, number>> {
  const task = MAINTENANCE_TASKS[name];
  if (!task) throw new Error(`unknown maintenance task ${name}`);
  const result = await task.run(deps);
  deps.logger.info({ task: name, ...result }, 'maintenance task done');
  return result;
}

export async function registerMaintenanceSchedules(queue: Queue): Promise<void> {
  for (const [name, task] of Object.entries(MAINTENANCE_TASKS)) {
    await queue.upsertJobScheduler(name, task.repeat, {
      name,
      opts: { attempts: 3, backoff: { type: 'exponential', delay: 5000 }, removeOnComplete: { count: 100 }, removeOnFail: { age: 7 * 24 * 3600 } },
    });
  }
}

export function createMaintenance(opts: MaintenanceDeps & { redisUrl: string; prefix: string }): { queue: Queue; worker: Worker } {
  const connection = consumerConnectionOptions(opts.redisUrl);
  const queue = new Queue(QUEUE_NAMES.maintenance, { connection, prefix: opts.prefix });
  const worker = new Worker(QUEUE_NAMES.maintenance, (job: Job) => runMaintenanceTask(job.name, opts), { connection, prefix: opts.prefix, concurrency: 1 });
  worker.on('failed', (job, err) => opts.logger.warn({ task: job?.name, attemptsMade: job?.attemptsMade, err: errorMessage(err) }, 'maintenance task failed'));
  worker.on('error', (err) => opts.logger.debug({ err: errorMessage(err) }, 'maintenance worker error'));
  queue.on('error', (err) => opts.logger.debug({ err: errorMessage(err) }, 'maintenance queue error'));
  return { queue, worker };
}
