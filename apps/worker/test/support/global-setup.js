/**
 * Creates a throwaway database for this test run and applies the migrations to it with the project's
 * schema-engine stand-in, exactly as `pnpm db:migrate` does (TEST_DATABASE_URL, when set, is used as is), and
 * picks a BullMQ key prefix unique to the run so concurrent runs never touch each other's queues.
 */
const { randomBytes } = require('node:crypto');
const { setUpJestDatabase } = require('@talents/db/testing/test-database');

module.exports = async function globalSetup() {
  process.env.QUEUE_PREFIX = `talents-test-${randomBytes(4).toString('hex')}`;
  await setUpJestDatabase();
};
