/**
 * The one search abstraction of the platform. Two implementations pass the same contract tests
 * (test/search-contract.e2e-spec.ts): PostgreSQL (full text + trigram + unaccent, the embedded default) and
 * Meilisearch (production, when MEILI_URL is set). Callers never know which one answers.
 */
import type { CandidateDocument, OfferDocument } from './documents';

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');

export type IndexName = 'candidates' | 'offers';
export const INDEX_NAMES: readonly IndexName[] = ['candidates', 'offers'];

export interface DocumentOf {
  candidates: CandidateDocument;
  offers: OfferDocument;
}

/** Filter names are the API's query parameter names; each index accepts the ones it has (index-fields.ts). */
export interface SearchFilters {
  roleFamily?: string[];
  /** Skill slugs; a document must have ALL of them. */
  skills?: string[];
  track?: string[];
  basin?: string[];
  contractType?: string[];
  remotePolicy?: string[];
  experienceLevel?: string[];
  /** Candidates available on or before this day (YYYY-MM-DD), or with no date (available now). */
  availableBefore?: string;
  minExperience?: number;
  /** Offers still open at this instant (ISO 8601): no end date, or an end date after it. */
  openAt?: string;
}

export interface GeoFilter {
  lat: number;
  lon: number;
  radiusKm: number;
}

export type SearchSort = 'relevance' | 'date' | 'distance';

export interface SearchQuery {
  q?: string;
  filters?: SearchFilters;
  geo?: GeoFilter;
  /** Facet names (same names as filters): counts are computed on the filtered result set. */
  facets?: string[];
  /** relevance without q, or distance without geo, fall back to date. */
  sort?: SearchSort;
  page?: number;
  pageSize?: number;
  /**
   * false when only the hits matter (matching's retrieval): the engine may then skip counting the matches, and
   * `total` is only a lower bound (flagged `totalApproximate`) unless the page is the last one. The PostgreSQL
   * engine reads a date-ordered page of a text-less search in date order and stops there, instead of a pass over
   * every match for the total. Default true.
   */
  withTotal?: boolean;
}

/** A hit is the stored document, plus the distance from the geo point when the query had one. */
export type SearchHit<I extends IndexName> = DocumentOf[I] & { _distanceKm?: number };

export interface SearchResult<I extends IndexName> {
  hits: SearchHit<I>[];
  total: number;
  /** facet name → value → count. Skills: the 20 most frequent values. */
  facets: Record<string, Record<string, number>>;
  /**
   * true when the counts were estimated from a sample of a large result set (PostgreSQL engine, above
   * BROAD_SEARCH_LIMITS.exactUpTo matches; the values are the sample's counts scaled to `total`). Absent when
   * exact.
   */
  facetsApproximate?: boolean;
  /**
   * true when `total` is an estimate (PostgreSQL engine above BROAD_SEARCH_LIMITS.exactTotalUpTo matches;
   * Meilisearch when it answers estimatedTotalHits). Pages past the real end come back empty. Absent when exact.
   */
  totalApproximate?: boolean;
}

/**
 * The engine could not be reached (network, timeout, server error): callers answer 503, never 500. Bad queries
 * are not this error.
 */
export class SearchUnavailableError extends Error {
  constructor(engine: string, cause: unknown) {
    super(`search engine ${engine} unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'SearchUnavailableError';
  }
}

export interface SearchEngine {
  readonly kind: 'postgres' | 'meilisearch';
  /** Creates indexes/settings; safe to call on every start. */
  applySettings(): Promise<void>;
  /** Inserts or replaces documents by id (one batch; callers split large sets). */
  upsert<I extends IndexName>(index: I, docs: DocumentOf[I][]): Promise<void>;
  remove(index: IndexName, ids: string[]): Promise<void>;
  /** Empties an index (tests, full rebuilds). */
  clear(index: IndexName): Promise<void>;
  /**
   * After a full rebuild (every document replaced): reclaims the replaced versions and refreshes statistics,
   * so searches do not wade through them until a background job does. Engines that need nothing omit it.
   */
  compact?(index: IndexName): Promise<void>;
  search<I extends IndexName>(index: I, query: SearchQuery): Promise<SearchResult<I>>;
  health(): Promise<boolean>;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const SKILLS_FACET_LIMIT = 20;
export const FACET_LIMIT = 100;
/**
 * PostgreSQL engine, result sets above `exactUpTo` matches ("broad" searches): facets are counted on a sample
 * of about `facetSample` matches; when `windowShare` of the index or more matches, relevance ranks about
 * `rankWindow` of the most recently updated matches (later pages by date). Smaller sets are exact.
 * docs/decisions/0007-search-engine.md.
 */
export const BROAD_SEARCH_LIMITS = {
  exactUpTo: 2000,
  facetSample: 2000,
  rankWindow: 1000,
  windowShare: 1 / 8,
  /** Totals are counted exactly up to this many matches; above, estimated from a sample (totalApproximate). */
  exactTotalUpTo: 10_000,
  /** About how many rows of the table (whole pages, TABLESAMPLE SYSTEM) the estimate of a total reads. */
  totalSampleRows: 5_000,
};
export type BroadSearchLimits = typeof BROAD_SEARCH_LIMITS;

/** Page and size clamped the same way by both engines. */
export function pageOf(query: SearchQuery): { page: number; pageSize: number; offset: number } {
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(query.pageSize ?? DEFAULT_PAGE_SIZE)));
  return { page, pageSize, offset: (page - 1) * pageSize };
}

/** The sort actually applied (see SearchQuery.sort). */
export function effectiveSort(query: SearchQuery): SearchSort {
  const sort = query.sort ?? 'relevance';
  if (sort === 'distance' && !query.geo) return 'date';
  if (sort === 'relevance' && !query.q?.trim()) return query.geo ? 'distance' : 'date';
  return sort;
}
