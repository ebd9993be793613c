'use strict';
// Turns whatever the wasm engine (or our own code) throws into the JSON-RPC
// error shape of the native engine, which the Prisma CLI knows how to print:
// { code, message, data: { is_panic, message, error_code?, meta?, backtrace? } }.

// A known Prisma error (P1001, P3018, ...) raised by this stand-in itself.
class UserFacingError extends Error {
  constructor(errorCode, message, meta = {}) {
    super(message);
    this.name = 'UserFacingError';
    this.errorCode = errorCode;
    this.meta = meta;
  }
}

const { lastPanicMessage } = require('./load-wasm');

const RPC_ERROR_CODE = 4466;
const RPC_ERROR_MESSAGE = 'An error happened. Check the data field for details.';

// The engine appends a span trace ("   0: module::fn ...") to its messages;
// it is noise for users, so it moves to `backtrace`.
function splitTrace(message) {
  const index = message.search(/\n\s+0: /);
  if (index === -1) return { message: message.trim(), backtrace: undefined };
  return { message: message.slice(0, index).trim(), backtrace: message.slice(index + 1) };
}

// adapter errors cross the wasm boundary as "External error id#N".
function fromRegistry(message, registry) {
  const match = /External error id#(\d+)/.exec(message);
  if (!match || !registry) return undefined;
  const entry = registry.consumeError(Number(match[1]));
  return entry && entry.error;
}

// A migration script that fails on the real database: give it the same code
// and wording as the native engine (P3018), which the CLI and docs refer to.
function asFailedMigration(message, backtrace) {
  const name = /apply_script\s+with migration_name="([^"]+)"/.exec(backtrace || '');
  if (!name) return undefined;
  const dbError = message.replace(/^external connector error\s*/i, '').replace(/^Error querying the database:\s*/i, '');
  return new UserFacingError(
    'P3018',
    'A migration failed to apply. New migrations cannot be applied before the error is recovered from. ' +
      'Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve' +
      `\n\nMigration name: ${name[1]}\n\nDatabase error:\n${dbError}\n`,
    { migration_name: name[1], database_error: dbError },
  );
}

function isPanic(error) {
  return error instanceof WebAssembly.RuntimeError || (error && error.name === 'RuntimeError');
}

function toRpcError(error, registry) {
  if (isPanic(error)) {
    const message = lastPanicMessage() || `${error.message}\n${error.stack || ''}`;
    return { code: RPC_ERROR_CODE, message: RPC_ERROR_MESSAGE, data: { is_panic: true, message, error: { message } } };
  }
  const raw = String((error && error.message) || error);
  const original = fromRegistry(raw, registry);
  if (original) return toRpcError(original);
  const { message, backtrace } = splitTrace(raw);
  const known =
    error instanceof UserFacingError ? error : asFailedMigration(message, backtrace) || codedError(error, message);
  if (known) {
    return {
      code: RPC_ERROR_CODE,
      message: RPC_ERROR_MESSAGE,
      data: { is_panic: false, message: known.message, error_code: known.errorCode, meta: known.meta, backtrace },
    };
  }
  return { code: RPC_ERROR_CODE, message: RPC_ERROR_MESSAGE, data: { is_panic: false, message, backtrace } };
}

// Engine errors that carry a Prisma code (e.g. P1012 schema validation, P3006).
function codedError(error, message) {
  if (error && typeof error.code === 'string' && /^P\d{4}$/.test(error.code)) {
    return new UserFacingError(error.code, message);
  }
  return undefined;
}

module.exports = { UserFacingError, toRpcError, isPanic };
