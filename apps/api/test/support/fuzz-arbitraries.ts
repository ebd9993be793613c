/**
 * fast-check arbitraries for the security fuzz suite (test/security-fuzz.e2e-spec.ts), derived from the
 * OpenAPI document the API serves: values that follow a JSON schema (so requests reach past validation into
 * the services), the same values with one field made hostile, and plain hostile values (wrong types, huge and
 * odd unicode strings, nulls, extra fields, prototype-pollution keys).
 */
import fc from 'fast-check';

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  nullable?: boolean;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
}
export type Components = Record<string, JsonSchema>;

/** Strings an attacker or a broken client sends: SQL and search syntax, markup, control and bidi characters. */
export const HOSTILE_STRINGS = [
  '', ' ', "'", '"', "'; DROP TABLE users; --", "' OR '1'='1", '/* */', '\\', '%', '_', '%_%', '\u0000', 'a\u0000b',
  '\u202Eevil\u202C', 'مرحبا بالعالم', '😀👩🏽‍💻🇫🇷', '\uD800', '\uFFFF\uFFFE', 'e\u0301', '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>', '{{7*7}}', '${7*7}', '../../etc/passwd', '& | ! : * ( ) < > ~', 'a & b | !c', '"unterminated',
  'foo:*', '!!!', '((((', '<->', 'NaN', 'Infinity', '-1', '1e309', 'null', 'true', '[]', '{}', '__proto__', 'constructor',
  'a'.repeat(10_000), '𝕏'.repeat(3_000),
];

export const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 100_000, size: 'max' }) },
  );

/** Any JSON value a client could put where something else was expected. */
export const hostileValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: hostileString() },
    { weight: 1, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 31, -(2 ** 53), Number.MAX_VALUE, 1e-300) },
    { weight: 1, arbitrary: fc.constantFrom([], {}, [null], [[[]]], { $ne: '' }, { $gt: '' }, { __proto__: null }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
/** A key-value pair injected beside valid fields: unknown fields and prototype-pollution attempts. */
const extraField = (): fc.Arbitrary<[string, unknown]> =>
  fc.tuple(
    fc.oneof(fc.constantFrom(...PROTO_KEYS, 'role', 'id', 'userId', 'isAdmin', 'emailVerifiedAt', 'companyId'), fc.string({ maxLength: 20 })),
    fc.oneof(fc.constant({ role: 'ADMIN', isAdmin: true, polluted: 'yes' }), fc.constant({ prototype: { polluted: 'yes' } }), hostileValue()),
  );

function resolve(schema: JsonSchema, components: Components): JsonSchema {
  let s = schema;
  for (let depth = 0; s.$ref && depth < 10; depth++) s = components[s.$ref.replace('#/components/schemas/', '')] ?? {};
  return s;
}

function stringFor(s: JsonSchema): fc.Arbitrary<string> {
  switch (s.format) {
    case 'email': return fc.emailAddress();
    case 'uuid': return fc.uuid();
    case 'date': return fc.date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'date-time': return fc.date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
    case 'uri': return fc.webUrl();
  }
  if (s.pattern) {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length <= (s.maxLength ?? 200) && v.length >= (s.minLength ?? 0));
    } catch {
      // Patterns fast-check cannot invert fall back to free text below.
    }
  }
  const min = s.minLength ?? 0;
  const max = Math.min(s.maxLength ?? 300, Math.max(min, 300));
  return fc.oneof(
    fc.string({ unit: 'grapheme', minLength: min, maxLength: max }),
    fc.constantFrom(...HOSTILE_STRINGS).filter((v) => [...v].length >= min && v.length <= max),
  );
}

function numberFor(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : -1_000_000);
  const max = Math.min(s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : 1_000_000), Number.MAX_SAFE_INTEGER);
  return integer ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** Values that satisfy the schema (as far as its keywords go). */
