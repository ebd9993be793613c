'use strict';
// A migration-aware driver adapter factory for the wasm schema engine, built on
// @prisma/adapter-pg with corrections (see docs/decisions/0001-prisma-schema-engine.md):
//  1. catalog column types adapter-pg rejects come back as text, or as
//     Character for the one-byte "char" (pg-types.js);
//  2. executeScript sends a migration script as ONE simple query, like the
//     native engine does, instead of splitting it on every ";" (which breaks
//     function bodies, DO blocks and string literals);
//  3. the shadow database really is a separate database, dropped only after
//     its pool is closed, and never left behind by a failed or killed command;
//  4. one connection per pool, for the engine's session-level advisory lock.
const crypto = require('node:crypto');
const { PrismaPg } = require('@prisma/adapter-pg');
const { bindMigrationAwareSqlAdapterFactory } = require('@prisma/driver-adapter-utils');
const { installTextParsers, patchQueryable, pg } = require('./pg-types');
const { parseUrl, quoteIdent, withDatabase, location, databaseName } = require('./pg-url');

// One pooled connection: the engine takes a session-level advisory lock
// (pg_advisory_lock) and expects later statements to run in that session.
const POOL_OPTIONS = { max: 1 };

function patchAdapter(adapter) {
  patchQueryable(adapter);
  adapter.executeScript = async function executeWholeScript(script) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
  const startTransaction = adapter.startTransaction;
  adapter.startTransaction = async function startPatchedTransaction(...args) {
    return patchQueryable(await startTransaction.apply(this, args));
  };
  return adapter;
}

async function connectAdapter(url, log) {
  const { connectionString, schema } = parseUrl(url);
  const factory = new PrismaPg(
    { connectionString, ...POOL_OPTIONS },
    { schema, onPoolError: (error) => log('WARN', `pool error: ${error.message}`) },
  );
  return patchAdapter(await factory.connect());
}

// Drops every user schema of an externally provided shadow database, so the
// migration history replays on an empty database (what the native engine does).
async function emptyDatabase(adapter) {
  const { rows } = await adapter.client.query(
    `SELECT nspname FROM pg_namespace
      WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'`,
  );
  const drops = rows.map((row) => `DROP SCHEMA ${quoteIdent(row.nspname)} CASCADE;`);
  await adapter.client.query(`${drops.join('\n')}\nCREATE SCHEMA IF NOT EXISTS public;`);
}

class MigrationPgFactory {
  constructor({ url, shadowDatabaseUrl, log }) {
    this.provider = 'postgres';
    this.adapterName = '@prisma/adapter-pg';
    this.url = url;
    this.shadowDatabaseUrl = shadowDatabaseUrl;
    this.log = log;
  }

  async connect() {
    await installTextParsers(probeQueryRaw);
    return connectAdapter(this.url, this.log);
  }

  async connectToShadowDb() {
    await installTextParsers(probeQueryRaw);
    if (this.shadowDatabaseUrl) {
      // Emptying the main database by mistake would be unrecoverable.
      if (sameDatabase(this.shadowDatabaseUrl, this.url)) {
        throw new Error('The shadow database URL points at the main database. Use a separate, disposable database.');
      }
      const adapter = await connectAdapter(this.shadowDatabaseUrl, this.log);
      await emptyDatabase(adapter);
      this.log('INFO', 'Using the configured shadow database.');
      const dispose = adapter.dispose.bind(adapter);
      // Leave it empty again, so stale objects never outlive the command.
      adapter.dispose = () => emptyDatabase(adapter).finally(dispose);
      return adapter;
    }
    return this.createTemporaryShadowDb();
  }

  // Same naming as the native engine, so leftovers are recognisable.
  async createTemporaryShadowDb() {
    const database = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
    const admin = new pg.Client({ connectionString: parseUrl(this.url).connectionString });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${quoteIdent(database)}`);
    } catch (error) {
      await admin.end();
      throw error;
    }
    this.log('INFO', `Created temporary shadow database ${database}.`);
    liveShadowDatabases.set(database, this.url);
    let adapter;
    try {
      adapter = await connectAdapter(withDatabase(this.url, database), this.log);
    } catch (error) {
      await dropDatabase(admin, database).finally(() => admin.end());
      throw error;
    }
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      // Close our own connections first, otherwise DROP DATABASE fails.
      try {
        await dispose();
      } finally {
        await dropDatabase(admin, database).finally(() => admin.end());
        liveShadowDatabases.delete(database);
        this.log('INFO', `Dropped temporary shadow database ${database}.`);
      }
    };
    return adapter;
  }
}

function sameDatabase(a, b) {
  return location(a) === location(b) && databaseName(a) === databaseName(b);
}

// Temporary shadow databases not dropped yet: name -> main database URL.
const liveShadowDatabases = new Map();

// For an engine interrupted by a signal (Ctrl-C, a killed CLI) in the middle
// of a command: drop what would otherwise stay behind.
async function dropLiveShadowDatabases() {
  for (const [database, url] of liveShadowDatabases) {
    const client = new pg.Client({ connectionString: parseUrl(url).connectionString });
    try {
      await client.connect();
      await dropDatabase(client, database);
      liveShadowDatabases.delete(database);
    } finally {
      await client.end().catch(() => {});
    }
  }
}

async function dropDatabase(client, database) {
  await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
}

// adapter-pg's queryRaw, taken from a throwaway adapter whose pool never connects.
let probe;
async function probeQueryRaw() {
  if (!probe) {
    const adapter = await new PrismaPg({ connectionString: 'postgresql://probe@127.0.0.1/probe' }).connect();
    probe = adapter.queryRaw;
    await adapter.dispose();
  }
  return probe;
}

function createAdapterFactory(options) {
  return bindMigrationAwareSqlAdapterFactory(new MigrationPgFactory(options));
}

module.exports = { createAdapterFactory, dropLiveShadowDatabases };
