/**
 * API tests run against a real PostgreSQL and Redis. globalSetup creates a throwaway database and applies the
 * migrations with the project's schema-engine stand-in; globalTeardown drops it.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // content-disposition 3 (under bull-board's @fastify/static 10) is ESM-only: Node 20.19+ requires it natively,
  // jest's module loader cannot, so tests get a CommonJS stand-in serving both major versions' exports.
  moduleNameMapper: { '^content-disposition$': '<rootDir>/test/support/content-disposition.cjs' },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  setupFiles: ['<rootDir>/test/support/env.js'],
  testTimeout: 30000,
};
