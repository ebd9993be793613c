/**
 * Scheduled housekeeping on the `maintenance` queue. Schedules are upserted at start with fixed ids, so any
 * number of worker instances register them idempotently and BullMQ runs each tick once. Each task is idempotent
 * (expiring an already-closed offer does nothing), so a retried or overlapping run is harmless.
 */
import { expireOffers, refreshDirtyKpiDays, type PrismaClient } from '@talents/db';
import { type Job, Queue, Worker } from 'bullmq';
import { errorMessage, type Logger } from '../logger';
import { QUEUE_NAMES } from '../queues/definitions';
import { consumerConnectionOptions } from '../redis';

export interface MaintenanceDeps {
  prisma: PrismaClient;
  logger: Logger;
  /** The clock (tests pass a fake one). */
  now: () => Date;
}

interface MaintenanceTask {
  everyMs: number;
  run(deps: MaintenanceDeps): Promise<Record<string, number>>;
}

const MINUTE = 60_000;

export const MAINTENANCE_TASKS: Record<string, MaintenanceTask> = {
  /** Published offers past their end date close as EXPIRED; applicants are told. */
  'expire-offers': { everyMs: 15 * MINUTE, run: async (deps) => ({ closed: await expireOffers(deps.prisma, deps.now()) }) },
  /**
   * KPI daily aggregates: rebuilds the days that writes marked dirty (usually just today), so the API's own
   * refresh before a read finds little or nothing left to do (docs/decisions/0012-kpi-aggregates.md).
   */
  'kpi-aggregates': { everyMs: MINUTE, run: async (deps) => ({ ...(await refreshDirtyKpiDays(deps.prisma)) }) },
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
    await queue.upsertJobScheduler(name, { every: task.everyMs }, {
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
