/**
 * Fault suite, part 2: Redis dies for 30 s while people use the site (the API keeps answering reads and writes;
 * the outbox keeps every event; when Redis is back each alert is delivered exactly once), and a worker is killed
 * with SIGKILL in the middle of a fan-out job (another worker picks the stalled job up; every notification and
 * mail job exists exactly once).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Redis } from 'ioredis';
import pg from 'pg';
import { freePort } from '../support/processes.mjs';
import { startStack } from '../support/stack.mjs';
import { callApi, candidateWithProfile, createAdmin, publishedOffer, recruiterWithCompany, verifyCompany } from '../support/api-fixtures.mjs';

const OUTAGE_MS = Number(process.env.FAULT_REDIS_OUTAGE_MS) || 30_000;

/** A private redis-server (the shared one is never stopped): AOF with fsync on every write, as in production. */
async function privateRedis(port, dir) {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--dir', dir], { stdio: 'ignore' });
  const client = new Redis({ port, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  for (let i = 0; i < 100; i++) {
    try {
      await client.connect();
      await client.ping();
      client.disconnect();
      return child;
    } catch {
      client.disconnect();
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`redis-server on ${port} did not start`);
}

async function query(url, sql, params = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function eventually(what, probe, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await probe().catch((err) => err.message);
    if (last === true) return;
    if (Date.now() > until) throw new Error(`${what}: not within ${timeoutMs} ms (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

describe('Redis unavailable for 30 s under traffic', () => {
  let stack;
  let redis;
  let port;
  const dir = mkdtempSync(join(tmpdir(), 'talents-fault-redis-'));
  before(async () => {
    port = await freePort();
    redis = await privateRedis(port, dir);
    stack = await startStack({ web: false, redisUrl: `redis://127.0.0.1:${port}` });
  });
  after(async () => {
    await stack?.stop();
    redis?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  test('reads and writes keep working; every published offer reaches the alert exactly once when Redis returns', async () => {
    const { token: adminToken } = await createAdmin(stack);
    const recruiter = await recruiterWithCompany(stack);
    await verifyCompany(stack, adminToken, recruiter.company.id);
    const candidate = await candidateWithProfile(stack);
    await callApi(stack, 'POST', '/alerts', { token: candidate.token, body: { kind: 'OFFERS', name: 'React à Lille', query: 'react', filters: { basin: ['LILLE'] }, frequency: 'INSTANT' }, expect: 201 });
    const offers = [await publishedOffer(stack, recruiter.token, recruiter.company.id, { title: 'Développeur React avant la panne' })];

    redis.kill('SIGKILL');
    const statuses = [];
    const record = async (what, promise) => {
      try {
        statuses.push({ what, status: (await promise).status });
      } catch (err) {
        statuses.push({ what, status: `network error ${err.message}` });
      }
    };
    const api = (method, path, token, body) =>
      fetch(`${stack.apiUrl}/api${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    const started = Date.now();
    let n = 0;
    while (Date.now() - started < OUTAGE_MS) {
      n += 1;
      await record('GET /offers', fetch(`${stack.apiUrl}/api/offers?q=react`));
      await record('GET /notifications', api('GET', '/notifications', candidate.token));
      await record('PUT /candidates/me', api('PUT', '/candidates/me', candidate.token, { ...candidate.profileBody, headline: `Développeuse React, mise à jour ${n}` }));
      if (n % 4 === 1) {
        const offer = await publishedOffer(stack, recruiter.token, recruiter.company.id, { title: `Développeur React pendant la panne ${n}` });
        offers.push(offer);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    const failed = statuses.filter((s) => typeof s.status !== 'number' || s.status >= 300);
    assert.deepEqual(failed, [], 'every request answered 2xx while Redis was down');
    assert.ok(offers.length >= 3, 'offers were published during the outage');
    const [{ pending }] = await query(stack.databaseUrl, `SELECT count(*)::int AS pending FROM outbox_events WHERE published_at IS NULL`);
    assert.ok(pending > 0, 'events wait in the outbox while Redis is down');

    redis = await privateRedis(port, dir);
    await eventually('the outbox drains and every alert is delivered', async () => {
      const rows = await query(stack.databaseUrl, `
        SELECT payload->>'itemId' AS offer, count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE u.email = $1 AND n.type = 'alert.match' GROUP BY 1`, [candidate.email]);
      const [{ left }] = await query(stack.databaseUrl, `SELECT count(*)::int AS left FROM outbox_events WHERE published_at IS NULL`);
      return left === 0 && rows.length === offers.length ? true : { left, delivered: rows.length, offers: offers.length };
    });
    const perOffer = await query(stack.databaseUrl, `
      SELECT payload->>'itemId' AS offer, count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.user_id
      WHERE u.email = $1 AND n.type = 'alert.match' GROUP BY 1`, [candidate.email]);
    assert.deepEqual(perOffer.map((r) => r.offer).sort(), offers.map((o) => o.id).sort(), 'one notification for each offer, none missing');
    assert.ok(perOffer.every((r) => r.n === 1), 'no offer notified twice');
    // And one mail per offer: the mail jobs are keyed by alert and offer.
    await eventually('one alert mail per offer', async () => {
      const mails = readdirSync(stack.mailDir).filter((f) => f.includes('alert.instant'));
      return mails.length === offers.length ? true : { mails: mails.length, offers: offers.length };
    });
  });
});

describe('worker killed in the middle of a fan-out', () => {
  let stack;
  before(async () => {
    stack = await startStack({ web: false });
  });
  after(() => stack?.stop());

  test('another worker takes the stalled job over and every effect exists once', async () => {
    const { token: adminToken } = await createAdmin(stack);
    const recruiter = await recruiterWithCompany(stack);
    await verifyCompany(stack, adminToken, recruiter.company.id);
    // 20,000 saved searches that match everything (1,000 instant, the rest daily), written straight to the
    // database: the fan-out takes a few seconds, long enough to be interrupted.
    await query(stack.databaseUrl, `
      WITH u AS (
        INSERT INTO users (id, email, role, email_verified_at, updated_at)
        SELECT gen_random_uuid(), 'fault.' || g || '@example.fr', 'CANDIDATE', now(), now() FROM generate_series(1, 20000) g
        RETURNING id, email)
      INSERT INTO alerts (id, user_id, kind, name, frequency, updated_at)
      SELECT gen_random_uuid(), u.id, 'OFFERS', 'Tout', CASE WHEN split_part(split_part(u.email, '@', 1), '.', 2)::int <= 1000 THEN 'INSTANT'::"AlertFrequency" ELSE 'DAILY'::"AlertFrequency" END, now()
      FROM u`);
    const offer = await publishedOffer(stack, recruiter.token, recruiter.company.id);

    await eventually('the fan-out has started', async () => {
      const [{ n }] = await query(stack.databaseUrl, `SELECT count(*)::int AS n FROM alert_deliveries WHERE item_id = $1`, [offer.id]);
      return n > 0 || { n };
    }, 60_000);
    const [{ n: before }] = await query(stack.databaseUrl, `SELECT count(*)::int AS n FROM alert_deliveries WHERE item_id = $1`, [offer.id]);
    await stack.worker.kill('SIGKILL');
    assert.ok(before < 20_000, `the worker died mid-job (${before} of 20000 deliveries written)`);

    stack.startWorker();
    await eventually('the job is taken over and finished', async () => {
      const [{ n }] = await query(stack.databaseUrl, `SELECT count(*)::int AS n FROM alert_deliveries WHERE item_id = $1`, [offer.id]);
      return n === 20_000 || { n };
    }, 180_000);
    const [{ notifications, users }] = await query(stack.databaseUrl, `
      SELECT count(*)::int AS notifications, count(DISTINCT user_id)::int AS users FROM notifications
      WHERE type = 'alert.match' AND payload->>'itemId' = $1`, [offer.id]);
    assert.equal(notifications, 1000, 'one notification per instant alert');
    assert.equal(users, 1000);
    const redis = new Redis('redis://127.0.0.1:6379');
    try {
      const keys = [];
      let cursor = '0';
      do {
        const [next, batch] = await redis.scan(cursor, 'MATCH', `${stack.queuePrefix}:mail:*`, 'COUNT', 1000);
        keys.push(...batch);
        cursor = next;
      } while (cursor !== '0');
      const jobs = new Set(keys.map((k) => k.slice(`${stack.queuePrefix}:mail:`.length)).filter((id) => id.includes(offer.id.replace(/:/g, '_')) && !id.includes(':')));
      assert.equal(jobs.size, 1000, 'one mail job per instant alert');
    } finally {
      redis.disconnect();
    }
  });
});
