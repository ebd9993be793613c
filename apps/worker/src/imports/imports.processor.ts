/**
 * Consumer of the `imports` queue: one import at a time per worker process (an import holds a long transaction
 * and thousands of rows in memory; partners upload a few files a week).
 */
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import { errorMessage } from '../logger';
import { consumerConnectionOptions } from '../redis';
import { type ImportDeps, runImport } from './import-candidates';
import { importJob } from './import-job';

export function createImportsWorker(opts: ImportDeps & { redisUrl: string; prefix: string }): Worker {
  const worker = new Worker(
    importJob.queue,
    async (job: Job) => {
      const parsed = importJob.schema.safeParse(job.data);
      if (!parsed.success) throw new UnrecoverableError(`invalid ${importJob.id} v${importJob.version} job`);
      return { outcome: await runImport(parsed.data.importId, opts) };
    },
    // A 10,000-row import checks and writes for seconds: a generous lock keeps it from being declared stalled.
    { connection: consumerConnectionOptions(opts.redisUrl), prefix: opts.prefix, concurrency: 1, lockDuration: 120_000 },
  );
  worker.on('failed', (job, err) => {
    opts.logger.warn({ jobId: job?.id, attemptsMade: job?.attemptsMade, err: errorMessage(err) }, 'import job failed');
    const importId = (job?.data as { importId?: string } | undefined)?.importId;
    if (!job || !importId || job.attemptsMade < (job.opts.attempts ?? 1)) return;
    // Out of attempts: the admin page must not show "running" forever. Nothing was written (one transaction).
    opts.prisma.importJob
      .updateMany({ where: { id: importId, status: { in: ['PENDING', 'RUNNING'] } }, data: { status: 'FAILED', failureReason: 'import.internalError', finishedAt: opts.now() } })
      .catch((updateErr: unknown) => opts.logger.error({ importId, err: errorMessage(updateErr) }, 'import not marked failed'));
  });
  worker.on('error', (err) => opts.logger.debug({ err: errorMessage(err) }, 'imports worker error'));
  return worker;
}
