/**
 * Wire-level test of the Meilisearch engine (packages/search/src/meilisearch) against a STAND-IN server.
 *
 * No Meilisearch binary can run on this project's machines, so this is NOT a real Meilisearch: a small node:http
 * server answers the routes the engine uses with bodies shaped as the API reference documents them (task
 * objects, search responses, error objects), records every request, and lets each test assert exactly what the
 * engine sends and how it reads the answers. What it proves: the requests are the documented ones (paths,
 * methods, parameter names, value types, validated against a copy of the official OpenAPI schemas in
 * fixtures/meilisearch-openapi-subset.json, source noted there), filter strings are built correctly and cannot be
 * injected, responses are mapped back, and outages are told apart from bad queries. What it cannot prove:
 * how a real server ranks, tolerates typos or counts facets — that is the contract suite's Meilisearch run
 * (search-contract.e2e-spec.ts with MEILI_URL), which stays as it is. The review behind this test:
 * docs/decisions/0015-meilisearch-api-review.md.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import { MeiliSearchApiError } from 'meilisearch';
import { MeiliSearchEngine, SKILLS_FACET_LIMIT, SearchUnavailableError, type SearchEngine } from '@talents/search';
import { CANDIDATE_DOCS, IDS, OFFER_DOCS, ROWS } from './search-fixtures';

const PREFIX = 'wire_';
const KEY = 'wire-test-key';
const LILLE = { lat: 50.6292, lon: 3.0573 };

// ---- the official schemas --------------------------------------------------------------------------------

const openapi = JSON.parse(readFileSync(join(__dirname, 'fixtures/meilisearch-openapi-subset.json'), 'utf8'));
const SCHEMAS: Record<string, { properties?: Record<string, unknown> }> = openapi.components.schemas;
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat('u-int8', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= 0 && n <= 255 });
ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
ajv.addSchema(openapi, 'meili');
const validators = new Map<string, ValidateFunction>();
function schema(name: string): ValidateFunction {
  if (!validators.has(name)) validators.set(name, ajv.getSchema(`meili#/components/schemas/${name}`)!);
  return validators.get(name)!;
}
/** The schema's verdict as a readable list (empty = valid), so a failure says what is wrong. */
function violations(name: string, value: unknown): string[] {
  const validate = schema(name);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${name}${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}
/** Keys the object has that the schema does not document (the OpenAPI schemas themselves allow any). */
function undocumentedKeys(name: string, value: object): string[] {
  return Object.keys(value).filter((key) => !(key in (SCHEMAS[name]!.properties ?? {})));
}

// ---- the stand-in server ---------------------------------------------------------------------------------

interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}
type Reply = { status: number; body: unknown; raw?: string };
type TaskOutcome = { status: 'succeeded' } | { status: 'failed'; code: string; message: string };

class StandIn {
  readonly requests: Recorded[] = [];
  /** Responses the stand-in sent that its own copy of the schemas rejects: must stay empty. */
  readonly selfCheck: string[] = [];
  readonly indexes = new Set<string>();
  readonly documents = new Map<string, Map<string, Record<string, unknown>>>();
  /** Overrides the outcome of the next task of a given type (e.g. a failed settings update). */
  readonly nextOutcome = new Map<string, TaskOutcome>();
  /** Answers POST /indexes/:uid/search; the default serves the stored documents, paged. */
  onSearch: (uid: string, body: Record<string, unknown>) => Reply = (uid, body) => this.defaultSearch(uid, body);
  private readonly tasks = new Map<number, { view: Record<string, unknown>; polled: number }>();
  private nextTaskUid = 0;
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  reset(): void {
    this.requests.length = 0;
    this.nextOutcome.clear();
    this.onSearch = (uid, body) => this.defaultSearch(uid, body);
  }

