/**
 * Bulk import bench: `pnpm bench:import` (builds first) or `pnpm --filter @talents/worker run bench:import`.
 * On a throwaway database (created, migrated, dropped) and a BullMQ prefix of its own, it generates a
 * 10,000-row CSV from the template's example row, does what POST /admin/imports/candidates does (file in the
 * store, ImportJob PENDING, `import.requested` outbox event), starts the real worker from dist/ and times until
 * the job is SUCCEEDED (relay → domain-events → imports queue → check → one transaction), then until the 10,000
 * invitation mails are queued. Writes the "Bulk import" section of docs/benchmarks.md. Target: under 60 s.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..', '..');
const require = createRequire(import.meta.url);
const ROWS = Number(process.argv[process.argv.indexOf('--rows') + 1]) || 10_000;
const log = (line) => process.stderr.write(`${line}\n`);

const { createTestDatabase, dropTestDatabase } = require('@talents/db/testing/test-database');
const { createPrismaClient, LocalFileStore } = require('@talents/db');
const { IMPORT_COLUMNS, IMPORT_EXAMPLE_ROW, QUEUE_NAMES } = require('@talents/shared');
const { Queue } = require('bullmq');

function csv(rows) {
  const families = ['DEV', 'DEV|DEVOPS_SECURITY', 'SALES'];
  const lines = [IMPORT_COLUMNS.join(',')];
  for (let i = 0; i < rows; i += 1) {
    const row = {
      ...IMPORT_EXAMPLE_ROW,
      email: `bench.${i}.${randomBytes(3).toString('hex')}@example.fr`,
      last_name: `Martin ${i}`,
      role_families: families[i % families.length],
      skills: `TypeScript:${(i % 5) + 1}|Skill ${i % 400}|SQL`,
      basin_code: i % 3 ? 'LILLE' : 'LENS',
    };
    lines.push(IMPORT_COLUMNS.map((c) => row[c]).join(','));
  }
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}

async function waitFor(check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

function writeReport(r) {
  const file = join(repoRoot, 'docs', 'benchmarks.md');
  const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
  const section = `## Bulk import

A ${ROWS.toLocaleString('en')}-row candidate CSV (${(r.bytes / 2 ** 20).toFixed(1)} MB, the template's columns, 3 skills and 1–2 role
families a row) imported end to end by the real worker: outbox relay → \`domain-events\` → \`imports\` queue → two
streamed passes over the file (count, then check every row with the API's schemas and the database) → one
transaction of bulk \`INSERT … SELECT FROM unnest(…)\` → ${ROWS.toLocaleString('en')} invitation mails queued. Target: under 60 s —
${r.imported < 60_000 ? '**met**' : '**missed**'}.

| measure | time | rows/s |
|---|---|---|
| event recorded → job SUCCEEDED (profiles committed) | ${s(r.imported)} | ${Math.round(ROWS / (r.imported / 1000))} |
| event recorded → every invitation queued | ${s(r.invited)} | ${Math.round(ROWS / (r.invited / 1000))} |

- Machine: ${cpus().length} CPU (${cpus()[0]?.model?.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, PostgreSQL and Redis on the same host
  (load average ${r.load} at the start: the machine is shared), run on ${new Date().toISOString().slice(0, 10)}.
- Command: \`pnpm bench:import\` (builds, then \`node apps/worker/bench/import-bench.mjs\`; \`-- --rows N\` for another size).
- Throwaway database and queue prefix, dropped at the end.
`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\nMeasured figures, each section written by its bench script.\n';
  const start = current.indexOf('## Bulk import');
  const next = start < 0 ? -1 : current.indexOf('\n## ', start + 1);
  const updated = start < 0 ? `${current.trimEnd()}\n\n${section}` : `${current.slice(0, start)}${section}${next < 0 ? '' : current.slice(next + 1)}`;
  writeFileSync(file, updated.endsWith('\n') ? updated : `${updated}\n`);
}

const db = await createTestDatabase('talents_bench_import');
const filesDir = mkdtempSync(join(tmpdir(), 'talents-bench-import-'));
const prefix = `talents-bench-${randomBytes(3).toString('hex')}`;
// The worker's mail processor sends the invitations meanwhile: into the scratch directory, not var/mail.
Object.assign(process.env, { DATABASE_URL: db.url, QUEUE_PREFIX: prefix, FILE_STORE_DIR: filesDir, MAIL_TRANSPORT: 'file', MAIL_DIR: join(filesDir, 'mail'), LOG_LEVEL: process.env.LOG_LEVEL || 'warn', OUTBOX_POLL_MS: '50' });
const { loadConfig } = require('../dist/config');
const { createLogger } = require('../dist/logger');
const { startWorker } = require('../dist/main');
const config = loadConfig();
const prisma = createPrismaClient(db.url, { max: 2 });
const mail = new Queue(QUEUE_NAMES.mail, { connection: { url: config.REDIS_URL }, prefix });
let worker;
try {
  const bytes = csv(ROWS);
  const stored = await new LocalFileStore(filesDir).put('imports', bytes);
  const load = loadavg()[0].toFixed(1);
  log(`${ROWS} rows, ${(bytes.length / 2 ** 20).toFixed(1)} MB; load average ${load}`);
  worker = startWorker(config, createLogger(config));
  const t0 = performance.now();
  const job = await prisma.$transaction(async (tx) => {
    const created = await tx.importJob.create({ data: { fileName: 'bench.csv', storageKey: stored.key } });
    await tx.outboxEvent.create({ data: { type: 'import.requested', aggregateType: 'import', aggregateId: created.id, payload: {} } });
    return created;
  });
  const done = await waitFor(async () => {
    const row = await prisma.importJob.findUnique({ where: { id: job.id } });
    return row.status === 'SUCCEEDED' || row.status === 'FAILED' ? row : null;
  }, 600_000);
  const imported = performance.now() - t0;
  if (done.status !== 'SUCCEEDED') throw new Error(`import ${done.status}: ${done.failureReason ?? `${done.errorCount} bad rows`}`);
  await waitFor(async () => {
    const counts = await mail.getJobCounts();
    return Object.values(counts).reduce((a, b) => a + b, 0) >= ROWS;
  }, 600_000);
  const invited = performance.now() - t0;
  const profiles = await prisma.candidateProfile.count({ where: { importedFromJobId: job.id } });
  if (profiles !== ROWS) throw new Error(`expected ${ROWS} profiles, found ${profiles}`);
  log(`imported in ${(imported / 1000).toFixed(1)} s (${Math.round(ROWS / (imported / 1000))} rows/s); invitations queued after ${(invited / 1000).toFixed(1)} s`);
  writeReport({ bytes: bytes.length, imported, invited, load });
  log('→ docs/benchmarks.md "Bulk import"');
} finally {
  await worker?.stop();
  for (const name of Object.values(QUEUE_NAMES)) {
    const q = new Queue(name, { connection: { url: config.REDIS_URL }, prefix });
    await q.obliterate({ force: true });
    await q.close();
  }
  await mail.close();
  await prisma.$disconnect();
  await dropTestDatabase(db.name);
  rmSync(filesDir, { recursive: true, force: true });
}
