/** A throwaway, migrated database for this run (see packages/db/testing/test-database.js). */
module.exports = require('@talents/db/testing/test-database').setUpJestDatabase;
