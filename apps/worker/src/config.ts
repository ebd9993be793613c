/**
 * Worker configuration, read from the environment once at start-up and validated. This is the only module that
 * reads process.env; every default is a development-friendly value so `pnpm start` works on a fresh machine.
 */
import { resolve } from 'node:path';
import { z } from 'zod';

/** src/ and dist/ are both three levels below the repository root. */
const repoRoot = resolve(__dirname, '..', '..', '..');

export const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z.url().default('postgresql://postgres@127.0.0.1:5432/talents'),
  /** The relay holds one connection per batch; handlers share the rest. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(5),
  REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  /** Meilisearch when set (as in docker-compose); the PostgreSQL search engine otherwise. */
  MEILI_URL: z.url().optional(),
  MEILI_MASTER_KEY: z.string().optional(),
  /** BullMQ key prefix; tests use a random one per run so that runs never see each other's jobs. */
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, "-" and "_" only')
    .default('talents'),
  /** The API's file store directory (same default): the worker reads uploaded import CSVs from it. */
  FILE_STORE_DIR: z.string().default(resolve(repoRoot, 'var', 'files')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Pause between two polls of the outbox when the previous one found less than a full batch. */
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(500),
  OUTBOX_BATCH: z.coerce.number().int().min(1).max(1000).default(200),
  /** Ceiling of the relay's exponential back-off while Redis or PostgreSQL fails. */
  OUTBOX_MAX_BACKOFF_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** A Redis command slower than this counts as a failure, so a half-open connection cannot stall the relay. */
  REDIS_COMMAND_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(5),
  /** Attempts of a job (its first run included) before BullMQ marks it failed. */
  JOB_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  /** How long a graceful shutdown may take before the process gives up and exits with an error. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
});

export type WorkerConfig = Readonly<z.infer<typeof ConfigSchema>>;

/** Parses the environment; throws one readable error listing every bad variable (never their values). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return Object.freeze(result.data);
}
