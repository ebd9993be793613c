/**
 * The `imports` queue's contract: one job per ImportJob row, its id being the import id, so the
 * `import.requested` event delivered twice still yields one job. The payload is the id only: the file, the
 * status and the progress are in PostgreSQL and the file store.
 */
import type { Queue } from 'bullmq';
import { z } from 'zod';
import { QUEUE_NAMES } from '@talents/shared';
import { defineJob } from '../queues/definitions';

export const ImportJobSchema = z.object({ importId: z.uuid() });
export type ImportJobData = z.infer<typeof ImportJobSchema>;

export const importJob = defineJob<ImportJobData>({
  id: 'import-candidates',
  version: 1,
  queue: QUEUE_NAMES.imports,
  schema: ImportJobSchema,
  defaultOptions: {
    backoff: { type: 'exponential', delay: 10_000 },
    removeOnComplete: { age: 7 * 24 * 3600 },
    removeOnFail: { age: 14 * 24 * 3600 },
  },
});

export async function enqueueImport(queue: Queue, importId: string, attempts: number): Promise<void> {
  await queue.add(importJob.id, ImportJobSchema.parse({ importId }), { ...importJob.defaultOptions, jobId: `import-${importId}`, attempts });
}
