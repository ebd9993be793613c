/**
 * Configuration, read from the environment once at start-up and validated. Every default is an embedded,
 * development-friendly value, so `pnpm start` works on a fresh machine; production must set the secrets
 * (checked below), or the process refuses to start with a message naming the variable.
 */
import { resolve } from 'node:path';
import { z } from 'zod';

const repoRoot = resolve(__dirname, '..', '..', '..', '..', '..');
const DEV_JWT_SECRET = 'dev-only-secret-change-me-0123456789abcdef';
/** Same embedded default as the worker's, which signs the links the API verifies. */
const DEV_LINK_SIGNING_SECRET = 'dev-only-link-secret-change-me-0123456789abcdef';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().default('127.0.0.1'),
    DATABASE_URL: z.url().default('postgresql://postgres@127.0.0.1:5432/talents'),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
    MEILI_URL: z.url().optional(),
    MEILI_MASTER_KEY: z.string().optional(),
    WEB_URL: z.url().default('http://127.0.0.1:5173'),
    /** Extra origins allowed by CORS besides WEB_URL (comma-separated). */
    CORS_EXTRA_ORIGINS: z.string().default(''),
    JWT_SECRET: z.string().min(32).default(DEV_JWT_SECRET),
    JWT_ACCESS_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(900),
    /** HMAC secret of mail links (one-click alert unsubscribe); the worker must use the same value. */
    LINK_SIGNING_SECRET: z.string().min(32).default(DEV_LINK_SIGNING_SECRET),
    REFRESH_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
    MAIL_TRANSPORT: z.enum(['file', 'smtp']).default('file'),
    MAIL_DIR: z.string().default(resolve(repoRoot, 'var', 'mail')),
    MAIL_FROM: z.string().default('Banque des talents <no-reply@talents.local>'),
    SMTP_URL: z.url().optional(),
    FILE_STORE_DIR: z.string().default(resolve(repoRoot, 'var', 'files')),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    AUTH_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(20),
    AUTH_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
    /** Failed logins allowed per account (whatever the IP) within LOGIN_ACCOUNT_WINDOW_SECONDS before 429. */
    LOGIN_ACCOUNT_MAX_FAILURES: z.coerce.number().int().min(1).default(10),
    LOGIN_ACCOUNT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
    /** Redis key prefix of the rate-limit counters (deployments sharing one Redis keep theirs apart). */
    RATE_LIMIT_NAMESPACE: z.string().regex(/^[A-Za-z0-9:_-]{1,64}$/).default('talents:rl:'),
    /** BullMQ key prefix of the worker's queues (the same value as the worker's QUEUE_PREFIX). */
    QUEUE_PREFIX: z.string().regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, "-" and "_" only').default('talents'),
    TRUST_PROXY: bool.default(false),
    /** Bearer token Prometheus sends to GET /api/metrics; unset: open in development, 404 in production. */
    METRICS_TOKEN: z.string().min(16).optional(),
    /** Processes started by dist/cluster.js (default: one per core). */
    API_PROCESSES: z.coerce.number().int().min(1).max(64).optional(),
  })
  .superRefine((cfg, ctx) => {
    if (cfg.NODE_ENV === 'production' && cfg.JWT_SECRET === DEV_JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'must be set to a secret of 32+ characters in production' });
    }
    if (cfg.NODE_ENV === 'production' && cfg.LINK_SIGNING_SECRET === DEV_LINK_SIGNING_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['LINK_SIGNING_SECRET'], message: 'must be set to a secret of 32+ characters in production' });
    }
    if (cfg.MAIL_TRANSPORT === 'smtp' && !cfg.SMTP_URL) {
      ctx.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'is required when MAIL_TRANSPORT=smtp' });
    }
  });

export type AppConfig = z.infer<typeof ConfigSchema>;
export const APP_CONFIG = Symbol('APP_CONFIG');

/** Parses the environment; throws one readable error listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}
