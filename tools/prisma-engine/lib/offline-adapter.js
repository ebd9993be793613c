'use strict';
// A driver adapter with no database behind it, for `migrate diff` between two
// schema files (--from-empty / --from-schema / --to-schema): the native engine
// needs no database for that, but the wasm engine insists on an adapter and
// asks one question when it starts. That question gets a fixed answer; any
// other query fails loudly instead of returning made-up data.
const { ColumnTypeEnum, DriverAdapterError, bindMigrationAwareSqlAdapterFactory } = require('@prisma/driver-adapter-utils');

// Rendering of migration SQL does not depend on the server version; this only
// has to be a supported PostgreSQL version.
const ASSUMED_VERSION = { text: 'PostgreSQL 15 (no database connection)', number: 150000 };

function refuse(what) {
  return Promise.reject(
    new DriverAdapterError({
      kind: 'postgres',
      code: 'N/A',
      severity: 'ERROR',
      message: `${what} needs a database connection (none was available).`,
    }),
  );
}

function offlineAdapter() {
  return {
    provider: 'postgres',
    adapterName: '@talents/prisma-engine-offline',
    async queryRaw(query) {
      if (!/FROM pg_namespace WHERE nspname = \$1\), version\(\)/.test(query.sql)) return refuse('This query');
      return {
        columnNames: ['exists', 'version', 'numeric_version'],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, ASSUMED_VERSION.text, ASSUMED_VERSION.number]],
      };
    },
    executeRaw: () => refuse('This statement'),
    executeScript: () => refuse('This script'),
    startTransaction: () => refuse('A transaction'),
    getConnectionInfo: () => ({ schemaName: undefined, supportsRelationJoins: true }),
    dispose: async () => {},
  };
}

function createOfflineAdapterFactory() {
  return bindMigrationAwareSqlAdapterFactory({
    provider: 'postgres',
    adapterName: '@talents/prisma-engine-offline',
    connect: async () => offlineAdapter(),
    connectToShadowDb: async () => offlineAdapter(),
  });
}

module.exports = { createOfflineAdapterFactory };
