/**
 * The real stack for one journey file: a throwaway PostgreSQL database with the migrations applied, the built
 * API, the worker and the built SPA behind `vite preview` (which proxies /api to the API, as in production the
 * reverse proxy does). The builds come from `pnpm build`; this file only runs them.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import pg from 'pg';
import { config } from './config.mjs';
import { describeService, freePort, startService, waitUntil } from './processes.mjs';
import { setMailDir } from './mail.mjs';

export { latestMailTo, linkFrom } from './mail.mjs';
export { launchBrowser } from './browser.mjs';
export { checkA11y } from './a11y.mjs';

const run = promisify(execFile);
const root = config.repoRoot;
const BUILDS = ['apps/api/dist/main.js', 'apps/worker/dist/main.js', 'apps/web/dist/index.html'];

/**
 * Starts everything; returns { webUrl, apiUrl, mailDir, databaseUrl, queuePrefix, worker, startWorker(), stop(),
 * logs() }. If a step fails, what was already started is stopped and the database dropped before the error is
 * thrown. Options (for the fault suite): `web: false` skips the SPA; `redisUrl` points API and worker at another
 * Redis; `apiEnv` / `workerEnv` add variables; `startWorker()` starts one more worker instance.
 */
export async function startStack({ web = true, redisUrl = config.redisUrl, apiEnv = {}, workerEnv = {} } = {}) {
  const missing = BUILDS.filter((file) => !existsSync(join(root, file)));
  if (missing.length) {
    throw new Error(`The e2e journeys run the built apps, but ${missing.join(', ')} is missing: run \`pnpm build\` first.`);
  }
  const cleanups = [];
  const services = [];
  // One cleanup, however many callers (stop(), a failed start, SIGINT then SIGTERM): all wait for the same one.
  let cleaning = null;
  const cleanup = () =>
    (cleaning ??= (async () => {
      // Reverse order: servers first, then their mail folder and database.
      for (const fn of cleanups.splice(0).reverse()) await fn().catch((err) => console.error(`e2e cleanup: ${err.message}`));
    })());
  // Interrupted (Ctrl-C, CI cancel): still stop the servers and drop the database, then exit as signalled.
  const onSignal = (signal) => void cleanup().finally(() => process.exit(128 + (signal === 'SIGINT' ? 2 : 15)));
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  cleanups.push(async () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  });

  try {
    const suffix = randomBytes(5).toString('hex');
    const databaseUrl = await createDatabase(`talents_e2e_${suffix}`, cleanups);
    await migrate(databaseUrl);

    const runDir = await mkdtemp(join(tmpdir(), 'talents-e2e-'));
    cleanups.push(() => rm(runDir, { recursive: true, force: true }));
    const mailDir = join(runDir, 'mail');
    setMailDir(mailDir);

    const [apiPort, webPort] = [await freePort(), await freePort()];
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    const webUrl = `http://127.0.0.1:${webPort}`;
    const start = (...args) => {
      const service = startService(...args);
      services.push(service);
      cleanups.push(() => service.stop());
      return service;
    };

    start('api', process.execPath, ['apps/api/dist/main.js'], {
      cwd: root,
      env: {
        NODE_ENV: 'test',
        DATABASE_URL: databaseUrl,
        REDIS_URL: redisUrl,
        HOST: '127.0.0.1',
        PORT: String(apiPort),
        WEB_URL: webUrl,
        MAIL_TRANSPORT: 'file',
        MAIL_DIR: mailDir,
        FILE_STORE_DIR: join(runDir, 'files'),
        LOG_LEVEL: 'warn',
        AUTH_RATE_LIMIT_MAX: '1000',
        ...apiEnv,
      },
    });
    const queuePrefix = `talents_e2e_${suffix}`;
    // Pushed before the worker's stop, so it runs after it: the run leaves no BullMQ keys behind in Redis.
    cleanups.push(() => deleteQueues(queuePrefix));
    let workers = 0;
    const startWorker = () =>
      start(`worker${workers++ ? `-${workers}` : ''}`, process.execPath, ['apps/worker/dist/main.js'], {
        cwd: root,
        env: {
          NODE_ENV: 'test',
          DATABASE_URL: databaseUrl,
          REDIS_URL: redisUrl,
          QUEUE_PREFIX: queuePrefix,
          // Alert mails, digests and nudges land in the same mailbox as the API's; links point at the SPA, whose
          // proxy also serves the one-click unsubscribe URL (/api/...); without the SPA, at the API itself.
          MAIL_TRANSPORT: 'file',
          MAIL_DIR: mailDir,
          WEB_URL: webUrl,
          API_PUBLIC_URL: web ? webUrl : apiUrl,
          // The API's file store: the worker reads the uploaded import CSVs there.
          FILE_STORE_DIR: join(runDir, 'files'),
          LOG_LEVEL: 'warn',
          ...workerEnv,
        },
      });
    const worker = startWorker();
    if (web) {
      // vite.config.ts reads VITE_API_PROXY (loadEnv also sees the process environment) as the /api target.
      start('web', join(root, 'apps/web/node_modules/.bin/vite'), ['preview', '--host', '127.0.0.1', '--port', String(webPort), '--strictPort'], {
        cwd: join(root, 'apps/web'),
        env: { VITE_API_PROXY: apiUrl },
      });
    }

    await waitUntil(`${apiUrl}/api/health`, async () => (await fetch(`${apiUrl}/api/health`)).ok, services);
    if (web) {
      await waitUntil(webUrl, async () => {
        const res = await fetch(`${webUrl}/`);
        return res.ok && (await res.text()).includes('id="root"');
      }, services);
      // Through the proxy too: a wrong VITE_API_PROXY would otherwise surface as a confusing form error.
      await waitUntil(`${webUrl}/api/health (proxied)`, async () => (await fetch(`${webUrl}/api/health`)).ok, services);
    }

    return {
      apiUrl,
      webUrl,
      mailDir,
      databaseUrl,
      queuePrefix,
      /** The first worker's handle (`stop()`, `pid`, `output()`), and a way to start another instance. */
      worker,
      startWorker,
      /** The servers' recent output, to print when a journey fails. */
      logs: () => services.map((s) => describeService(s)).join('\n'),
      /** Stops everything and drops the database; reports a server that died during the run. */
      async stop() {
        const crashed = services.filter((s) => s.crashed());
        await cleanup();
        if (crashed.length) {
          throw new Error(`stopped during the run:\n${crashed.map((s) => describeService(s)).join('\n')}`);
        }
      },
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}

async function createDatabase(name, cleanups) {
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  if (!config.keepDatabase) {
    cleanups.push(() => withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)));
  } else {
    cleanups.push(async () => console.error(`e2e: kept database ${name}`));
  }
  const url = new URL(config.adminDatabaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin(fn) {
  const admin = new pg.Client({ connectionString: config.adminDatabaseUrl });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

/** `prisma migrate deploy` with the project's schema-engine stand-in, exactly as `pnpm db:migrate` does. */
async function migrate(databaseUrl) {
  try {
    await run(join(root, 'node_modules/.bin/prisma'), ['migrate', 'deploy'], {
      cwd: root,
      env: { ...config.baseEnv, DATABASE_URL: databaseUrl },
    });
  } catch (err) {
    throw new Error(`prisma migrate deploy failed:\n${err.stderr || err.stdout || err.message}`);
  }
}

async function deleteQueues(prefix) {
  const redis = new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
