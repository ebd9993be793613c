/**
 * Fault suite, part 1: PostgreSQL drops every connection and refuses new ones for a while (the API answers 503
 * with retry advice, never 500, and recovers without a restart); the search engine is unreachable (talent and
 * offer search degrade or answer 503, never 500, and writes still succeed).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { config } from '../support/config.mjs';
import { freePort } from '../support/processes.mjs';
import { startStack } from '../support/stack.mjs';
import { candidateWithProfile, createAdmin, publishedOffer, recruiterWithCompany, verifyCompany, waitForTalents } from '../support/api-fixtures.mjs';

async function admin(sql) {
  const client = new pg.Client({ connectionString: config.adminDatabaseUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

const get = (stack, path, token) =>
  fetch(`${stack.apiUrl}/api${path}`, { headers: token ? { authorization: `Bearer ${token}`, 'accept-language': 'fr' } : { 'accept-language': 'fr' } });

async function eventually(what, probe, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await probe().catch(() => false)) return;
    if (Date.now() > until) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('PostgreSQL connection drop', () => {
  let stack;
  let dbName;
  before(async () => {
    stack = await startStack({ web: false });
    dbName = new URL(stack.databaseUrl).pathname.slice(1);
  });
  after(async () => {
    await admin(`ALTER DATABASE ${dbName} WITH ALLOW_CONNECTIONS true`).catch(() => {});
    await stack?.stop();
  });

  test('requests fail with 503 while the database is gone and succeed again without a restart', async () => {
    const candidate = await candidateWithProfile(stack);
    assert.equal((await get(stack, '/offers')).status, 200);

    // The outage: every connection of the app's database is cut and new ones are refused.
    await admin(`ALTER DATABASE ${dbName} WITH ALLOW_CONNECTIONS false`);
    await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${dbName}' AND pid <> pg_backend_pid()`);

    const during = [];
    for (const path of ['/offers', '/candidates/me', '/notifications', '/offers', '/candidates/me']) {
      const res = await get(stack, path, path === '/offers' ? undefined : candidate.token);
      during.push({ path, status: res.status, body: await res.json() });
    }
    for (const r of during) {
      assert.equal(r.status, 503, `${r.path} during the outage answered ${r.status}: ${JSON.stringify(r.body)}`);
      assert.match(r.body.message, /Réessayez/, 'the message tells the person to try again');
    }
    const health = await get(stack, '/health');
    assert.equal(health.status, 503);
    assert.equal((await health.json()).db, 'down');

    await admin(`ALTER DATABASE ${dbName} WITH ALLOW_CONNECTIONS true`);
    await eventually('GET /offers answers 200 again', async () => (await get(stack, '/offers')).status === 200);
    assert.equal((await get(stack, '/candidates/me', candidate.token)).status, 200);

    // The worker reconnected too: a profile saved after the outage reaches the search index.
    const { token: adminToken } = await createAdmin(stack);
    const recruiter = await recruiterWithCompany(stack);
    await verifyCompany(stack, adminToken, recruiter.company.id);
    const fresh = await candidateWithProfile(stack, { headline: 'Ingénieure fiabilité après panne', visibility: 'PUBLIC' });
    await waitForTalents(stack, recruiter.token, { q: 'fiabilité' }, (page) => page.items.some((i) => i.id === fresh.profile.id));
  });
});

describe('search engine unreachable', () => {
  let stack;
  before(async () => {
    // Meilisearch configured but nothing listens there: the situation of a search outage in production.
    const port = await freePort();
    const meili = { MEILI_URL: `http://127.0.0.1:${port}`, MEILI_MASTER_KEY: 'fault-suite-meili-key-0123456789' };
    stack = await startStack({ web: false, apiEnv: meili, workerEnv: meili });
  });
  after(() => stack?.stop());

  test('searches degrade or answer 503 with retry advice, never 500, and writes still succeed', async () => {
    const { token: adminToken } = await createAdmin(stack);
    const recruiter = await recruiterWithCompany(stack);
    await verifyCompany(stack, adminToken, recruiter.company.id);
    const offer = await publishedOffer(stack, recruiter.token, recruiter.company.id);
    const candidate = await candidateWithProfile(stack, { visibility: 'PUBLIC' });
    assert.ok(offer.id && candidate.profile.id, 'writes succeed while the index is unreachable');

    for (const [path, token] of [['/offers?q=react', undefined], ['/talents?q=react', recruiter.token], [`/offers/${offer.id}/matches`, recruiter.token], ['/candidates/me/recommendations', candidate.token]]) {
      const res = await get(stack, path, token);
      const body = await res.json();
      assert.ok([200, 503].includes(res.status), `${path} answered ${res.status}: ${JSON.stringify(body)}`);
      if (res.status === 503) assert.match(body.message, /Réessayez/);
    }
    const health = await get(stack, '/health');
    assert.equal(health.status, 200, 'the API stays in the load balancer: search is degraded, not down');
    const report = await health.json();
    assert.equal(report.search, 'down');
    assert.equal(report.status, 'degraded');
    // The offer page itself does not need the index.
    assert.equal((await get(stack, `/offers/${offer.id}`)).status, 200);
  });
});
