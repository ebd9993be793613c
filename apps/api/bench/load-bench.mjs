/**
 * Load suite: `pnpm bench:load [-- --reuse] [-- --candidates N] [-- --duration S] [-- --connections 50,200]`.
 *
 * Builds a scratch database talents_bench_load (migrate, demo seed of 100,000 candidates by default, search
 * reindex), starts the real API from dist/ in 2 processes (dist/cluster.js, Node's cluster module: any process
 * answers any request, which is the point — the API is stateless), and drives it with autocannon: a mix of
 * public offer search, talent search (recruiter), candidate profile reads (recruiter) and application writes
 * (candidates, each pair applied once), for S seconds at each connection count. In the same run, at the same
 * connection counts, a raw Fastify "hello" server on this machine gives the ceiling; each figure is reported
 * beside it as a ratio. Writes the "Load" section of docs/benchmarks.md.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine, percentile, writeBenchSection } from '../../../scripts/bench-report.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..', '..');
const require = createRequire(import.meta.url);
const { Client } = require('pg');
const autocannon = require('autocannon');

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const reuse = args.includes('--reuse');
const CANDIDATES = Number(opt('candidates', 100_000));
const COMPANIES = Math.max(40, Math.round(CANDIDATES / 20));
const DURATION = Number(opt('duration', 60));
const CONNECTIONS = String(opt('connections', '50,200')).split(',').map(Number);
const PROCESSES = Number(opt('processes', 2));
const DB = 'talents_bench_load';
const API_PORT = 3191;
const HELLO_PORT = 3190;
const adminUrl = process.env.BENCH_ADMIN_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
const dbUrl = Object.assign(new URL(adminUrl), { pathname: `/${DB}` }).toString();
const log = (line) => process.stderr.write(`${line}\n`);

async function sql(url, text, params = []) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

async function prepareDatabase() {
  const exists = (await sql(adminUrl, 'SELECT 1 FROM pg_database WHERE datname = $1', [DB])).length > 0;
  if (reuse && exists) {
    // A reused database still gets the migrations added since it was seeded.
    execFileSync(join(repoRoot, 'node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], { cwd: repoRoot, env: { ...process.env, DATABASE_URL: dbUrl }, stdio: ['ignore', 'ignore', 'inherit'] });
    return log(`reusing ${DB}`);
  }
  await sql(adminUrl, `DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await sql(adminUrl, `CREATE DATABASE ${DB}`);
  const env = { ...process.env, DATABASE_URL: dbUrl };
  execFileSync(join(repoRoot, 'node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], { cwd: repoRoot, env, stdio: ['ignore', 'ignore', 'inherit'] });
  log(`seeding ${CANDIDATES} candidates, ${COMPANIES} companies…`);
  execFileSync('node', [join(repoRoot, 'packages/db/dist/seed/cli.js'), '--candidates', String(CANDIDATES), '--companies', String(COMPANIES)], { cwd: repoRoot, env, stdio: ['ignore', 'ignore', 'inherit'] });
  log('building the search index…');
  execFileSync('node', [join(repoRoot, 'apps/api/dist/cli.js'), 'reindex'], { cwd: repoRoot, env: { ...env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'inherit'] });
  await sql(dbUrl, 'ANALYZE');
}

function startProcess(name, command, argv, env) {
  const child = spawn(command, argv, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr.on('data', (chunk) => log(`[${name}] ${String(chunk).trim()}`));
  return child;
}

async function waitFor(url) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer in 60 s`);
}

const HELLO = `
const app = require('fastify')();
app.get('/', async () => ({ hello: 'world' }));
app.listen({ port: ${HELLO_PORT}, host: '127.0.0.1' });`;

async function login(base, email, password) {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!res.ok) throw new Error(`login ${email} answered ${res.status}`);
  return (await res.json()).accessToken;
}

/** The request mix: ids and tokens gathered once, then each request drawn at random with fixed weights. */
async function buildMix(base) {
  const recruiter = await login(base, 'recruiter@talents.local', 'Recruiter-demo-2026!');
  const profiles = (await sql(dbUrl, `SELECT id FROM candidate_profiles WHERE visibility <> 'HIDDEN' ORDER BY id LIMIT 2000`)).map((r) => r.id);
  const offers = (await sql(dbUrl, `SELECT id FROM offers WHERE status = 'PUBLISHED' ORDER BY id LIMIT 200`)).map((r) => r.id);
  const applicants = (await sql(dbUrl, `
    SELECT u.email FROM users u JOIN candidate_profiles p ON p.user_id = u.id
    WHERE u.role = 'CANDIDATE' AND u.email_verified_at IS NOT NULL AND u.suspended_at IS NULL AND u.email LIKE '%@%'
      AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = p.id)
    ORDER BY u.created_at LIMIT 200`)).map((r) => r.email);
  const tokens = [];
  for (const email of applicants) tokens.push(await login(base, email, 'Candidate-demo-2026!'));
  log(`mix: ${profiles.length} profiles, ${offers.length} offers, ${tokens.length} applicants`);

  const words = ['développeur', 'devops', 'react', 'typescript', 'securite', 'commercial', 'java', 'cloud', 'python', 'data', 'kubernetes', 'vente'];
  const basins = ['LILLE', 'ROUBAIX_TOURCOING', 'AMIENS', 'VALENCIENNES', 'ARRAS', 'DUNKERQUE'];
  const families = ['DEV', 'DEVOPS_SECURITY', 'SALES'];
  const pick = (xs) => xs[Math.floor(Math.random() * xs.length)];
  let nextPair = 0; // application writes walk (applicant, offer) pairs in order: each pair applies once
  const auth = (token) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
  const kinds = [
    [0.35, () => ({ method: 'GET', path: `/api/offers?${new URLSearchParams({ ...(Math.random() < 0.7 ? { q: pick(words) } : {}), ...(Math.random() < 0.5 ? { basin: pick(basins) } : {}) })}` })],
    [0.3, () => ({ method: 'GET', path: `/api/talents?${new URLSearchParams({ ...(Math.random() < 0.7 ? { q: pick(words) } : {}), roleFamily: pick(families), ...(Math.random() < 0.4 ? { basin: pick(basins) } : {}) })}`, headers: auth(recruiter) })],
    [0.25, () => ({ method: 'GET', path: `/api/candidates/${pick(profiles)}`, headers: auth(recruiter) })],
    [0.1, () => {
      const i = nextPair++;
      const token = tokens[i % tokens.length];
      const offer = offers[Math.floor(i / tokens.length) % offers.length];
      return { method: 'POST', path: `/api/offers/${offer}/applications`, headers: auth(token), body: JSON.stringify({ message: 'Candidature de test de charge' }) };
    }],
  ];
  const mix = () => {
    let r = Math.random();
    for (const [weight, make] of kinds) {
      if ((r -= weight) <= 0) return make();
    }
    return kinds[0][1]();
  };
  const names = ['offer search', 'talent search', 'profile read', 'application write'];
  return { mix, single: Object.fromEntries(kinds.map(([, make], i) => [names[i], make])) };
}