  /** Requests other than task polling, as "METHOD /path". */
  calls(): string[] {
    return this.requests.filter((r) => !r.path.startsWith('/tasks/')).map((r) => `${r.method} ${r.path}`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url!, 'http://stand-in');
    const recorded: Recorded = { method: req.method!, path: url.pathname, query: url.searchParams, headers: req.headers, body: text ? JSON.parse(text) : undefined };
    this.requests.push(recorded);
    const reply = this.route(recorded);
    res.writeHead(reply.status, { 'content-type': reply.raw === undefined ? 'application/json' : 'text/html' });
    res.end(reply.raw ?? JSON.stringify(reply.body));
  }

  private route({ method, path, body, query }: Recorded): Reply {
    let m: RegExpMatchArray | null;
    if (method === 'GET' && path === '/health') return this.checked('HealthResponse', 200, { status: 'available' });
    if (method === 'POST' && path === '/indexes') {
      const { uid } = body as { uid: string };
      if (this.indexes.has(uid)) return this.enqueue(uid, 'indexCreation', { primaryKey: 'id' }, failed('index_already_exists', `Index \`${uid}\` already exists.`));
      this.indexes.add(uid);
      return this.enqueue(uid, 'indexCreation', { primaryKey: 'id' });
    }
    if (method === 'PATCH' && (m = path.match(/^\/indexes\/([^/]+)\/settings$/))) {
      return this.enqueue(m[1]!, 'settingsUpdate', body as Record<string, unknown>);
    }
    if (method === 'POST' && (m = path.match(/^\/indexes\/([^/]+)\/documents$/))) {
      const store = this.store(m[1]!);
      for (const doc of body as Record<string, unknown>[]) store.set(String(doc[query.get('primaryKey') ?? 'id']), doc);
      const count = (body as unknown[]).length;
      return this.enqueue(m[1]!, 'documentAdditionOrUpdate', { receivedDocuments: count, indexedDocuments: count });
    }
    if (method === 'POST' && (m = path.match(/^\/indexes\/([^/]+)\/documents\/delete-batch$/))) {
      if (!this.indexes.has(m[1]!)) return this.enqueue(m[1]!, 'documentDeletion', {}, failed('index_not_found', `Index \`${m[1]}\` not found.`));
      for (const id of body as string[]) this.store(m[1]!).delete(id);
      return this.enqueue(m[1]!, 'documentDeletion', { providedIds: (body as unknown[]).length });
    }
    if (method === 'DELETE' && (m = path.match(/^\/indexes\/([^/]+)\/documents$/))) {
      this.store(m[1]!).clear();
      return this.enqueue(m[1]!, 'documentDeletion', { deletedDocuments: 0 });
    }
    if (method === 'POST' && (m = path.match(/^\/indexes\/([^/]+)\/search$/))) {
      const reply = this.onSearch(m[1]!, body as Record<string, unknown>);
      if (reply.status === 200) this.selfCheck.push(...violations('SearchResult', reply.body));
      return reply;
    }
    if (method === 'GET' && (m = path.match(/^\/tasks\/(\d+)$/))) {
      const task = this.tasks.get(Number(m[1]));
      if (!task) return { status: 404, body: errorBody('task_not_found', `Task \`${m[1]}\` not found.`, 'invalid_request') };
      // Reported as processing on the first poll, final afterwards: the engine must keep polling.
      task.polled += 1;
      const view = task.polled === 1 ? { ...task.view, status: 'processing', error: null, duration: null, finishedAt: null } : task.view;
      return { status: 200, body: view };
    }
    return { status: 404, body: errorBody('not_found', `stand-in: no route ${method} ${path}`, 'invalid_request') };
  }

  private store(uid: string): Map<string, Record<string, unknown>> {
    if (!this.documents.has(uid)) this.documents.set(uid, new Map());
    return this.documents.get(uid)!;
  }

