/**
 * KPI latency bench: `pnpm --filter @talents/api run bench:kpis [-- --reuse] [-- --runs N]`.
 * Builds a scratch database talents_bench_kpis (migrate + demo seed of 100,000 candidates and 5,000 companies,
 * offers topped up to 50,000 by duplicating seeded ones), boots the real app in-process from dist/ and times
 * GET /api/admin/kpis (default window: the last 12 months, by week) through Fastify's inject, next to a trivial
 * `SELECT 1` round trip measured in the same run. Also times the daily aggregates' maintenance: a full rebuild
 * (every day marked dirty) and the refresh of one day (what the worker does each minute). Writes the "KPIs"
 * section of docs/benchmarks.md.
 * --reuse skips the rebuild when the database already exists (e.g. to re-measure after adding an index).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ms, percentile, sql, writeSection } from './bench-support.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..', '..');
const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
const reuse = args.includes('--reuse');
const runs = Number(args[args.indexOf('--runs') + 1]) || 20;
const CANDIDATES = 100_000;
const COMPANIES = 5_000;
const OFFERS = 50_000;
const DB = process.env.BENCH_KPIS_DB || 'talents_bench_kpis';
const adminUrl = process.env.BENCH_ADMIN_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
const dbUrl = Object.assign(new URL(adminUrl), { pathname: `/${DB}` }).toString();
const log = (line) => process.stderr.write(`${line}\n`);

async function prepareDatabase() {
  const exists = (await sql(adminUrl, 'SELECT 1 FROM pg_database WHERE datname = $1', [DB])).length > 0;
  if (reuse && exists) return log(`reusing ${DB}`);
  await sql(adminUrl, `DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await sql(adminUrl, `CREATE DATABASE ${DB}`);
  const env = { ...process.env, DATABASE_URL: dbUrl };
  execFileSync(join(repoRoot, 'node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], { cwd: repoRoot, env, stdio: ['ignore', 'ignore', 'inherit'] });
  log(`seeding ${CANDIDATES} candidates, ${COMPANIES} companies (a few minutes)…`);
  execFileSync('node', [join(repoRoot, 'packages/db/dist/seed/cli.js'), '--candidates', String(CANDIDATES), '--companies', String(COMPANIES)], { cwd: repoRoot, env, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** The seed makes about 3 offers per company; duplicate seeded offers (new ids, same dates) up to 50,000. */
async function topUpOffers() {
  const [{ n }] = await sql(dbUrl, 'SELECT count(*)::int AS n FROM offers');
  if (n < OFFERS) {
    const cols = (await sql(dbUrl, `SELECT column_name FROM information_schema.columns WHERE table_name = 'offers' AND column_name <> 'id' ORDER BY ordinal_position`))
      .map((r) => `"${r.column_name}"`).join(', ');
    let missing = OFFERS - n;
    while (missing > 0) {
      const batch = Math.min(missing, n);
      await sql(dbUrl, `INSERT INTO offers (id, ${cols}) SELECT gen_random_uuid(), ${cols} FROM offers ORDER BY id LIMIT ${batch}`);
      missing -= batch;
    }
    log(`offers topped up from ${n} to ${OFFERS}`);
  }
  await sql(dbUrl, 'ANALYZE');
  return sql(dbUrl, `SELECT (SELECT count(*) FROM users WHERE role = 'CANDIDATE')::int AS candidates, (SELECT count(*) FROM companies)::int AS companies,
    (SELECT count(*) FROM offers)::int AS offers, (SELECT count(*) FROM applications)::int AS applications,
    (SELECT count(*) FROM application_status_changes)::int AS status_changes, (SELECT count(*) FROM hires)::int AS hires`);
}


