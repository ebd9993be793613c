/**
 * Property-based fuzzing of every operation of the OpenAPI document the API serves (so routes added later are
 * fuzzed without editing this file). Each operation is called as the first role it does not refuse outright,
 * with bodies and query strings derived from its schemas plus hostile values (wrong types, huge and odd
 * unicode strings, nulls, extra fields, prototype-pollution keys) and hostile path parameters.
 * Properties: never a 5xx; every error in the documented shape without internals; a 4xx writes nothing
 * (database fingerprint unchanged); Object.prototype is never polluted.
 * FUZZ_RUNS (default 25) and FUZZ_SEED replay a run; a failure names the operation, seed and counterexample.
 */
import fc from 'fast-check';
import { hashPassword } from '../src/auth/secrets';
import { STRONG_PASSWORD, startApp, uniqueEmail, type TestApp } from './support/app';
import { bareCompany, buildWorld, type World } from './support/auth-matrix';
import { bodyFor, hostileString, queryFor, type Components, type JsonSchema, type QueryParameter } from './support/fuzz-arbitraries';
import { changedTables, fingerprinter, type Fingerprint } from './support/state-fingerprint';

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() ^ (Math.random() * 2 ** 31);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];

/** encodeURIComponent throws on lone surrogates; a client would send their UTF-8 replacement bytes instead. */
function encodeSegment(value: string): string {
  return [...Buffer.from(value, 'utf8')].map((b) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

interface Operation {
  method: Method;
  path: string;
  query: QueryParameter[];
  body?: JsonSchema;
}

describe('security fuzzing of every API operation', () => {
  let t: TestApp;
  let w: World;
  let components: Components;
  let operations: Operation[];
  let fingerprint: () => Promise<Fingerprint>;
  /** Targets of path parameters: resources the fuzzing actor may touch, so requests go past the 404. */
  let targets: [RegExp, string][];
  let throwawayCandidate: string;

  beforeAll(async () => {
    t = await startApp();
    w = await buildWorld(t);
    const doc = (await t.http.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Partial<Record<Method, { parameters?: (QueryParameter & { in: string })[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>>;
      components: { schemas: Components };
    };
    components = doc.components.schemas;
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      METHODS.filter((m) => ops[m]).map((method) => ({
        method,
        path,
        query: (ops[method]!.parameters ?? []).filter((p) => p.in === 'query'),
        body: ops[method]!.requestBody?.content?.['application/json']?.schema,
      })),
    );
    const spareUser = await t.prisma.user.create({ data: { email: uniqueEmail('spare'), role: 'CANDIDATE', emailVerifiedAt: new Date() } });
    const spareCompany = await bareCompany(t, false);
    targets = [
      [/^\/api\/admin\/users\//, spareUser.id],
      [/^\/api\/admin\/companies\//, spareCompany.id],
      [/^\/api\/companies\//, w.ids.company1],
      [/^\/api\/offers\//, w.ids.offerX],
      [/^\/api\/applications\//, w.ids.applicationA],
      [/^\/api\/contact-requests\//, w.ids.contactRequestA],
      [/^\/api\/notifications\//, w.ids.notificationA],
      [/^\/api\/(candidates|talents)\//, w.ids.candidateA],
    ];
    // Account deletion is fuzzed on an account of its own, so a lucky body cannot erase the matrix's candidate.
    const email = uniqueEmail('erasable');
    await t.prisma.user.create({ data: { email, role: 'CANDIDATE', passwordHash: await hashPassword(STRONG_PASSWORD), emailVerifiedAt: new Date() } });
    throwawayCandidate = (await t.http.post('/api/auth/login').send({ email, password: STRONG_PASSWORD }).expect(200)).body.accessToken;
    fingerprint = await fingerprinter(t.prisma);
  }, 120_000);
  afterAll(() => t.close());

  const pathWith = (op: Operation, param: string | undefined) =>
    op.path.replace(/\{(\w+)\}/g, () => encodeSegment(param ?? targets.find(([re]) => re.test(op.path))?.[1] ?? w.ids.candidateA));

  function call(op: Operation, token: string | null, path: string, query: string, body: unknown) {
    let req = t.http[op.method](query ? `${path}?${query}` : path);
    if (token) req = req.set('Authorization', `Bearer ${token}`);
    // Sent as raw JSON so own `__proto__` keys reach the server as the attacker wrote them.
    return body === undefined || op.method === 'get' ? req : req.set('Content-Type', 'application/json').send(JSON.stringify(body) ?? 'null');
  }

  /** The first role not refused outright (401/403) by a plain call: the fuzz then runs past the guards. */
  async function actorFor(op: Operation): Promise<[string, string | null]> {
    if (op.method === 'delete' && op.path === '/api/me') return ['erasable candidate', throwawayCandidate];
    for (const actor of ['candidate', 'recruiter', 'admin'] as const) {
      const res = await call(op, w.tokens[actor], pathWith(op, undefined), '', op.body ? {} : undefined);
      if (res.status !== 401 && res.status !== 403) return [actor, w.tokens[actor]];
    }
    return ['recruiter', w.tokens.recruiter];
  }

  it(`never answers 5xx and never writes on 4xx (${RUNS} runs per operation, seed ${SEED})`, async () => {
    expect(operations.length).toBeGreaterThan(40);
    const failures: string[] = [];
    const summary: Record<string, number> = {};
    for (const [index, op] of operations.entries()) {
      const [actorName, token] = await actorFor(op);
      // One fingerprint per request: the state after a call is the state before the next one.
      let before = await fingerprint();
      const hasParams = op.path.includes('{');
      const property = fc.asyncProperty(
        hasParams ? fc.option(hostileString(), { nil: undefined, freq: 3 }) : fc.constant(undefined),
        queryFor(op.query, components),
        op.method === 'get' ? fc.constant(undefined) : bodyFor(op.body, components),
        async (param, query, body) => {
          const res = await call(op, token, pathWith(op, param), query, body);
          const after = await fingerprint();
          const changed = changedTables(before, after);
          before = after;
          summary[`${Math.floor(res.status / 100)}xx`] = (summary[`${Math.floor(res.status / 100)}xx`] ?? 0) + 1;
          if (res.status >= 500) throw new Error(`${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
          if (res.status >= 400) {
            expect(res.body).toMatchObject({ statusCode: res.status, error: expect.any(String), message: expect.any(String) });
            expect(JSON.stringify(res.body)).not.toMatch(/prisma|stack|\bat \w+ \(|node_modules|SELECT |postgres/i);
            if (changed.length) throw new Error(`${res.status} but wrote: ${changed.join('; ')}`);
          }
        },
      );
      const details = await fc.check(property, { numRuns: RUNS, seed: SEED + index, endOnFailure: true });
      if (details.failed) {
        const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
        const example = JSON.stringify(details.counterexample).slice(0, 600);
        failures.push(`${op.method.toUpperCase()} ${op.path} as ${actorName}: ${error.slice(0, 400)} | seed ${details.seed} path ${details.counterexamplePath} | ${example}`);
      }
    }
    expect(Object.prototype).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(failures).toEqual([]);
    // Most calls must reach the services, not only bounce on validation: the fuzz would be shallow otherwise.
    expect(summary['2xx'] ?? 0).toBeGreaterThan(operations.length);
  }, 600_000);
});
