/**
 * Worker configuration, read from the environment once at start-up and validated. This is the only module that
 * reads process.env; every default is a development-friendly value so `pnpm start` works on a fresh machine.
 */
import { resolve } from 'node:path';
import { z } from 'zod';

/** src/ or dist/ → the repository root, where the API writes its .eml files too (var/mail). */
const repoRoot = resolve(__dirname, '..', '..', '..');
/** The API embeds the same development value: links signed here verify there. */
export const DEV_LINK_SIGNING_SECRET = 'dev-only-link-secret-change-me-0123456789abcdef';

export const ConfigSchema = z
  .object({
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
    /** The API's file store directory (same default): the worker reads uploaded import CSVs and deletes CVs of archived accounts. */
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
    /** Mail: .eml files in MAIL_DIR (development, tests) or SMTP (production), as in the API. */
    MAIL_TRANSPORT: z.enum(['file', 'smtp']).default('file'),
    MAIL_DIR: z.string().default(resolve(repoRoot, 'var', 'mail')),
    MAIL_FROM: z.string().default('Banque des talents <no-reply@talents.local>'),
    SMTP_URL: z.url().optional(),
    MAIL_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(2),
    /** Non-essential mails (alerts, digests, nudges) one user may receive per Europe/Paris day. */
    MAIL_DAILY_CAP_PER_USER: z.coerce.number().int().min(1).max(1000).default(20),
    /** HMAC secret of the one-click unsubscribe links; the API verifies with the same value. */
    LINK_SIGNING_SECRET: z.string().min(32).default(DEV_LINK_SIGNING_SECRET),
    /** The SPA (links in mails) and the API as the outside world reaches it (List-Unsubscribe). */
    WEB_URL: z.url().default('http://127.0.0.1:5173'),
    API_PUBLIC_URL: z.url().default('http://127.0.0.1:3000'),
  })
  .superRefine((cfg, ctx) => {
    if (cfg.NODE_ENV === 'production' && cfg.LINK_SIGNING_SECRET === DEV_LINK_SIGNING_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['LINK_SIGNING_SECRET'], message: 'must be set to a secret of 32+ characters in production' });
    }
    if (cfg.MAIL_TRANSPORT === 'smtp' && !cfg.SMTP_URL) {
      ctx.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'is required when MAIL_TRANSPORT=smtp' });
    }
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
