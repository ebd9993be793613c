import type { ImportJob, ImportRowError } from '@talents/db';
import type { ImportJobView } from '@talents/shared';

export function toImportJobView(job: ImportJob, rowErrors: ImportRowError[] = []): ImportJobView {
  return {
    id: job.id,
    fileName: job.fileName,
    status: job.status,
    total: job.total,
    processed: job.processed,
    errorCount: job.errorCount,
    failureReason: job.failureReason,
    errors: rowErrors.map((e) => ({ rowNumber: e.rowNumber, field: e.field, message: e.message })),
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
