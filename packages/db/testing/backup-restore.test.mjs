/**
 * The backup procedure of docs/operations.md, run for real on demo data: pg_dump (custom format) of a seeded
 * database, pg_restore into an empty one, then the restored database must hold the same rows and still enforce
 * what lives in the schema rather than in the data (extensions, the append-only audit-log trigger).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
const { createTestDatabase, dropTestDatabase } = require('./test-database.js');

const seedCli = resolve(import.meta.dirname, '..', 'dist', 'seed', 'cli.js');
const adminUrl = process.env.TEST_ADMIN_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
const work = mkdtempSync(join(tmpdir(), 'talents-backup-'));
let source;
let restored;

async function withClient(url, fn) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Row count of every table of the public schema, by name. */
async function rowCounts(url) {
  return withClient(url, async (client) => {
    const { rows } = await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    const counts = {};
    for (const { tablename } of rows) {
      counts[tablename] = Number((await client.query(`SELECT count(*) AS n FROM "${tablename}"`)).rows[0].n);
    }
    return counts;
  });
}

before(async () => {
  source = await createTestDatabase('talents_backup_src');
  execFileSync(process.execPath, [seedCli, '--candidates', '120', '--companies', '8'], {
    env: { ...process.env, DATABASE_URL: source.url },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const dump = join(work, 'talents.dump');
  execFileSync('pg_dump', ['--format=custom', '--no-owner', `--file=${dump}`, source.url]);

  // The target is an empty database, as after a disaster: no migrations applied beforehand.
  const name = `talents_backup_dst_${Date.now().toString(36)}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  restored = { name, url: url.toString() };
  execFileSync('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${restored.url}`, dump]);
});

after(async () => {
  if (source) await dropTestDatabase(source.name);
  if (restored) await dropTestDatabase(restored.name);
  rmSync(work, { recursive: true, force: true });
});

test('a restored backup holds every row of every table', async () => {
  const [before, after] = await Promise.all([rowCounts(source.url), rowCounts(restored.url)]);
  assert.ok(before.users > 100, `the seed should have written users (got ${before.users})`);
  assert.ok(before.offers > 0 && before.applications > 0, 'the seed should have written offers and applications');
  assert.deepEqual(after, before);
});

test('the restored database keeps its migrations history, extensions and the append-only audit log', async () => {
  await withClient(restored.url, async (client) => {
    const migrations = await client.query(`SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`);
    assert.ok(migrations.rows[0].n >= 3, 'migration history restored, so `prisma migrate deploy` stays a no-op');
    const accents = await client.query(`SELECT unaccent('sécurité') AS plain`);
    assert.equal(accents.rows[0].plain, 'securite');
    await client.query(
      `INSERT INTO audit_log (id, action, target_type, metadata) VALUES (gen_random_uuid(), 'backup.check', 'test', '{}')`,
    );
    await assert.rejects(client.query(`UPDATE audit_log SET action = 'tampered'`), /append-only|not allowed|forbid/i);
  });
});
