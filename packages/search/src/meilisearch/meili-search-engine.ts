/**
 * The production search engine (MEILI_URL set). Documents are stored as built by documents.ts plus the
 * fields Meilisearch needs (`_geo`, numeric dates), which are stripped again from hits. Writes wait for their
 * task so that a synced document is searchable when syncCandidate/syncOffer returns, as with PostgreSQL.
 * Every call was reviewed against the HTTP API (docs/decisions/0015-meilisearch-api-review.md) and is pinned by
 * a wire-level test against a stand-in server (apps/api/test/search-meili-wire.e2e-spec.ts).
 */
import {
  MeiliSearch, MeiliSearchApiError, MeiliSearchRequestError, MeiliSearchRequestTimeOutError, type Index, type SearchParams,
} from 'meilisearch';
import { distanceKm, roundKm } from '../geo';
import { DATE_SORT, fieldOf } from '../index-fields';
import {
  INDEX_NAMES,
  SKILLS_FACET_LIMIT,
  SearchUnavailableError,
  effectiveSort,
  pageOf,
  type DocumentOf,
  type IndexName,
  type SearchEngine,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
} from '../search-engine';
import { epochDay, geoPointSort, meiliFilter } from './meili-filters';
import { meiliSettings } from './meili-settings';

export interface MeiliOptions {
  url: string;
  apiKey?: string;
  /** Index uid prefix, so tests (or several environments) can share one server. */
  prefix?: string;
  /** How long a write waits for Meilisearch to process it. */
  taskTimeoutMs?: number;
  /** How long one HTTP request may take before the engine counts as unavailable. */
  requestTimeoutMs?: number;
}

type MeiliDoc = Record<string, unknown> & { id: string };
const EXTRA_FIELDS = ['_geo', 'availableFromDay', 'updatedAtTs', 'publishedAtTs', 'expiresAtTs', '_geoDistance', '_rankingScore'];

export class MeiliSearchEngine implements SearchEngine {
  readonly kind = 'meilisearch' as const;
  private readonly client: MeiliSearch;
  private readonly prefix: string;
  private readonly wait: { timeout: number };

  constructor(options: MeiliOptions) {
    this.client = new MeiliSearch({ host: options.url, apiKey: options.apiKey, timeout: options.requestTimeoutMs ?? 5_000 });
    this.prefix = options.prefix ?? '';
    this.wait = { timeout: options.taskTimeoutMs ?? 30_000 };
  }

  private index(name: IndexName): Index<MeiliDoc> {
    return this.client.index<MeiliDoc>(`${this.prefix}${name}`);
  }

  async applySettings(): Promise<void> {
    for (const name of INDEX_NAMES) {
      // Creating an existing index fails its task with index_already_exists: that is the idempotent case.
      const created = await this.client.createIndex(`${this.prefix}${name}`, { primaryKey: 'id' }).waitTask(this.wait);
      if (created.status === 'failed' && created.error?.code !== 'index_already_exists') {
        throw new Error(`Meilisearch: cannot create index ${name}: ${created.error?.message}`);
      }
      const task = await this.index(name).updateSettings(meiliSettings(name)).waitTask(this.wait);
      if (task.status === 'failed') throw new Error(`Meilisearch: settings of ${name} rejected: ${task.error?.message}`);
    }
  }

  async upsert<I extends IndexName>(index: I, docs: DocumentOf[I][]): Promise<void> {
    if (docs.length === 0) return;
    const task = await this.index(index).addDocuments(docs.map(toMeili), { primaryKey: 'id' }).waitTask(this.wait);
    if (task.status === 'failed') throw new Error(`Meilisearch: indexing ${index} failed: ${task.error?.message}`);
  }

  async remove(index: IndexName, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    // A deletion that fails (e.g. a hidden profile's document) must not pass silently: the caller retries.
    // A missing index holds no documents, which is what was asked.
    const task = await this.index(index).deleteDocuments(ids).waitTask(this.wait);
    if (task.status === 'failed' && task.error?.code !== 'index_not_found') {
      throw new Error(`Meilisearch: removing from ${index} failed: ${task.error?.message}`);
    }
  }

  async clear(index: IndexName): Promise<void> {
    const task = await this.index(index).deleteAllDocuments().waitTask(this.wait);
    if (task.status === 'failed' && task.error?.code !== 'index_not_found') {
      throw new Error(`Meilisearch: clearing ${index} failed: ${task.error?.message}`);
    }
  }

