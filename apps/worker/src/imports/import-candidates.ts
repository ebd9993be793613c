/**
 * Runs one bulk import (docs/imports.md), all-or-nothing: the file is checked completely first; if any row is
 * wrong nothing is written but the report (every bad row, with its column and a message key), otherwise every
 * account and profile is created in ONE transaction, then one invitation mail per candidate is queued.
 *
 * Idempotent, because BullMQ may run a job again (crash, stalled worker): the status is the checkpoint. A job
 * already SUCCEEDED only re-queues its invitations (deduplicated by job id); FAILED is final; PENDING or RUNNING
 * (a crashed attempt) starts over, and the write transaction re-checks the status under a row lock, so two
 * overlapping runs cannot import twice.
 */
import type { FileStore, PrismaClient } from '@talents/db';
import type { Logger } from '../logger';
import { enqueueMail } from '../mail/mail-job';
import type { MailQueue } from '../mail/mail-queue';
import { ImportFileError } from './csv-reader';
import { type RowError, validateImport } from './import-validation';
import { writeCandidates } from './import-writer';

export interface ImportDeps {
  prisma: PrismaClient;
  files: FileStore;
  /** The `mail` queue (invitations). */
  mail: MailQueue;
  logger: Logger;
  now: () => Date;
  /** Progress is written every this many rows (default 500). */
  progressEvery?: number;
}

export type ImportOutcome = 'succeeded' | 'rows-invalid' | 'file-invalid' | 'already-done' | 'not-found';

export const INVITATION_TEMPLATE = 'import.invitation';
const ERROR_BATCH = 5000;

export async function runImport(importId: string, deps: ImportDeps): Promise<ImportOutcome> {
  const job = await deps.prisma.importJob.findUnique({ where: { id: importId } });
  if (!job) return 'not-found';
  if (job.status === 'SUCCEEDED') {
    // A crash between the commit and the last invitation: queue them again (the same ids, so sent once).
    await enqueueInvitations(deps, importId);
    return 'already-done';
  }
  if (job.status === 'FAILED') return 'already-done';

  const log = deps.logger.child({ importId });
  await deps.prisma.$transaction([
    deps.prisma.importRowError.deleteMany({ where: { jobId: importId } }),
    deps.prisma.importJob.update({ where: { id: importId }, data: { status: 'RUNNING', startedAt: deps.now(), total: 0, processed: 0, errorCount: 0, failureReason: null } }),
  ]);
  const storageKey = job.storageKey;
  const probe = storageKey ? await deps.files.get(storageKey) : null;
  probe?.destroy();
  if (!storageKey || !probe) return fail(deps, importId, 'import.fileMissing', []);

  let outcome;
  try {
    outcome = await validateImport({
      prisma: deps.prisma,
      open: async () => {
        const stream = await deps.files.get(storageKey);
        if (!stream) throw new ImportFileError('import.fileMissing');
        return stream;
      },
      onTotal: async (total) => {
        await deps.prisma.importJob.update({ where: { id: importId }, data: { total } });
      },
      onProgress: async (processed) => {
        await deps.prisma.importJob.update({ where: { id: importId }, data: { processed } });
      },
      progressEvery: deps.progressEvery ?? 500,
    });
  } catch (err) {
    if (!(err instanceof ImportFileError)) throw err;
    log.info({ reason: err.reason }, 'import file refused');
    await fail(deps, importId, err.reason, err.columns.map((c) => ({ rowNumber: 0, field: c.column, message: c.message })));
    await deps.files.delete(storageKey);
    return 'file-invalid';
  }

  if (outcome.errors.length > 0) {
    await fail(deps, importId, null, outcome.errors, outcome.total);
    await deps.files.delete(storageKey);
    log.info({ total: outcome.total, badRows: new Set(outcome.errors.map((e) => e.rowNumber)).size }, 'import refused: invalid rows, nothing imported');
    return 'rows-invalid';
  }

  const imported = await deps.prisma.$transaction(
    async (tx) => {
      const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM import_jobs WHERE id = ${importId}::uuid FOR UPDATE`;
      if (locked?.status !== 'RUNNING') return null;
      const written = await writeCandidates(tx, importId, outcome.rows, deps.now());
      await tx.importJob.update({
        where: { id: importId },
        data: { status: 'SUCCEEDED', processed: outcome.total, total: outcome.total, finishedAt: deps.now(), storageKey: null },
      });
      return written;
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
  if (!imported) return 'already-done';
  // The file held personal data; the profiles now do, so the copy goes (the job is final).
  await deps.files.delete(storageKey);
  await enqueueInvitations(deps, importId);
  log.info({ imported: imported.length }, 'import succeeded');
  return 'succeeded';
}

/** Final FAILED state: the reason for the whole file (or null when rows are at fault) and every row error. */
async function fail(deps: ImportDeps, importId: string, reason: string | null, errors: RowError[], total?: number): Promise<'file-invalid'> {
  for (let start = 0; start < errors.length; start += ERROR_BATCH) {
    await deps.prisma.importRowError.createMany({ data: errors.slice(start, start + ERROR_BATCH).map((e) => ({ jobId: importId, ...e })) });
  }
  const errorCount = new Set(errors.filter((e) => e.rowNumber > 0).map((e) => e.rowNumber)).size;
  await deps.prisma.importJob.update({
    where: { id: importId },
    data: { status: 'FAILED', failureReason: reason, errorCount, finishedAt: deps.now(), storageKey: null, ...(total !== undefined ? { total, processed: total } : {}) },
  });
  return 'file-invalid';
}

/** One essential mail per imported candidate; the template creates the set-password token when it sends. */
async function enqueueInvitations(deps: ImportDeps, importId: string): Promise<void> {
  const users = await deps.prisma.candidateProfile.findMany({ where: { importedFromJobId: importId }, select: { userId: true } });
  for (let start = 0; start < users.length; start += 200) {
    await Promise.all(
      users.slice(start, start + 200).map(({ userId }) =>
        enqueueMail(deps.mail.queue, { template: INVITATION_TEMPLATE, userId, params: { importId }, essential: true }, `import-invitation:${userId}`, deps.mail.attempts),
      ),
    );
  }
}
