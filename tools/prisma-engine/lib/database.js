'use strict';
// Database-level operations the wasm engine does not offer (it only ever works
// *inside* a database): checking a connection, creating and dropping the
// database itself. Errors carry the native engine's codes and wording, because
// the Prisma CLI branches on them (e.g. P1003 makes `migrate dev` offer to
// create the database).
const { pg } = require('./pg-types');
const { UserFacingError } = require('./errors');
const { parseUrl, databaseName, withDatabase, location, quoteIdent } = require('./pg-url');

// Same default as the native engine's connect_timeout.
const CONNECT_TIMEOUT_MS = 5000;
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', 'EAI_AGAIN']);

function connectionError(error, url) {
  const where = location(url);
  if (error instanceof UserFacingError) return error;
  if (error && error.code === '3D000') {
    const db = databaseName(url);
    return new UserFacingError('P1003', `Database \`${db}\` does not exist on the database server at \`${where}\`.`, {
      database_name: db,
    });
  }
  if ((error && UNREACHABLE.has(error.code)) || /timeout/i.test(String(error && error.message))) {
    return new UserFacingError(
      'P1001',
      `Can't reach database server at \`${where}\`\n\nPlease make sure your database server is running at \`${where}\`.`,
    );
  }
  if (error && (error.code === '28P01' || error.code === '28000')) {
    const user = decodeURIComponent(new URL(url).username);
    return new UserFacingError(
      'P1000',
      `Authentication failed against database server, the provided database credentials for \`${user}\` are not valid.\n\n` +
        'Please make sure to provide valid database credentials for the database server at the configured address.',
    );
  }
  return error;
}

function requireUrl(url) {
  if (!url) {
    throw new UserFacingError('P1012', 'No datasource URL was given. Set `datasource.url` in prisma.config.ts.');
  }
  return url;
}

async function withClient(url, fn) {
  const client = new pg.Client({
    connectionString: parseUrl(requireUrl(url)).connectionString,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  try {
    await client.connect();
  } catch (error) {
    throw connectionError(error, url);
  }
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

async function checkConnection(url) {
  await withClient(url, (client) => client.query('SELECT 1'));
}

// CREATE/DROP DATABASE cannot run inside the target itself: use the server's
// maintenance database, like the native engine does.
async function withMaintenanceClient(url, fn) {
  try {
    return await withClient(withDatabase(url, 'postgres'), fn);
  } catch (error) {
    if (!(error instanceof UserFacingError && error.errorCode === 'P1003')) throw error;
    return withClient(withDatabase(url, 'template1'), fn);
  }
}

async function createDatabase(url) {
  const name = databaseName(url);
  await withMaintenanceClient(url, async (client) => {
    try {
      await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
    } catch (error) {
      if (error.code !== '42P04') throw error;
      throw new UserFacingError(
        'P1009',
        `Database \`${name}\` already exists on the database server at \`${location(url)}\``,
        { database_name: name },
      );
    }
  });
  return name;
}

async function dropDatabase(url) {
  const name = databaseName(url);
  await withMaintenanceClient(url, (client) => client.query(`DROP DATABASE ${quoteIdent(name)}`));
  return name;
}

module.exports = { checkConnection, createDatabase, dropDatabase, connectionError };
