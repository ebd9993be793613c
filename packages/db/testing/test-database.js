/**
 * Throwaway databases for test runs (API, worker, browser e2e): create one, apply the migrations with the
 * project's schema-engine stand-in exactly as `pnpm db:migrate` does, drop it afterwards. Plain CommonJS so
 * jest global setups and node scripts can require it without a build.
 */
const { execFileSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { resolve } = require('node:path');
const { Client } = require('pg');

const repoRoot = resolve(__dirname, '..', '..', '..');
const defaultAdminUrl = () => process.env.TEST_ADMIN_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';

/** Creates `<prefix>_<random>`, migrates it and returns `{ name, url }`. */
async function createTestDatabase(prefix = 'talents_test', adminUrl = defaultAdminUrl()) {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  execFileSync(resolve(repoRoot, 'node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: url.toString() },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { name, url: url.toString() };
}

async function dropTestDatabase(name, adminUrl = defaultAdminUrl()) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`refusing to drop database ${name}`);
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** Jest globalSetup body: uses TEST_DATABASE_URL when given, else a fresh database remembered for teardown. */
async function setUpJestDatabase() {
  if (process.env.TEST_DATABASE_URL) {
    process.env.DATABASE_URL = process.env.TEST_DATABASE_URL;
    return;
  }
  const { name, url } = await createTestDatabase();
  process.env.DATABASE_URL = url;
  process.env.TALENTS_TEST_DB_CREATED = name;
}

async function tearDownJestDatabase() {
  const name = process.env.TALENTS_TEST_DB_CREATED;
  if (name && !process.env.KEEP_TEST_DB) await dropTestDatabase(name);
}

module.exports = { createTestDatabase, dropTestDatabase, setUpJestDatabase, tearDownJestDatabase };
