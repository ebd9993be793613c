'use strict';
// JSON-RPC 2.0 over stdin/stdout, one JSON object per line, as spoken by the
// Prisma CLI to its schema engine. Requests run one at a time, in order; the
// only request we send back is `print` (diff output), whose reply we await.
const readline = require('node:readline');
const { EngineHost } = require('./engine-host');
const { toRpcError, isPanic } = require('./errors');
const { dropLiveShadowDatabases } = require('./pg-factory');

function startRpcServer({ datamodelPaths, datasource, logger, input = process.stdin, output = process.stdout }) {
  const send = (message) => output.write(`${JSON.stringify(message)}\n`);
  const awaitingReply = new Map();
  let nextOwnId = 1;

  const print = (content) =>
    new Promise((resolve) => {
      const id = nextOwnId++;
      awaitingReply.set(id, resolve);
      send({ jsonrpc: '2.0', id, method: 'print', params: { content } });
    });

  const host = new EngineHost({ datamodelPaths, datasource, logger, print });
  let queue = Promise.resolve();
  let exitCode = 0;
  let inFlight;

  // wasm-bindgen raises some engine failures (panics, parameters it cannot
  // deserialize) as exceptions from a detached task, not as rejections. They
  // belong to the request being served, since requests run one at a time.
  process.on('uncaughtException', (error) => {
    if (inFlight) inFlight.fail(Object.assign(error, { detached: true }));
    else {
      logger.log('ERROR', String(error && error.stack));
      process.exit(1);
    }
  });

  function run(method, params) {
    return new Promise((resolve, reject) => {
      inFlight = { fail: reject };
      host.handle(method, params).then(resolve, reject);
    }).finally(() => {
      inFlight = undefined;
    });
  }

  async function serve(request) {
    const { id, method, params } = request;
    if (!EngineHost.supports(method)) {
      send({ jsonrpc: '2.0', id, error: { code: -32601, message: `Method not found: ${method}` } });
      return;
    }
    try {
      const result = await run(method, params);
      send({ jsonrpc: '2.0', id, result: result === undefined ? {} : result });
    } catch (error) {
      const rpcError = toRpcError(error, host.errorRegistry);
      logger.log('ERROR', rpcError.data.message, rpcError.data.error_code ? { error_code: rpcError.data.error_code } : {});
      send({ jsonrpc: '2.0', id, error: rpcError });
      // The wasm instance cannot be trusted after a panic or an abandoned
      // call: answer, then exit like the native engine (101 = panic).
      if (isPanic(error) || error.detached) {
        exitCode = isPanic(error) ? 101 : 1;
        lines.close();
      }
    }
  }

  function onLine(line) {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
      return;
    }
    if (message.method === undefined) {
      const resolve = awaitingReply.get(message.id);
      awaitingReply.delete(message.id);
      if (resolve) resolve(message.result);
      return;
    }
    queue = queue.then(() => (exitCode ? undefined : serve(message)));
  }

  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  lines.on('line', onLine);

  // stdin closed: the CLI is done with us. Finish what was asked, then leave.
  return new Promise((resolve) => {
    lines.on('close', () => {
      // Nobody is left to acknowledge a pending `print`.
      for (const release of awaitingReply.values()) release();
      awaitingReply.clear();
      queue
        .then(() => (exitCode ? undefined : host.dispose()))
        .catch(() => {})
        // After a panic the engine never disposed its shadow database.
        .then(() => dropLiveShadowDatabases().catch(() => {}))
        .then(() => resolve(exitCode));
    });
  });
}

module.exports = { startRpcServer };
