/**
 * The only module of the e2e suite that reads the environment. Every default fits the development machine and
 * CI (PostgreSQL and Redis on 127.0.0.1, Debian's Chromium), so `pnpm --filter @talents/e2e test` needs no setup.
 */
import { fileURLToPath } from 'node:url';

const env = process.env;

export const config = Object.freeze({
  /** The repository root, found from this file so that CI can check the repository out anywhere. */
  repoRoot: fileURLToPath(new URL('../../', import.meta.url)),
  /** Where failure screenshots go (git-ignored). */
  artifactsDir: env.E2E_ARTIFACTS_DIR || fileURLToPath(new URL('../test-results/', import.meta.url)),
  chromiumPath: env.E2E_CHROMIUM_PATH || '/usr/bin/chromium',
  /** A maintenance database of the server on which the throwaway `talents_e2e_*` databases are created. */
  adminDatabaseUrl: env.E2E_ADMIN_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres',
  redisUrl: env.E2E_REDIS_URL || 'redis://127.0.0.1:6379',
  /** Keep the database after the run, to look at what a failing journey left behind. */
  keepDatabase: env.E2E_KEEP_DB === '1' || env.E2E_KEEP_DB === 'true',
  /** Show the API, worker and web server output as it happens (it is otherwise printed only on failure). */
  verbose: env.E2E_VERBOSE === '1' || env.E2E_VERBOSE === 'true',
  /** Safety net for start-up only (a process that never answers); journeys themselves wait on elements. */
  startTimeoutMs: Number(env.E2E_START_TIMEOUT_MS) || 90_000,
  /** The environment the servers inherit (PATH, HOME…); the stack overrides every variable it depends on. */
  baseEnv: Object.freeze({ ...env }),
});
