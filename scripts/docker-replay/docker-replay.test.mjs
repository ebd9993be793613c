/**
 * No Docker engine runs here, so the images are checked by replaying their build stage on this machine: the
 * ENV and RUN instructions that follow `COPY . .` in each Dockerfile's `build` stage run as written, with
 * /repo mapped to the checkout and /out to a scratch folder. Then the production tree is started the way the
 * final stage starts it (NODE_ENV=production, only production dependencies): the API migrates a fresh database
 * with the image's own prisma CLI and answers /api/health, the worker starts and stops cleanly on SIGTERM.
 * What cannot be checked here: the base images, apt-get, and `USER node` file permissions.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const require = createRequire(join(repoRoot, 'packages', 'db', 'package.json'));
const { createTestDatabase, dropTestDatabase } = require('./testing/test-database.js');
const scratch = mkdtempSync(join(tmpdir(), 'talents-images-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Instructions of one stage, continuation lines joined, comments dropped. */
function stageInstructions(dockerfile, stage) {
  const lines = readFileSync(join(repoRoot, 'docker', dockerfile), 'utf8').replace(/\\\n/g, ' ').split('\n');
  const out = [];
  let current = null;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const from = /^FROM\s+\S+(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) {
      current = from[1];
      continue;
    }
    if (current === stage) out.push(line);
  }
  return out;
}

/** Runs the build stage's instructions after `COPY . .`; returns the folder that stands for /out. */
function replayBuild(dockerfile) {
  const out = join(scratch, dockerfile.replace(/\..*$/, ''));
  const instructions = stageInstructions(dockerfile, 'build');
  const start = instructions.findIndex((i) => /^COPY\s+\.\s+\.$/.test(i));
  assert.ok(start >= 0, `${dockerfile}: no "COPY . ." in the build stage`);
  const env = { ...process.env, CI: 'true' };
  const map = (s) => s.replaceAll('/repo', repoRoot).replace(/(^|[\s=])\/out(?=[\s/]|$)/g, `$1${out}`);
  for (const instruction of instructions.slice(start + 1)) {
    const [, keyword, rest] = /^(\w+)\s+(.*)$/.exec(instruction);
    if (keyword === 'ENV') {
      for (const [, k, v] of rest.matchAll(/(\w+)=(\S+)/g)) env[k] = map(v);
    } else if (keyword === 'RUN') {
      execFileSync('bash', ['-euo', 'pipefail', '-c', map(rest)], { cwd: repoRoot, env, stdio: ['ignore', 'ignore', 'inherit'] });
    } else {
      assert.fail(`${dockerfile}: unexpected ${keyword} in the build stage; teach docker-replay about it`);
    }
  }
  return out;
}

function finalStage(dockerfile) {
  const text = readFileSync(join(repoRoot, 'docker', dockerfile), 'utf8');
  return [...text.matchAll(/^FROM\s+\S+(?:\s+AS\s+(\S+))?/gim)].map((m) => m[1]).at(-1);
}

function startAndWait(command, args, { cwd, env, ready, timeoutMs = 60_000 }) {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const exited = new Promise((r) => child.on('exit', (code, signal) => r({ code, signal })));
  const until = Date.now() + timeoutMs;
  const wait = async () => {
    while (Date.now() < until) {
      if (await ready(output)) return;
      if (child.exitCode !== null) throw new Error(`exited early (${child.exitCode}):\n${output.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 300));
    }
    throw new Error(`not ready after ${timeoutMs} ms:\n${output.slice(-2000)}`);
  };
  return { child, exited, wait, output: () => output };
}

const productionEnv = (extra) => ({
  PATH: process.env.PATH,
  NODE_ENV: 'production',
  JWT_SECRET: 'image-replay-jwt-secret-0123456789abcdef',
  LINK_SIGNING_SECRET: 'image-replay-link-secret-0123456789abcdef',
  LOG_LEVEL: 'info',
  FILE_STORE_DIR: join(scratch, 'files'),
  MAIL_DIR: join(scratch, 'mail'),
  ...extra,
});

describe('API image', () => {
  test('the build stage produces a production tree that migrates a fresh database and serves /api/health', async () => {
    assert.equal(finalStage('api.Dockerfile'), 'api');
    const out = replayBuild('api.Dockerfile');
    assert.ok(!existsSync(join(out, 'src')) && !existsSync(join(out, 'test')), 'sources and tests are left out of the image');
    assert.ok(!existsSync(join(out, 'node_modules', 'jest')), 'no dev dependency in the image');
    const db = await createTestDatabase('talents_image');
    try {
      // The `migrate` target's command, with /app standing for the production tree.
      execFileSync(join(out, 'node_modules', '.bin', 'prisma'), ['migrate', 'deploy', '--config', join(out, 'prisma.config.ts')], {
        cwd: out,
        env: productionEnv({ DATABASE_URL: db.url, PRISMA_SCHEMA_ENGINE_BINARY: join(out, 'tools/prisma-engine/bin/schema-engine') }),
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      const port = String(3400 + Math.floor(Math.random() * 500));
      const api = startAndWait('node', ['dist/main.js'], {
        cwd: out,
        env: productionEnv({ DATABASE_URL: db.url, PORT: port, HOST: '127.0.0.1', RATE_LIMIT_NAMESPACE: `talents:rl:image-${port}:` }),
        ready: async () => fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false),
      });
      try {
        await api.wait();
        const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
        assert.equal(health.db, 'up');
        const offers = await fetch(`http://127.0.0.1:${port}/api/offers`);
        assert.equal(offers.status, 200, 'a real query runs against the migrated schema');
      } finally {
        api.child.kill('SIGTERM');
        const { code, signal } = await api.exited;
        assert.ok(code === 0 || signal === 'SIGTERM', `API stopped with ${code ?? signal}`);
      }
    } finally {
      await dropTestDatabase(db.name);
    }
  });
});

describe('worker image', () => {
  test('the build stage produces a production tree that starts the worker and stops it cleanly on SIGTERM', async () => {
    assert.equal(finalStage('worker.Dockerfile'), 'worker');
    const out = replayBuild('worker.Dockerfile');
    assert.ok(!existsSync(join(out, 'node_modules', 'jest')), 'no dev dependency in the image');
    const db = await createTestDatabase('talents_image');
    try {
      const worker = startAndWait('node', ['dist/main.js'], {
        cwd: out,
        env: productionEnv({ DATABASE_URL: db.url, QUEUE_PREFIX: `talents-image-${process.pid}` }),
        ready: async (output) => output.includes('worker started'),
      });
      await worker.wait();
      worker.child.kill('SIGTERM');
      const { code } = await worker.exited;
      assert.equal(code, 0, `worker exit code on SIGTERM:\n${worker.output().slice(-1000)}`);
    } finally {
      await dropTestDatabase(db.name);
    }
  });
});

describe('web image', () => {
  test('the build stage leaves static files only, without source maps', () => {
    assert.equal(finalStage('web.Dockerfile'), 'web');
    replayBuild('web.Dockerfile');
    const dist = join(repoRoot, 'apps', 'web', 'dist');
    assert.ok(existsSync(join(dist, 'index.html')));
    const files = readdirSync(dist, { recursive: true }).map(String);
    assert.deepEqual(files.filter((f) => f.endsWith('.map')), []);
    assert.match(readFileSync(join(repoRoot, 'docker', 'nginx.conf'), 'utf8'), /location \/api/);
  });
});
