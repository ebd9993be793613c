'use strict';
// Connection-string helpers. Prisma URLs may carry `?schema=`, which is a
// Prisma option rather than a libpq one: it is split off for adapter-pg.

function parseUrl(url) {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') || undefined;
  parsed.searchParams.delete('schema');
  return { connectionString: parsed.toString(), schema };
}

function databaseName(url) {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  return name || decodeURIComponent(new URL(url).username) || 'postgres';
}

// `pg` ignores a `database` option given beside a connectionString, so the
// database has to be written into the URL itself.
function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

// Where the server is, for messages shaped like the native engine's.
function location(url) {
  const parsed = new URL(url);
  return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}`;
}

function quoteIdent(name) {
  return `"${String(name).replace(/"/g, '""')}"`;
}

module.exports = { parseUrl, databaseName, withDatabase, location, quoteIdent };
