'use strict';
// Owns the wasm SchemaEngine(s) for one CLI session and maps the native
// engine's JSON-RPC methods onto them. A wasm engine connects to its database
// as soon as it is built, so engines are built lazily, on first use.
const fs = require('node:fs');
const { loadWasmEngine } = require('./load-wasm');
const { createAdapterFactory, dropLiveShadowDatabases } = require('./pg-factory');
const { checkConnection, createDatabase } = require('./database');
const { UserFacingError } = require('./errors');
const { createOfflineAdapterFactory } = require('./offline-adapter');
const { withDatabase } = require('./pg-url');

// Methods whose name and parameters are identical in the native RPC API and
// in @prisma/schema-engine-wasm.
const PASS_THROUGH = new Set([
  'applyMigrations',
  'createMigration',
  'dbExecute',
  'devDiagnostic',
  'diagnoseMigrationHistory',
  'ensureConnectionValidity',
  'evaluateDataLoss',
  'introspect',
  'introspectSql',
  'markMigrationApplied',
  'markMigrationRolledBack',
  'reset',
  'schemaPush',
]);
const OWN_METHODS = new Set(['createDatabase', 'getDatabaseVersion', 'diff', 'debugPanic']);
const NO_DATABASE = ['P1001', 'P1003', 'P1012'];
// See EngineHost#prepareMigrationSchema.
const NEEDS_MIGRATION_SCHEMA = new Set(['evaluateDataLoss', 'createMigration']);

const NOT_IN_SYNC =
  'The database is not in sync with the migrations directory, and this schema engine (the wasm stand-in, see ' +
  'docs/decisions/0001-prisma-schema-engine.md) can only plan a new migration from a database that is. ' +
  'Apply or resolve the pending migrations first (prisma migrate deploy, prisma migrate status).';

function migrationsKey(list) {
  return JSON.stringify((list && list.migrationDirectories) || []);
}

// What a `diff` reads: the configured database itself, only a shadow database
// (to replay migrations), or nothing but schema files.
function diffNeeds(params) {
  const tags = [params && params.from, params && params.to].map((target) => target && target.tag);
  if (tags.some((tag) => !['empty', 'schemaDatamodel', 'migrations'].includes(tag))) return 'database';
  return tags.includes('migrations') ? 'shadow' : 'nothing';
}

class EngineHost {
  constructor({ datamodelPaths = [], datasource = {}, logger, print }) {
    this.datamodelPaths = datamodelPaths;
    this.datasource = datasource || {};
    this.logger = logger;
    this.print = print;
    this.engines = new Map(); // kind -> Promise<{ engine, factory }>
    this.errorRegistry = undefined; // of the engine that ran the last call
    this.migrationSchemaKey = undefined; // see prepareMigrationSchema
  }

  static supports(method) {
    return PASS_THROUGH.has(method) || OWN_METHODS.has(method);
  }

  // Read at start-up time like the native engine, as [path, content] pairs.
  datamodels() {
    if (this.datamodelPaths.length === 0) return undefined;
    return this.datamodelPaths.map((file) => [file, fs.readFileSync(file, 'utf8')]);
  }

  requireUrl() {
    if (!this.datasource.url) {
      throw new UserFacingError('P1012', 'The datasource.url property is required in your Prisma config file.');
    }
    return this.datasource.url;
  }

  async engine(kind = 'main') {
    if (!this.engines.has(kind)) {
      const building = this.build(kind);
      this.engines.set(kind, building);
      building.catch(() => this.engines.delete(kind));
    }
    const { engine, factory } = await this.engines.get(kind);
    this.errorRegistry = factory.errorRegistry;
    return engine;
  }

  async build(kind) {
    let factory;
    if (kind === 'offline') {
      factory = createOfflineAdapterFactory();
    } else {
      // 'maintenance': the server's `postgres` database stands in for a main
      // database that does not exist yet; it only hosts the temporary shadow.
      const url = kind === 'maintenance' ? withDatabase(this.requireUrl(), 'postgres') : this.requireUrl();
      // Fail with the native error codes (P1001, P1003, ...) rather than the
      // wasm engine's uncoded connection errors.
      await checkConnection(url);
      factory = createAdapterFactory({ url, shadowDatabaseUrl: this.datasource.shadowDatabaseUrl, log: this.logger.log });
    }
    const bindings = await loadWasmEngine();
    const engine = await bindings.SchemaEngine.new(
      { datamodels: this.datamodels() },
      this.logger.forwardEngineLog,
      factory,
    );
    return { engine, factory };
  }

