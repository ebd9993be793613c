const { Client } = require('pg');

module.exports = async function globalTeardown() {
  const name = process.env.TALENTS_TEST_DB_CREATED;
  if (!name || process.env.KEEP_TEST_DB) return;
  const admin = new Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
};
