'use strict';
// Makes @prisma/adapter-pg return pg_catalog column types it does not know
// ("char", int2vector, regproc, pg_node_tree, aclitem, ...) as plain text.
// The schema engine reads such columns while describing a database and only
// ever treats them as strings, but adapter-pg rejects the whole query with
// "UnsupportedNativeDataType". Which types adapter-pg supports is asked of the
// adapter itself (a probe), so an adapter upgrade cannot silently drift.
const path = require('node:path');
const { ColumnTypeEnum } = require('@prisma/driver-adapter-utils');

// pg must be the very copy adapter-pg loads: its type parsers are global.
const adapterDir = path.dirname(require.resolve('@prisma/adapter-pg'));
const pg = require(require.resolve('pg', { paths: [adapterDir] }));

const TEXT_OID = 25;
const CHAR_OID = 18; // the one-byte `"char"` of pg_catalog, not char(n)
// Below this OID, PostgreSQL types are built in; adapter-pg maps every type
// above it (enums, domains, extension types) to text already.
const FIRST_NORMAL_OBJECT_ID = 16384;
const identity = (value) => value;
const supportCache = new Map();
let queryRawOfAdapter;
let installed;

// adapter-pg's queryRaw only reads `this.performIO` and `this.pgOptions`, so it
// can be run against a fake result to learn whether a type OID is accepted.
async function isSupported(oid) {
  if (oid >= FIRST_NORMAL_OBJECT_ID) return true;
  if (supportCache.has(oid)) return supportCache.get(oid);
  const fake = {
    pgOptions: undefined,
    performIO: async () => ({ fields: [{ name: 'probe', dataTypeID: oid }], rows: [] }),
  };
  let supported = true;
  try {
    await queryRawOfAdapter.call(fake, { sql: '', args: [], argTypes: [] });
  } catch (error) {
    supported = !(error && error.cause && error.cause.kind === 'UnsupportedNativeDataType');
  }
  supportCache.set(oid, supported);
  return supported;
}

// pg-types parses a few built-in types into objects (interval, point, circle,
// some arrays). When adapter-pg rejects such a type we want its text form, so
// those parsers are replaced by the identity — once, for this process only.
function installTextParsers(getQueryRaw) {
  if (!installed) installed = getQueryRaw().then(installParsers);
  return installed;
}

async function installParsers(queryRaw) {
  queryRawOfAdapter = queryRaw;
  const noParser = pg.types.getTypeParser(0, 'text');
  for (let oid = 1; oid < FIRST_NORMAL_OBJECT_ID; oid += 1) {
    if (pg.types.getTypeParser(oid, 'text') === noParser) continue;
    if (!(await isSupported(oid))) pg.types.setTypeParser(oid, 'text', identity);
  }
}

function toText(value) {
  if (value === null || value === undefined || typeof value === 'string') return value ?? null;
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

// Wraps one adapter-pg queryable (adapter or transaction): `performIO`
// relabels unsupported columns as text before adapter-pg maps them, and
// `queryRaw` then reports `"char"` columns as Character, which is what the
// engine decodes them as (e.g. pg_constraint.contype for CHECK constraints).
function patchQueryable(queryable) {
  const performIO = queryable.performIO;
  const queryRaw = queryable.queryRaw;
  // Keyed by the rows array, which queryRaw hands back unchanged.
  const charColumns = new WeakMap();
  queryable.performIO = async function performIOAsText(query) {
    const result = await performIO.call(this, query);
    if (!result || !Array.isArray(result.fields)) return result;
    const chars = [];
    for (let i = 0; i < result.fields.length; i += 1) {
      const field = result.fields[i];
      if (await isSupported(field.dataTypeID)) continue;
      if (field.dataTypeID === CHAR_OID) chars.push(i);
      field.dataTypeID = TEXT_OID;
      for (const row of result.rows) row[i] = toText(row[i]);
    }
    if (chars.length > 0) charColumns.set(result.rows, chars);
    return result;
  };
  queryable.queryRaw = async function queryRawWithChars(query) {
    const resultSet = await queryRaw.call(this, query);
    for (const i of charColumns.get(resultSet.rows) || []) resultSet.columnTypes[i] = ColumnTypeEnum.Character;
    return resultSet;
  };
  return queryable;
}

module.exports = { installTextParsers, patchQueryable, pg };
