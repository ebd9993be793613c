/**
 * Two past bulk imports for the admin screen: one that succeeded (its candidates point at it) and one that
 * failed on row errors and therefore imported nothing (imports are all-or-nothing).
 */
import type { Prisma } from '../generated/prisma/client';
import { DAY_MS, type SeedContext } from './context';
import type { Prng } from './prng';

export interface ImportRows {
  succeededJobId: string;
  jobs: Prisma.ImportJobCreateManyInput[];
  rowErrors: Prisma.ImportRowErrorCreateManyInput[];
}

export function buildImports(rng: Prng, ctx: SeedContext, adminId: string): ImportRows {
  const okMs = ctx.launchMs + 90 * DAY_MS;
  const failedMs = ctx.anchorMs - 12 * DAY_MS;
  const succeededJobId = rng.uuidV7(okMs);
  const failedJobId = rng.uuidV7(failedMs);
  return {
    succeededJobId,
    jobs: [
      // total/processed are set once the generated candidates linked to this job are counted.
      { id: succeededJobId, createdById: adminId, fileName: 'wild-code-school-promotion.csv', status: 'SUCCEEDED',
        startedAt: new Date(okMs + 2_000), finishedAt: new Date(okMs + 9_000), createdAt: new Date(okMs) },
      { id: failedJobId, createdById: adminId, fileName: 'pop-school-cohorte.csv', status: 'FAILED', total: 12, processed: 12,
        errorCount: 2, failureReason: 'Le fichier contient des erreurs : aucune ligne importée.',
        startedAt: new Date(failedMs + 2_000), finishedAt: new Date(failedMs + 4_000), createdAt: new Date(failedMs) },
    ],
    rowErrors: [
      { id: rng.uuidV7(failedMs), jobId: failedJobId, rowNumber: 4, field: 'email', message: 'Adresse e-mail invalide.' },
      { id: rng.uuidV7(failedMs), jobId: failedJobId, rowNumber: 9, field: 'consent', message: 'Le consentement du candidat est obligatoire.' },
    ],
  };
}