  // Falls back to `fallbackKind` when the configured database is unusable.
  async engineOr(fallbackKind, acceptedCodes) {
    try {
      return await this.engine('main');
    } catch (error) {
      if (!(error instanceof UserFacingError) || !acceptedCodes.includes(error.errorCode)) throw error;
      this.logger.log('INFO', `Configured database unavailable (${error.errorCode}); using the ${fallbackKind} engine.`);
      return this.engine(fallbackKind);
    }
  }

  // Between two requests no shadow database is in use: one still alive here
  // was abandoned by a failed call and would otherwise outlive the command.
  async handle(method, params) {
    try {
      return await this.dispatch(method, params);
    } finally {
      await dropLiveShadowDatabases().catch((error) => this.logger.log('WARN', `shadow cleanup: ${error.message}`));
    }
  }

  async dispatch(method, params) {
    if (method === 'createDatabase') return { databaseName: await createDatabase(this.urlOf(params)) };
    // The wasm engine ignores this parameter but rejects one without `datasource`.
    if (method === 'getDatabaseVersion') return (await this.engine()).version(params && params.datasource ? params : null);
    if (method === 'diff') return this.diff(params);
    if (method === 'debugPanic') return (await this.engine()).debugPanic();
    const engine = await this.engine();
    if (NEEDS_MIGRATION_SCHEMA.has(method)) await this.prepareMigrationSchema(engine, params);
    // Called on the instance: wasm-bindgen methods need their `this`.
    const result = await engine[method](params).catch((error) => {
      throw /shadow DB must be provided through an external factory/.test(error && error.message)
        ? new UserFacingError('', NOT_IN_SYNC)
        : error;
    });
    return result === undefined ? {} : result;
  }

  // @prisma/schema-engine-wasm 8.1.0-2.59be4fda cannot build a shadow
  // database inside evaluateDataLoss / createMigration ("PostgreSQL shadow DB
  // must be provided through an external factory"): those two only read the
  // schema of the migrations directory from a cache that
  // diagnoseMigrationHistory(optInToShadowDatabase) fills, and only when the
  // database is in sync with the directory. The CLI's `migrate dev` applies
  // pending migrations right before evaluateDataLoss, so a (read-only)
  // diagnosis at that point fills the cache. (The native engine builds its
  // shadow database on demand instead.)
  async prepareMigrationSchema(engine, params) {
    const key = migrationsKey(params && params.migrationsList);
    if (this.migrationSchemaKey === key) return;
    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList: params.migrationsList,
      optInToShadowDatabase: true,
      filters: params.filters,
    });
    const inSync =
      diagnosis.history === null && !diagnosis.failedMigrationNames.length && !diagnosis.editedMigrationNames.length;
    if (inSync) this.migrationSchemaKey = key;
  }

  // Like the native engine, a diff of schema files needs no database, and a
  // diff involving migrations needs only a server to host a shadow database.
  // The output goes through a `print` request to the CLI (which is how
  // `--output` captures it); the response then carries stdout = null.
  async diff(params) {
    const needs = diffNeeds(params);
    let engine;
    if (needs === 'nothing') engine = await this.engineOr('offline', NO_DATABASE);
    else if (needs === 'shadow') engine = await this.engineOr('maintenance', ['P1003']);
    else engine = await this.engine();
    const result = await engine.diff(params);
    if (result.stdout) await this.print(result.stdout.replace(/\n$/, ''));
    return { ...result, stdout: null };
  }

  urlOf(params) {
    const datasource = params && params.datasource;
    if (datasource && datasource.tag === 'ConnectionString') return datasource.url;
    return this.requireUrl();
  }

  async dispose() {
    const built = await Promise.allSettled([...this.engines.values()]);
    for (const outcome of built) if (outcome.status === 'fulfilled') outcome.value.engine.free();
  }
}

module.exports = { EngineHost };
