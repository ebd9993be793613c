module.exports = require('@talents/db/testing/test-database').tearDownJestDatabase;
