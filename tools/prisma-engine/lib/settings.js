'use strict';
// The only place this tool reads the environment. The Prisma CLI sets RUST_LOG
// for its (native) engine; we honour it to decide how chatty stderr is.
const LEVELS = { error: 1, warn: 2, info: 3, debug: 4, trace: 5 };

function logThreshold(env = process.env) {
  const wanted = String(env.RUST_LOG || 'info').toLowerCase().split(',')[0].split('=').pop();
  return LEVELS[wanted] || LEVELS.info;
}

module.exports = { LEVELS, logThreshold };