export function valid(schema: JsonSchema, components: Components, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema, components);
  const nullable = s.nullable ? (a: fc.Arbitrary<unknown>) => fc.option(a, { nil: null, freq: 5 }) : (a: fc.Arbitrary<unknown>) => a;
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((a) => valid(a, components, depth + 1)));
  if (s.allOf?.length) return valid(Object.assign({}, ...s.allOf.map((a) => resolve(a, components))), components, depth + 1);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  if (depth > 6) return fc.constant(null);
  switch (type) {
    case 'string': return nullable(stringFor(s));
    case 'integer': return nullable(numberFor(s, true));
    case 'number': return nullable(numberFor(s, false));
    case 'boolean': return nullable(fc.boolean());
    case 'array':
      return nullable(fc.array(valid(s.items ?? {}, components, depth + 1), { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 5, 5) }));
    case 'object':
    case undefined: {
      if (!s.properties) return type === 'object' ? fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }) : fc.jsonValue({ maxDepth: 2 });
      const required = new Set(s.required ?? []);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, prop] of Object.entries(s.properties)) record[key] = valid(prop, components, depth + 1);
      return nullable(fc.record(record, { requiredKeys: [...required].filter((k) => k in record) }));
    }
    default: return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A schema-shaped object with some fields replaced by hostile values, removed, or joined by extra fields. */
export function mutated(schema: JsonSchema, components: Components): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid(schema, components), fc.array(fc.tuple(fc.nat(), hostileValue()), { minLength: 1, maxLength: 3 }), fc.array(extraField(), { maxLength: 2 }), fc.nat())
    .map(([base, replacements, extras, dropAt]) => {
      if (base === null || typeof base !== 'object' || Array.isArray(base)) return base;
      const copy: Record<string, unknown> = { ...(base as Record<string, unknown>) };
      const keys = Object.keys(copy);
      if (keys.length) {
        for (const [at, value] of replacements) copy[keys[at % keys.length]!] = value;
        if (dropAt % 4 === 0) delete copy[keys[dropAt % keys.length]!];
      }
      for (const [key, value] of extras) Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
      return copy;
    });
}

/** Bodies for one operation: valid, mutated, or wholly hostile. Serialised by the caller with JSON.stringify. */
export function bodyFor(schema: JsonSchema | undefined, components: Components): fc.Arbitrary<unknown> {
  if (!schema) return fc.oneof(fc.constant(undefined), hostileValue(), mutated({ type: 'object', properties: {} }, components));
  return fc.oneof(
    { weight: 3, arbitrary: valid(schema, components) },
    { weight: 4, arbitrary: mutated(schema, components) },
    { weight: 1, arbitrary: hostileValue() },
  );
}

export interface QueryParameter { name: string; required?: boolean; schema?: JsonSchema }

/** A query string for the operation's parameters: valid values, hostile values, repeated and bracketed keys. */
export function queryFor(params: QueryParameter[], components: Components): fc.Arbitrary<string> {
  const one = (p: QueryParameter): fc.Arbitrary<[string, string][]> =>
    fc.oneof(
      { weight: 3, arbitrary: valid(p.schema ?? { type: 'string' }, components).map((v) => (Array.isArray(v) ? v : [v]).filter((x) => x !== undefined).map((x): [string, string] => [p.name, String(x)])) },
      { weight: 2, arbitrary: fc.array(hostileString(), { minLength: 1, maxLength: 3 }).map((vs) => vs.map((v): [string, string] => [p.name, v.slice(0, 2000)])) },
      { weight: 1, arbitrary: hostileString().map((v): [string, string][] => [[`${p.name}[$ne]`, v.slice(0, 200)]]) },
    );
  const extras = fc.array(
    fc.tuple(fc.oneof(fc.constantFrom('__proto__[polluted]', 'constructor[prototype][polluted]', '__proto__.polluted', 'prototype', 'unknown'), fc.string({ maxLength: 10 })), fc.constantFrom('yes', '1', '')),
    { maxLength: 2 },
  );
  return fc
    .tuple(fc.tuple(...params.map((p) => fc.option(one(p), { nil: undefined, freq: 2 }))), extras)
    .map(([pairs, extra]) => new URLSearchParams([...pairs.flatMap((p) => p ?? []), ...extra]).toString());
}