  /** 202 with a summarized task; GET /tasks/:uid then reports it (documented task object). */
  private enqueue(indexUid: string, type: string, details: Record<string, unknown>, outcome: TaskOutcome = { status: 'succeeded' }): Reply {
    const override = this.nextOutcome.get(type);
    if (override) {
      this.nextOutcome.delete(type);
      outcome = override;
    }
    const taskUid = this.nextTaskUid++;
    const enqueuedAt = new Date().toISOString();
    const error = outcome.status === 'failed' ? errorBody(outcome.code, outcome.message, 'invalid_request') : null;
    const view = {
      uid: taskUid, batchUid: taskUid, indexUid, status: outcome.status, type, canceledBy: null, details, error,
      duration: 'PT0.001S', enqueuedAt, startedAt: enqueuedAt, finishedAt: enqueuedAt,
    };
    this.selfCheck.push(...violations('TaskView', view));
    this.tasks.set(taskUid, { view, polled: 0 });
    return this.checked('SummarizedTaskView', 202, { taskUid, indexUid, status: 'enqueued', type, enqueuedAt });
  }

  private checked(name: string, status: number, body: unknown): Reply {
    this.selfCheck.push(...violations(name, body));
    return { status, body };
  }

  private defaultSearch(uid: string, body: Record<string, unknown>): Reply {
    const all = [...this.store(uid).values()];
    const page = Number(body.page ?? 1);
    const hitsPerPage = Number(body.hitsPerPage ?? 20);
    return {
      status: 200,
      body: {
        hits: all.slice((page - 1) * hitsPerPage, page * hitsPerPage),
        query: body.q ?? '',
        processingTimeMs: 1,
        hitsPerPage,
        page,
        totalPages: Math.ceil(all.length / hitsPerPage),
        totalHits: all.length,
      },
    };
  }
}

function errorBody(code: string, message: string, type: string) {
  return { message, code, type, link: `https://docs.meilisearch.com/errors#${code}` };
}
function failed(code: string, message: string): TaskOutcome {
  return { status: 'failed', code, message };
}

/**
 * Splits a filter condition the way Meilisearch's filter parser reads quoted values (filter-parser
 * src/value.rs, `quoted_by`): inside quotes, a backslash always takes the next character with it, the first
 * unescaped quote closes the value, then `\"` and `\\` are unescaped. Returns the syntax outside quotes (with
 * each value replaced by `?`) and the values.
 */
