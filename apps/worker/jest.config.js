/**
 * Worker tests run against a real PostgreSQL and Redis. globalSetup creates a throwaway database, applies the
 * migrations and picks a BullMQ key prefix unique to the run; globalTeardown drops the database and deletes
 * whatever Redis keys the run left under that prefix.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  setupFiles: ['<rootDir>/test/support/env.js'],
  testTimeout: 30000,
};
