'use strict';
// `schema-engine cli <command>`: one-shot database commands run by the Prisma
// CLI before it starts the RPC session (e.g. `migrate dev` creating the
// database). Failure = exit code 1 plus a `schema_engine::logger` ERROR line.
const { checkConnection, createDatabase, dropDatabase } = require('./database');
const { UserFacingError } = require('./errors');

const COMMANDS = {
  'can-connect-to-database': async (url) => {
    await checkConnection(url);
    return 'Connection successful';
  },
  'create-database': async (url) => `Database '${await createDatabase(url)}' was successfully created.`,
  'drop-database': async (url) => `The database '${await dropDatabase(url)}' was successfully dropped.`,
};

async function runCliCommand({ command, datasource, logger, stdout = process.stdout }) {
  // The CLI discards the first stderr line before parsing the rest as JSON,
  // as the native engine always starts with a log line.
  logger.announce(`Starting schema engine CLI (${command})`);
  try {
    const run = COMMANDS[command];
    if (!run) throw new UserFacingError('', `Unknown CLI command: ${command}`);
    stdout.write(`${await run(datasource && datasource.url)}\n`);
    return 0;
  } catch (error) {
    logger.userFacingError(error);
    return 1;
  }
}

module.exports = { runCliCommand };
