/**
 * Creates a throwaway database for this test run and applies the migrations to it with the project's
 * schema-engine stand-in, exactly as `pnpm db:migrate` does (TEST_DATABASE_URL, when set, is used as is), and
 * picks a BullMQ key prefix unique to the run so concurrent runs never touch each other's queues.
 */
const { execFileSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { resolve } = require('node:path');
const { Client } = require('pg');

const repoRoot = resolve(__dirname, '..', '..', '..', '..');

module.exports = async function globalSetup() {
  process.env.QUEUE_PREFIX = `talents-test-${randomBytes(4).toString('hex')}`;
  if (process.env.TEST_DATABASE_URL) {
    process.env.DATABASE_URL = process.env.TEST_DATABASE_URL;
    return;
  }
  const adminUrl = process.env.TEST_ADMIN_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
  const name = `talents_test_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  process.env.TALENTS_TEST_DB_CREATED = name;
  execFileSync(resolve(repoRoot, 'node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: url.toString() },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
};