/** One autocannon run; latencies come from every response (autocannon's own summary has no p95). */
function run(url, connections, setupRequest, duration = DURATION) {
  return new Promise((resolveRun, reject) => {
    const latencies = [];
    const statuses = {};
    const instance = autocannon(
      { url, connections, duration, requests: setupRequest ? [{ setupRequest: (req) => ({ ...req, ...setupRequest() }) }] : undefined },
      (err, result) => {
        if (err) return reject(err);
        const total = latencies.length;
        const non2xx = Object.entries(statuses).filter(([s]) => !s.startsWith('2')).reduce((n, [, c]) => n + c, 0);
        resolveRun({
          rps: total / duration,
          p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99),
          total, errors: result.errors + result.timeouts, non2xx, statuses,
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
}

await prepareDatabase();
const [counts] = await sql(dbUrl, `SELECT (SELECT count(*) FROM candidate_profiles)::int AS candidates, (SELECT count(*) FROM offers WHERE status = 'PUBLISHED')::int AS offers`);
const hello = startProcess('hello', 'node', ['-e', HELLO], { NODE_PATH: join(repoRoot, 'apps/api/node_modules') });
const api = startProcess('api', 'node', ['apps/api/dist/cluster.js'], {
  API_PROCESSES: String(PROCESSES), PORT: String(API_PORT), DATABASE_URL: dbUrl, LOG_LEVEL: 'warn', NODE_ENV: 'development',
  AUTH_RATE_LIMIT_MAX: '1000000', RATE_LIMIT_NAMESPACE: `talents:rl:bench-${Date.now()}:`, MAIL_DIR: mkdtempSync(join(tmpdir(), 'bench-mail-')),
});
const rows = [];
const perKind = [];
const PER_KIND_S = Number(opt('per-kind', 15));
try {
  await waitFor(`http://127.0.0.1:${HELLO_PORT}/`);
  await waitFor(`http://127.0.0.1:${API_PORT}/api/health`);
  const { mix: next, single } = await buildMix(`http://127.0.0.1:${API_PORT}`);
  // Each kind of request alone, briefly, at the lowest connection count: where the mix spends its time.
  if (PER_KIND_S > 0) {
    for (const [name, make] of Object.entries(single)) {
      log(`${name} alone, ${CONNECTIONS[0]} connections, ${PER_KIND_S} s…`);
      const r = await run(`http://127.0.0.1:${API_PORT}`, CONNECTIONS[0], make, PER_KIND_S);
      log(`  ${r.rps.toFixed(0)} req/s, p50 ${r.p50} p95 ${r.p95} ms, errors ${r.errors}, non-2xx ${r.non2xx}`);
      perKind.push({ name, r });
    }
  }
  for (const connections of CONNECTIONS) {
    log(`hello world, ${connections} connections, ${DURATION} s…`);
    const h = await run(`http://127.0.0.1:${HELLO_PORT}`, connections);
    log(`  ${h.rps.toFixed(0)} req/s, p95 ${h.p95} ms`);
    log(`API mix, ${connections} connections, ${DURATION} s…`);
    const a = await run(`http://127.0.0.1:${API_PORT}`, connections, next);
    log(`  ${a.rps.toFixed(0)} req/s, p50 ${a.p50} p95 ${a.p95} p99 ${a.p99} ms, errors ${a.errors}, non-2xx ${a.non2xx} ${JSON.stringify(a.statuses)}`);
    rows.push({ connections, h, a });
  }
} finally {
  api.kill('SIGTERM');
  hello.kill('SIGTERM');
}

const fmt = (x) => (Number.isFinite(x) ? `${Math.round(x)}` : '—');
const ratio = (x) => (Number.isFinite(x) ? x.toPrecision(2) : '—');
const table = rows.map(({ connections, h, a }) =>
  `| ${connections} | API mix (${PROCESSES} processes) | ${fmt(a.rps)} | ${fmt(a.p50)} | ${fmt(a.p95)} | ${fmt(a.p99)} | ${a.errors + a.non2xx} | ${ratio(a.rps / h.rps)} |\n` +
  `| ${connections} | raw Fastify "hello" (1 process) | ${fmt(h.rps)} | ${fmt(h.p50)} | ${fmt(h.p95)} | ${fmt(h.p99)} | ${h.errors + h.non2xx} | 1 |`).join('\n');
writeBenchSection('Load', `
autocannon against the real API started from \`dist/cluster.js\` with ${PROCESSES} processes (Node cluster: connections
are handed to the processes in turn, so consecutive requests of one client land on different processes — it works
because the API keeps no state in memory). Each row ran for ${DURATION} s. The mix: 35 % public offer search
(\`GET /api/offers\`, text and/or basin), 30 % talent search as a verified recruiter (\`GET /api/talents\`, role family,
text and/or basin), 25 % candidate profile reads (\`GET /api/candidates/:id\`, audited), 10 % application writes
(\`POST /api/offers/:id/applications\` by ${'200'} candidates, each (candidate, offer) pair once). Latencies in ms,
from every response. The ratio column is the API's throughput divided by the raw Fastify "hello" throughput
measured at the same connection count in the same run (the machine's ceiling for an HTTP round trip).

| connections | target | req/s | p50 | p95 | p99 | errors + non-2xx | req/s ÷ hello |
|---|---|---|---|---|---|---|---|
${table}

${perKind.length ? `Each kind of request alone, ${PER_KIND_S} s at ${CONNECTIONS[0]} connections (same run, same processes):

| request | req/s | p50 | p95 | p99 | errors + non-2xx |
|---|---|---|---|---|---|
${perKind.map(({ name, r }) => `| ${name} | ${fmt(r.rps)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${r.errors + r.non2xx} |`).join('\n')}
` : ''}
- Data: ${counts.candidates} candidate profiles, ${counts.offers} published offers (demo seed), PostgreSQL search engine.
- Machine: ${machine()}; the load generator runs on the same 2 cores as the API, PostgreSQL and Redis.
- Command: \`pnpm build && pnpm bench:load\` (\`-- --reuse\` keeps the seeded database; \`-- --duration 20\` for a quick look).
`);
log('→ docs/benchmarks.md');
process.exit(0);