async function time(fn) {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function measure() {
  Object.assign(process.env, { DATABASE_URL: dbUrl, LOG_LEVEL: 'silent', AUTH_RATE_LIMIT_MAX: '100000', MAIL_TRANSPORT: 'file', MAIL_DIR: mkdtempSync(join(tmpdir(), 'bench-mail-')) });
  const dist = join(here, '..', 'dist');
  if (!existsSync(join(dist, 'app.factory.js'))) throw new Error('apps/api/dist is missing: run `pnpm --filter @talents/api build` first');
  const { createApp } = require(join(dist, 'app.factory.js'));
  const { PrismaService } = require(join(dist, 'common/prisma/prisma.service.js'));
  const { hashPassword } = require(join(dist, 'auth/secrets.js'));
  const app = await createApp();
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  try {
    const prisma = app.get(PrismaService);
    const { markAllKpiDaysDirty, refreshDirtyKpiDays } = require(join(repoRoot, 'packages/db/dist/index.js'));
    await markAllKpiDaysDirty(prisma);
    let rebuilt;
    const rebuild = await time(async () => (rebuilt = await refreshDirtyKpiDays(prisma)));
    const today = [];
    for (let i = 0; i < 5; i++) {
      await prisma.$executeRawUnsafe(`INSERT INTO kpi_dirty_days (day) VALUES ((now() AT TIME ZONE 'Europe/Paris')::date) ON CONFLICT DO NOTHING`);
      today.push(await time(() => refreshDirtyKpiDays(prisma)));
    }
    const loadBefore = loadavg()[0];
    const email = `bench.admin.${Date.now()}@example.fr`;
    await prisma.user.create({ data: { email, role: 'ADMIN', passwordHash: await hashPassword('Correct-Horse-42'), emailVerifiedAt: new Date() } });
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'Correct-Horse-42' } });
    if (login.statusCode !== 200) throw new Error(`admin login answered ${login.statusCode}: ${login.body}`);
    const headers = { authorization: `Bearer ${JSON.parse(login.body).accessToken}` };
    const kpis = async (groupBy) => {
      const res = await app.inject({ method: 'GET', url: `/api/admin/kpis?groupBy=${groupBy}`, headers });
      if (res.statusCode !== 200) throw new Error(`GET /admin/kpis answered ${res.statusCode}: ${res.body}`);
      return res;
    };
    for (let i = 0; i < 3; i++) await kpis('week'); // warm-up: JIT, pool connections, PostgreSQL caches
    const select1 = [];
    for (let i = 0; i < runs; i++) select1.push(await time(() => prisma.$queryRaw`SELECT 1`));
    const week = [];
    for (let i = 0; i < runs; i++) week.push(await time(() => kpis('week')));
    const month = [];
    for (let i = 0; i < runs; i++) month.push(await time(() => kpis('month')));
    const doc = JSON.parse((await kpis('week')).body);
    return { select1, week, month, doc, rebuild: { ms: rebuild, days: rebuilt.days }, today, load: [loadBefore, loadavg()[0]] };
  } finally {
    await app.close();
  }
}

function writeReport(counts, r) {
  const file = join(repoRoot, 'docs', 'benchmarks.md');
  const p = (xs) => ({ p50: percentile(xs, 0.5), p95: percentile(xs, 0.95) });
  const [w, m, s, d] = [p(r.week), p(r.month), p(r.select1), p(r.today)];
  const section = `## KPIs

\`GET /api/admin/kpis\` (the whole KPI document, default window: the last 12 months ending today), ${runs} sequential
requests after 3 warm-up requests, through the real app booted in-process (Fastify inject: auth guard, validation,
JSON serialisation included, no network). Target: under 300 ms — ${w.p95 < 300 ? '**met**' : '**missed** (see docs/kpis.md, "Performance")'}.

| measure | p50 | p95 | p50 ÷ \`SELECT 1\` |
|---|---|---|---|
| \`groupBy=week\` | ${ms(w.p50)} | ${ms(w.p95)} | ×${(w.p50 / s.p50).toFixed(0)} |
| \`groupBy=month\` | ${ms(m.p50)} | ${ms(m.p95)} | ×${(m.p50 / s.p50).toFixed(0)} |
| \`SELECT 1\` round trip (same pool) | ${ms(s.p50)} | ${ms(s.p95)} | ×1 |
| aggregates: refresh of today (worker, each minute) | ${ms(d.p50)} | ${ms(d.p95)} | |

- Full rebuild of the daily aggregates (every day marked dirty, e.g. after a bulk import): ${r.rebuild.days} days in
  ${(r.rebuild.ms / 1000).toFixed(1)} s.
- Load average (1 min) on the shared machine: ${r.load[0].toFixed(1)} before the timed requests, ${r.load[1].toFixed(1)} after.
- Data: ${counts.candidates} candidates, ${counts.companies} companies, ${counts.offers} offers (seeded ones duplicated up to ${OFFERS}),
  ${counts.applications} applications, ${counts.status_changes} status changes, ${counts.hires} hires;
  the window held ${r.doc.totals.candidatesRegistered} registrations, ${r.doc.totals.applications} applications and ${r.doc.totals.hires} hires.
- Machine: ${cpus().length} CPU (${cpus()[0]?.model?.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, PostgreSQL on the same host, run on ${new Date().toISOString().slice(0, 10)}.
- Command: \`pnpm --filter @talents/api build && pnpm --filter @talents/api run bench:kpis\` (\`-- --reuse\` to keep the database).
- How: countable figures are summed from the daily aggregates (\`kpi_daily_counts\`, one row per Paris day ×
  figure × key; dirty days are rebuilt first), hires and time to hire are read live; see docs/kpis.md,
  "Performance", and docs/decisions/0012-kpi-aggregates.md. Before (same data, plain SQL over the source tables,
  load average ≈ 18): p50 6181.9 ms, p95 8138.3 ms (week); p50 7459.5 ms, p95 9027.3 ms (month).

`;
  writeSection(file, 'KPIs', section);
  log(`week p50 ${ms(w.p50)} p95 ${ms(w.p95)} · month p50 ${ms(m.p50)} p95 ${ms(m.p95)} · SELECT 1 p50 ${ms(s.p50)} → docs/benchmarks.md`);
}

await prepareDatabase();
const [counts] = await topUpOffers();
writeReport(counts, await measure());
process.exit(0);
