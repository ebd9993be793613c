'use strict';
// Integration tests against the local PostgreSQL: each one runs the real
// Prisma CLI, so they run one at a time (--runInBand in package.json).
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.test.js'],
  // A hang guard only (each Prisma CLI call starts two Node processes).
  testTimeout: 300000,
};
