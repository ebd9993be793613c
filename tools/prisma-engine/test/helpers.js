'use strict';
// Shared helpers: throwaway databases, a scratch Prisma project copied to a
// temporary directory, and a runner for the real Prisma CLI.
const { execFile } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { Client } = require('pg');

const ENGINE_BIN = path.resolve(__dirname, '..', 'bin', 'schema-engine');
const PRISMA_CLI = require.resolve('prisma/build/index.js');
const FIXTURE = path.join(__dirname, 'fixtures', 'project');
// The server of the local development setup (trust auth, see docs).
const ADMIN_URL = process.env.TEST_PG_ADMIN_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';

function databaseUrl(name) {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(sql, params = []) {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

async function queryDatabase(name, sql, params = []) {
  const client = new Client({ connectionString: databaseUrl(name) });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

function throwawayName(label) {
  return `prisma_engine_test_${label}_${crypto.randomBytes(4).toString('hex')}`;
}

async function createDatabase(name) {
  await adminQuery(`CREATE DATABASE "${name}"`);
}

async function dropDatabases(names) {
  for (const name of names) await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

async function databaseExists(name) {
  const { rowCount } = await adminQuery('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  return rowCount === 1;
}

function copyFixtureProject() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prisma-engine-test-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

// Runs `prisma <args>` in `cwd`; resolves with { code, stdout, stderr }.
function prisma(cwd, args, { databaseName, env = {} } = {}) {
  const childEnv = {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: ENGINE_BIN,
    CHECKPOINT_DISABLE: '1',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    DATABASE_URL: databaseName ? databaseUrl(databaseName) : '',
    ...env,
  };
  return new Promise((resolve) => {
    execFile(process.execPath, [PRISMA_CLI, ...args], { cwd, env: childEnv }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

module.exports = {
  ENGINE_BIN,
  databaseUrl,
  queryDatabase,
  throwawayName,
  createDatabase,
  dropDatabases,
  databaseExists,
  copyFixtureProject,
  prisma,
};
