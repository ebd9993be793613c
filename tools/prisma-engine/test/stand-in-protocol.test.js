'use strict';
// The stand-in engine speaking the native engine's protocol directly: flags,
// `cli` commands and JSON-RPC over stdin/stdout.
const { execFile, spawn } = require('node:child_process');
const fs = require('node:fs');
const readline = require('node:readline');
const h = require('./helpers');

const DB = h.throwawayName('rpc');
const SCHEMA = 'prisma/schema.prisma';

function runEngine(args) {
  return new Promise((resolve) => {
    execFile(h.ENGINE_BIN, args, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

// Starts an RPC session; `call` sends a request and collects every message
// received until its response (e.g. `print` requests sent before it).
function startSession(datasource) {
  const cwd = h.copyFixtureProject();
  const child = spawn(h.ENGINE_BIN, ['--datamodels', SCHEMA, '--datasource', JSON.stringify(datasource)], {
    cwd,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code))).finally(() =>
    fs.rmSync(cwd, { recursive: true, force: true }),
  );
  const waiting = [];
  let received = [];
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    const message = JSON.parse(line);
    received.push(message);
    if (message.method === 'print') {
      child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: message.id, result: {} })}\n`);
      return;
    }
    const index = waiting.findIndex((w) => w.id === message.id);
    if (index !== -1) {
      const [{ resolve }] = waiting.splice(index, 1);
      resolve(received);
      received = [];
    }
  });
  let nextId = 1;
  const call = (method, params) =>
    new Promise((resolve) => {
      const id = nextId++;
      waiting.push({ id, resolve });
      child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id, method, params })}\n`);
    });
  return { call, close: () => child.stdin.end(), exited };
}

beforeAll(() => h.createDatabase(DB));
afterAll(() => h.dropDatabases([DB]));

test('--version names the wasm engine it delegates to', async () => {
  const result = await runEngine(['--version']);

  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/^schema-engine-cli [0-9a-f]{40} /);
});

test('cli can-connect-to-database reports a missing database as P1003, after a first log line', async () => {
  const missing = h.databaseUrl(h.throwawayName('missing'));

  const result = await runEngine(['--datasource', JSON.stringify({ url: missing }), 'cli', 'can-connect-to-database']);

  expect(result.code).toBe(1);
  const lines = result.stderr.trim().split('\n').map((line) => JSON.parse(line));
  expect(lines.length).toBeGreaterThan(1);
  expect(lines[0].level).toBe('INFO');
  expect(lines.at(-1)).toMatchObject({ level: 'ERROR', target: 'schema_engine::logger', fields: { error_code: 'P1003' } });
});

test('cli create-database then drop-database manage the database itself', async () => {
  const name = h.throwawayName('cli');
  const datasource = JSON.stringify({ url: h.databaseUrl(name) });

  const created = await runEngine(['--datasource', datasource, 'cli', 'create-database']);
  const existedAfterCreate = await h.databaseExists(name);
  const dropped = await runEngine(['--datasource', datasource, 'cli', 'drop-database']);

  expect(created.code).toBe(0);
  expect(existedAfterCreate).toBe(true);
  expect(dropped.code).toBe(0);
  expect(await h.databaseExists(name)).toBe(false);
});

test('JSON-RPC session: answers requests in order, prints diffs, exits when stdin closes', async () => {
  const session = startSession({ url: h.databaseUrl(DB) });

  const [version] = await session.call('getDatabaseVersion', {});
  const [unknown] = await session.call('noSuchMethod', {});
  const diffMessages = await session.call('diff', {
    from: { tag: 'empty' },
    to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA, content: 'datasource db {\n  provider = "postgresql"\n}\n\nmodel A {\n  id Int @id\n}\n' }] },
    script: true,
    exitCode: true,
    filters: { externalTables: [], externalEnums: [] },
  });
  session.close();

  expect(version.result).toContain('PostgreSQL');
  expect(unknown.error.code).toBe(-32601);
  const [print, response] = diffMessages;
  expect(print.method).toBe('print');
  expect(print.params.content).toContain('CREATE TABLE "A"');
  expect(response.result).toEqual({ exitCode: 2, stdout: null });
  expect(await session.exited).toBe(0);
});

test('JSON-RPC errors carry the native error shape and code', async () => {
  const session = startSession({ url: h.databaseUrl(DB) });

  const [response] = await session.call('schemaPush', {
    force: false,
    schema: { files: [{ path: SCHEMA, content: 'model Broken {' }] },
    filters: { externalTables: [], externalEnums: [] },
  });
  session.close();

  expect(response.error.data).toMatchObject({ is_panic: false, error_code: 'P1012' });
  expect(await session.exited).toBe(0);
});