function parseQuoted(condition: string): { syntax: string; values: string[] } {
  let syntax = '';
  const values: string[] = [];
  for (let i = 0; i < condition.length; i += 1) {
    if (condition[i] !== '"') {
      syntax += condition[i];
      continue;
    }
    let raw = '';
    for (i += 1; i < condition.length && condition[i] !== '"'; i += 1) {
      if (condition[i] === '\\') raw += condition[i++];
      raw += condition[i];
    }
    if (i >= condition.length) throw new Error(`unterminated value in ${condition}`);
    values.push(raw.replace(/\\(["\\])/g, '$1'));
    syntax += '?';
  }
  return { syntax, values };
}

// ---- the tests -------------------------------------------------------------------------------------------

describe('Meilisearch engine on the wire (stand-in server, not a real Meilisearch)', () => {
  const server = new StandIn();
  let engine: SearchEngine;
  const bodiesOf = (method: string, path: string) => server.requests.filter((r) => r.method === method && r.path === path).map((r) => r.body);
  const searchBody = () => bodiesOf('POST', `/indexes/${PREFIX}candidates/search`).at(-1) as Record<string, unknown>;

  beforeAll(async () => {
    await server.start();
    engine = new MeiliSearchEngine({ url: server.url, apiKey: KEY, prefix: PREFIX, requestTimeoutMs: 2_000, taskTimeoutMs: 10_000 });
  });
  afterAll(() => server.stop());
  beforeEach(() => server.reset());
  afterEach(() => expect(server.selfCheck).toEqual([]));

  describe('applySettings', () => {
    it('creates each index with primary key id, then PATCHes documented settings, waiting for every task', async () => {
      await engine.applySettings();

      expect(server.calls()).toEqual([
        'POST /indexes', `PATCH /indexes/${PREFIX}candidates/settings`,
        'POST /indexes', `PATCH /indexes/${PREFIX}offers/settings`,
      ]);
      expect(bodiesOf('POST', '/indexes')).toEqual([{ uid: `${PREFIX}candidates`, primaryKey: 'id' }, { uid: `${PREFIX}offers`, primaryKey: 'id' }]);
      for (const body of bodiesOf('POST', '/indexes')) expect(violations('IndexCreateRequest', body)).toEqual([]);
      // Each write is polled until it is final (first poll: processing) before the next request.
      const sequence = server.requests.map((r) => `${r.method} ${r.path}`);
      expect(sequence.slice(0, 4)).toEqual(['POST /indexes', 'GET /tasks/0', 'GET /tasks/0', `PATCH /indexes/${PREFIX}candidates/settings`]);
      for (const r of server.requests) expect(r.headers.authorization).toBe(`Bearer ${KEY}`);

      for (const index of ['candidates', 'offers']) {
        const [settings] = bodiesOf('PATCH', `/indexes/${PREFIX}${index}/settings`) as Record<string, unknown>[];
        expect(undocumentedKeys('Settings_Unchecked', settings!)).toEqual([]);
        expect(violations('Settings_Unchecked', settings)).toEqual([]);
        expect(settings!.faceting).toEqual({ maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } });
        expect(settings!.rankingRules).toEqual(['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', index === 'candidates' ? 'updatedAtTs:desc' : 'publishedAtTs:desc']);
        expect(settings!.filterableAttributes).toContain('_geo');
        expect(settings!.sortableAttributes).toEqual([index === 'candidates' ? 'updatedAtTs' : 'publishedAtTs', '_geo']);
        expect((settings!.synonyms as Record<string, string[]>).k8s).toEqual(['kubernetes']);
      }
      const [candidates] = bodiesOf('PATCH', `/indexes/${PREFIX}candidates/settings`) as Record<string, unknown>[];
      expect(candidates!.filterableAttributes).toEqual(expect.arrayContaining(['roleFamilies', 'skillSlugs', 'track', 'basinCode', 'contractTypes', 'availableFromDay', 'yearsOfExperience']));
    });

    it('treats index_already_exists as success, so a second start changes nothing', async () => {
      await engine.applySettings(); // the indexes exist: both creation tasks fail with index_already_exists
      expect(server.calls()).toEqual(['POST /indexes', `PATCH /indexes/${PREFIX}candidates/settings`, 'POST /indexes', `PATCH /indexes/${PREFIX}offers/settings`]);
    });

    it('fails loudly when the settings task fails or the index cannot be created', async () => {
      server.nextOutcome.set('settingsUpdate', failed('invalid_settings_ranking_rules', 'bad ranking rule'));
      await expect(engine.applySettings()).rejects.toThrow('settings of candidates rejected: bad ranking rule');
      server.nextOutcome.set('indexCreation', failed('invalid_index_uid', 'bad uid'));
      await expect(engine.applySettings()).rejects.toThrow('cannot create index candidates: bad uid');
    });
  });

  describe('writes', () => {
    it('sends candidate documents with _geo {lat, lng}, numeric dates, and nothing identifying for anonymous profiles', async () => {
      await engine.upsert('candidates', CANDIDATE_DOCS);

      const [req] = server.requests.filter((r) => r.method === 'POST' && r.path === `/indexes/${PREFIX}candidates/documents`);
      expect(req!.query.get('primaryKey')).toBe('id');
      const sent = req!.body as Record<string, unknown>[];
      expect(sent.map((d) => d.id).sort()).toEqual([IDS.alice, IDS.bruno, IDS.chloe, IDS.dylan].sort());
      expect(sent.map((d) => d.id)).not.toContain(IDS.hidden);
      for (const doc of sent) {
        const source = CANDIDATE_DOCS.find((d) => d.id === doc.id)!;
        expect(doc._geo).toEqual({ lat: source.lat, lng: source.lon });
        expect(typeof (doc._geo as { lat: unknown }).lat).toBe('number');
        expect(doc.updatedAtTs).toBe(Date.parse(source.updatedAt));
        expect(doc.availableFromDay).toBe(source.availableFrom ? Math.floor(Date.parse(`${source.availableFrom}T00:00:00Z`) / 86_400_000) : null);
      }
      for (const id of [IDS.bruno, IDS.dylan]) {
        const doc = sent.find((d) => d.id === id)!;
        expect(doc).toMatchObject({ visibility: 'ANONYMOUS', displayName: null });
        const text = JSON.stringify(doc);
        for (const leak of ['Bruno', 'Petitjean', 'Dylan', 'Lefebvre', '@example.fr', '+33', 'linkedin', 'Université', 'MALE', 'gender', 'phone', 'email']) {
          expect(text).not.toContain(leak);
        }
      }
      // The call resolved only once its task was final.
      const last = server.requests.at(-1)!;
      expect(last.method).toBe('GET');
      expect(last.path).toMatch(/^\/tasks\/\d+$/);
    });

    it('sends offers with numeric publication and end dates', async () => {
      await engine.upsert('offers', OFFER_DOCS);
      const [sent] = bodiesOf('POST', `/indexes/${PREFIX}offers/documents`) as Record<string, unknown>[][];
      expect(sent!.map((d) => [d.publishedAtTs, d.expiresAtTs, d._geo])).toEqual(
        OFFER_DOCS.map((d) => [Date.parse(d.publishedAt!), Date.parse(d.expiresAt!), { lat: d.lat, lng: d.lon }]),
      );
    });

    it('gives a document without a location no _geo field, and fails when indexing fails', async () => {
      const placeless = { ...CANDIDATE_DOCS[0]!, id: '00000000-0000-4000-8000-000000000098', lat: null, lon: null };
      await engine.upsert('candidates', [placeless]);
      const [[sent]] = bodiesOf('POST', `/indexes/${PREFIX}candidates/documents`) as Record<string, unknown>[][];
      expect(sent).not.toHaveProperty('_geo');
      server.nextOutcome.set('documentAdditionOrUpdate', failed('invalid_document_geo_field', 'bad _geo'));
      await expect(engine.upsert('candidates', [placeless])).rejects.toThrow('indexing candidates failed: bad _geo');
      await engine.remove('candidates', [placeless.id]);
    });

    it('removes by id (delete-batch) and clears, and a failed deletion is not silent', async () => {
      await engine.remove('candidates', [IDS.alice]);
      expect(bodiesOf('POST', `/indexes/${PREFIX}candidates/documents/delete-batch`)).toEqual([[IDS.alice]]);
      server.nextOutcome.set('documentDeletion', failed('internal', 'disk full'));
      await expect(engine.remove('candidates', [IDS.bruno])).rejects.toThrow('removing from candidates failed: disk full');
      // An index that does not exist holds nothing to remove.
      const fresh = new MeiliSearchEngine({ url: server.url, apiKey: KEY, prefix: 'missing_' });
      await expect(fresh.remove('candidates', [IDS.bruno])).resolves.toBeUndefined();
      await engine.clear('offers');
      expect(server.calls()).toContain(`DELETE /indexes/${PREFIX}offers/documents`);
      await engine.upsert('candidates', CANDIDATE_DOCS);
      await engine.upsert('offers', OFFER_DOCS);
    });
  });

  describe('search requests', () => {
    it('uses the documented parameters: filter array, facets, page/hitsPerPage, matchingStrategy all, geo sort', async () => {
      await engine.search('candidates', {
        q: ' typescript ',
        filters: { roleFamily: ['DEV'], skills: ['typescript', 'react'], contractType: ['CDI', 'CDD'], availableBefore: '2027-01-01', minExperience: 2 },
        geo: { ...LILLE, radiusKm: 20 },
        facets: ['roleFamily', 'skills', 'contractType', 'unknownFacet'],
        sort: 'distance',
        page: 2,
        pageSize: 3,
      });
      const body = searchBody();
      expect(undocumentedKeys('SearchQuery', body)).toEqual([]);
      expect(violations('SearchQuery', body)).toEqual([]);
      expect(body).toEqual({
        q: 'typescript',
        filter: [
          '(roleFamilies IN ["DEV"])',
          '(skillSlugs = "typescript" AND skillSlugs = "react")',
          '(contractTypes IN ["CDI", "CDD"])',
          `(availableFromDay IS NULL OR availableFromDay <= ${Math.floor(Date.parse('2027-01-01T00:00:00Z') / 86_400_000)})`,
          '(yearsOfExperience >= 2)',
          '(_geoRadius(50.6292, 3.0573, 20000))',
        ],
        facets: ['roleFamilies', 'skillSlugs', 'contractTypes'],
        page: 2,
        hitsPerPage: 3,
        matchingStrategy: 'all',
        sort: ['_geoPoint(50.6292, 3.0573):asc', 'updatedAtTs:desc'],
      });
    });

    it('sorts by date newest first, keeps relevance without a sort parameter, and sends no empty filter', async () => {
      await engine.search('candidates', { sort: 'date' });
      expect(searchBody()).toEqual({ q: null, facets: [], page: 1, hitsPerPage: 20, matchingStrategy: 'all', sort: ['updatedAtTs:desc'] });
      await engine.search('candidates', { q: 'java' });
      expect(searchBody()).not.toHaveProperty('sort');
      await engine.search('offers', { sort: 'date', filters: { openAt: '2027-01-15T00:00:00.000Z', remotePolicy: ['ONSITE'] }, pageSize: 500 });
      const offers = bodiesOf('POST', `/indexes/${PREFIX}offers/search`).at(-1);
      expect(violations('SearchQuery', offers)).toEqual([]);
      expect(offers).toMatchObject({
        filter: ['(remotePolicy IN ["ONSITE"])', `(expiresAtTs IS NULL OR expiresAtTs > ${Date.parse('2027-01-15T00:00:00.000Z')})`],
        sort: ['publishedAtTs:desc'],
        hitsPerPage: 100,
      });
    });

    it('quotes filter values so that no value can close its string or inject syntax', async () => {
      const nasty = ['java" OR track = "STUDENT', 'a\\', 'a\\" OR x = 1', '"', '\\\\"', ') OR (1 = 1', "l'été", 'line\nbreak', 'OR', '_geoRadius(0, 0, 1)'];
      await engine.search('candidates', { filters: { skills: nasty, basin: nasty } });
      const [skills, basins] = searchBody().filter as string[];
      const skillsParsed = parseQuoted(skills!);
      expect(skillsParsed.values).toEqual(nasty);
      expect(skillsParsed.syntax).toBe(`(${nasty.map(() => 'skillSlugs = ?').join(' AND ')})`);
      const basinsParsed = parseQuoted(basins!);
      expect(basinsParsed.values).toEqual(nasty);
      expect(basinsParsed.syntax).toBe(`(basinCode IN [${nasty.map(() => '?').join(', ')}])`);
      expect(skills).toContain('skillSlugs = "java\\" OR track = \\"STUDENT"');
    });
  });

  describe('search responses', () => {
    it('maps hits (Meilisearch-only fields stripped, distance added), facets (top 20 skills) and the exact total', async () => {
      const alice = server.documents.get(`${PREFIX}candidates`)!.get(IDS.alice)!;
      const chloe = server.documents.get(`${PREFIX}candidates`)!.get(IDS.chloe)!;
      const skills = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`skill-${String(i).padStart(2, '0')}`, i + 1]));
      server.onSearch = () => ({
        status: 200,
        body: {
          hits: [{ ...alice, _geoDistance: 0, _rankingScore: 0.9 }, { ...chloe, _geoDistance: 9212, _rankingScore: 0.5 }],
          query: '', processingTimeMs: 3, hitsPerPage: 2, page: 1, totalPages: 21, totalHits: 42,
          facetDistribution: { roleFamilies: { SALES: 1, DEV: 2 }, skillSlugs: skills },
          facetStats: {},
        },
      });
      const res = await engine.search('candidates', { geo: { ...LILLE, radiusKm: 20 }, facets: ['roleFamily', 'skills'], pageSize: 2 });

      expect(res.total).toBe(42);
      expect(res).not.toHaveProperty('totalApproximate');
      expect(res.hits.map((h) => h.id)).toEqual([IDS.alice, IDS.chloe]);
      for (const hit of res.hits) {
        for (const field of ['_geo', 'updatedAtTs', 'availableFromDay', '_geoDistance', '_rankingScore']) expect(hit).not.toHaveProperty(field);
      }
      expect(res.hits[0]).toEqual({ ...CANDIDATE_DOCS.find((d) => d.id === IDS.alice), _distanceKm: 0 });
      expect(res.hits[1]!._distanceKm).toBeGreaterThan(5);
      expect(res.hits[1]!._distanceKm).toBeLessThan(15);
      expect(res.facets.roleFamily).toEqual({ DEV: 2, SALES: 1 });
      expect(Object.keys(res.facets.skills!)).toHaveLength(SKILLS_FACET_LIMIT);
      expect(Object.values(res.facets.skills!)).toEqual(Array.from({ length: 20 }, (_, i) => 25 - i));
      expect(res.hits[0]!.displayName).toBe(`${ROWS.alice.firstName} ${ROWS.alice.lastName}`);
    });

    it('passes an estimatedTotalHits (offset/limit answer) on as an approximate total', async () => {
      server.onSearch = () => ({ status: 200, body: { hits: [], query: '', processingTimeMs: 1, limit: 20, offset: 0, estimatedTotalHits: 1000 } });
      expect(await engine.search('candidates', {})).toEqual({ hits: [], total: 1000, facets: {}, totalApproximate: true });
    });
  });

  describe('errors', () => {
    it('answers 5xx, a non-JSON proxy error page, a refused connection and a timeout with SearchUnavailableError', async () => {
      server.onSearch = () => ({ status: 500, body: errorBody('internal', 'an internal error occurred', 'internal') });
      await expect(engine.search('candidates', { q: 'java' })).rejects.toBeInstanceOf(SearchUnavailableError);
      server.onSearch = () => ({ status: 503, body: errorBody('too_many_search_requests', 'too many search requests', 'system') });
      await expect(engine.search('candidates', { q: 'java' })).rejects.toBeInstanceOf(SearchUnavailableError);
      server.onSearch = () => ({ status: 502, body: null, raw: '<html><body>502 Bad Gateway</body></html>' });
      await expect(engine.search('candidates', { q: 'java' })).rejects.toBeInstanceOf(SearchUnavailableError);

      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise<void>((resolve) => closed.close(() => resolve()));
      const unreachable = new MeiliSearchEngine({ url: `http://127.0.0.1:${port}`, prefix: PREFIX });
      await expect(unreachable.search('candidates', {})).rejects.toBeInstanceOf(SearchUnavailableError);
      expect(await unreachable.health()).toBe(false);

      // A server that accepts the request and never answers: the request timeout turns it into an outage.
      const silent = createServer(() => undefined);
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      try {
        const slow = new MeiliSearchEngine({ url: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`, prefix: PREFIX, requestTimeoutMs: 200 });
        await expect(slow.search('candidates', {})).rejects.toBeInstanceOf(SearchUnavailableError);
      } finally {
        silent.closeAllConnections();
        await new Promise<void>((resolve) => silent.close(() => resolve()));
      }
    });

    it('passes a 400 invalid_search_filter on as a plain error, not an outage', async () => {
      server.onSearch = () => ({ status: 400, body: errorBody('invalid_search_filter', 'Attribute `x` is not filterable.', 'invalid_request') });
      const error = await engine.search('candidates', { q: 'java' }).catch((e: unknown) => e);
      expect(error).not.toBeInstanceOf(SearchUnavailableError);
      expect(error).toBeInstanceOf(MeiliSearchApiError);
      expect((error as MeiliSearchApiError).cause).toMatchObject({ code: 'invalid_search_filter' });
    });

    it('reports health from GET /health', async () => {
      expect(await engine.health()).toBe(true);
      expect(server.calls()).toEqual(['GET /health']);
    });
  });
});