  async search<I extends IndexName>(index: I, query: SearchQuery): Promise<SearchResult<I>> {
    const { page, pageSize } = pageOf(query);
    const facetDefs = (query.facets ?? []).map((name) => [name, fieldOf(index, name)] as const).filter(([, def]) => def);
    const sort = effectiveSort(query);
    const filter = meiliFilter(index, query);
    const params = {
      // An array of conditions, ANDed; omitted when there is none.
      filter: filter.length > 0 ? filter : undefined,
      facets: facetDefs.map(([, def]) => def!.attribute),
      page,
      hitsPerPage: pageSize,
      // Every word must match, as with PostgreSQL (the default 'last' drops words until something matches).
      matchingStrategy: 'all',
      sort: undefined as string[] | undefined,
    } satisfies SearchParams;
    // `sort` is the first ranking rule (meili-settings.ts), so these orders are exhaustive; ties as in PostgreSQL.
    const byDate = `${DATE_SORT[index].attribute}:desc`;
    if (sort === 'date') params.sort = [byDate];
    if (sort === 'distance' && query.geo) params.sort = [geoPointSort(query.geo.lat, query.geo.lon), byDate];
    // Relevance keeps Meilisearch's ranking rules; no sort parameter.
    const response = await this.index(index)
      .search(query.q?.trim() || null, params)
      .catch((error: unknown) => {
        throw isOutage(error) ? new SearchUnavailableError(this.kind, error) : error;
      });

    const hits = response.hits.map((raw) => {
      const hit: Record<string, unknown> = { ...raw };
      for (const field of EXTRA_FIELDS) delete hit[field];
      const lat = raw.lat as number | null;
      const lon = raw.lon as number | null;
      if (query.geo && lat !== null && lon !== null) hit._distanceKm = roundKm(distanceKm(query.geo.lat, query.geo.lon, lat, lon));
      return hit as unknown as SearchHit<I>;
    });
    const distribution = response.facetDistribution ?? {};
    const facets = Object.fromEntries(
      facetDefs.map(([name, def]) => {
        const counts = Object.entries(distribution[def!.attribute] ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
        return [name, Object.fromEntries(name === 'skills' ? counts.slice(0, SKILLS_FACET_LIMIT) : counts)];
      }),
    );
    // Paged searches (page/hitsPerPage, as here) answer an exact totalHits; offset/limit ones only an
    // estimatedTotalHits, passed on as such.
    const counted: { totalHits?: number; estimatedTotalHits?: number } = response;
    if (counted.totalHits === undefined && counted.estimatedTotalHits !== undefined) {
      return { hits, total: counted.estimatedTotalHits, facets, totalApproximate: true };
    }
    return { hits, total: counted.totalHits ?? 0, facets };
  }

  async health(): Promise<boolean> {
    return this.client.isHealthy();
  }
}

/** The stored document plus what Meilisearch filters and sorts on (numbers, `_geo`). */
function toMeili(doc: DocumentOf[IndexName]): MeiliDoc {
  const out: MeiliDoc = { ...doc };
  if (doc.lat !== null && doc.lon !== null) out._geo = { lat: doc.lat, lng: doc.lon };
  if ('updatedAt' in doc) {
    out.updatedAtTs = Date.parse(doc.updatedAt);
    out.availableFromDay = doc.availableFrom ? epochDay(doc.availableFrom) : null;
  }
  if ('publishedAt' in doc) {
    out.publishedAtTs = doc.publishedAt ? Date.parse(doc.publishedAt) : null;
    out.expiresAtTs = doc.expiresAt ? Date.parse(doc.expiresAt) : null;
  }
  return out;
}

/**
 * Unreachable, too slow, or failing on its side (5xx): not the query's fault. The client reports a refused
 * connection and a timeout as MeiliSearchRequestError (the timeout as its cause), a non-2xx answer as
 * MeiliSearchApiError; it JSON-parses every body first, so a proxy's HTML error page in front of the server
 * (502/504) surfaces as a SyntaxError. A 4xx (invalid_search_filter, index_not_found, invalid_api_key…) is a
 * bug or a misconfiguration, not an outage.
 */
function isOutage(error: unknown): boolean {
  if (error instanceof MeiliSearchRequestError || error instanceof MeiliSearchRequestTimeOutError) return true;
  if (error instanceof SyntaxError) return true;
  return error instanceof MeiliSearchApiError && (error.response?.status ?? 0) >= 500;
}
