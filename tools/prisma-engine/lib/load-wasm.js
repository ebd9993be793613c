'use strict';
// Loads @prisma/schema-engine-wasm from CommonJS. The package's own entry point
// imports the .wasm file as an ES module, which Node only allows behind
// --experimental-wasm-modules; instantiating the module by hand avoids that flag.
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

let loaded;

// The wasm panic hook hands the panic message to this global before the
// module traps (same contract as Prisma's own wasm loaders).
const panicRegistry = {
  message: undefined,
  set_message(message) {
    this.message = message;
  },
};
global.PRISMA_WASM_PANIC_REGISTRY = panicRegistry;

function lastPanicMessage() {
  return panicRegistry.message;
}

function loadWasmEngine() {
  if (!loaded) loaded = instantiate();
  return loaded;
}

async function instantiate() {
  const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm'));
  const bindings = await import(pathToFileURL(path.join(dir, 'schema_engine_bg.js')).href);
  const bytes = fs.readFileSync(path.join(dir, 'schema_engine_bg.wasm'));
  const module = await WebAssembly.compile(bytes);
  const instance = await WebAssembly.instantiate(module, { './schema_engine_bg.js': bindings });
  bindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return bindings;
}

module.exports = { loadWasmEngine, lastPanicMessage };
