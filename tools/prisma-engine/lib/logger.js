'use strict';
// Logs go to stderr only (stdout carries JSON-RPC), one JSON object per line,
// shaped like the native engine's tracing output ({level, fields, target}):
// the Prisma CLI parses these lines and shows `fields.message` of the last
// ERROR when the engine exits abnormally.
const { LEVELS, logThreshold } = require('./settings');

const TARGET = 'schema_engine::stand_in';

function createLogger(stream = process.stderr, threshold = logThreshold()) {
  const enabled = (level) => (LEVELS[String(level).toLowerCase()] || LEVELS.info) <= threshold;
  const writeLine = (object) => stream.write(`${JSON.stringify(object)}\n`);

  function log(level, message, extra = {}) {
    if (!enabled(level)) return;
    writeLine({ timestamp: new Date().toISOString(), level, fields: { message, ...extra }, target: TARGET });
  }

  // Written whatever the level: see cli-mode.js for why a first line matters.
  function announce(message) {
    writeLine({ timestamp: new Date().toISOString(), level: 'INFO', fields: { message }, target: TARGET });
  }

  // Messages from the wasm engine are already JSON strings in the native shape.
  function forwardEngineLog(raw) {
    const text = String(raw).trim();
    if (!text) return;
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      log('INFO', text);
      return;
    }
    if (enabled(parsed.level)) writeLine({ timestamp: new Date().toISOString(), ...parsed });
  }

  // The line the CLI looks for after `cli <command>` fails.
  function userFacingError(error) {
    writeLine({
      timestamp: new Date().toISOString(),
      level: 'ERROR',
      fields: { is_panic: false, error_code: error.errorCode || '', message: error.message },
      target: 'schema_engine::logger',
    });
  }

  return { log, announce, forwardEngineLog, userFacingError };
}

module.exports = { createLogger };
