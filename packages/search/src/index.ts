/**
 * @talents/search — the search engine behind one interface (PostgreSQL full text + trigram by default,
 * Meilisearch when configured), the document builders that decide what may be indexed, and the indexer that
 * keeps the index in step with PostgreSQL. Shared by the API (queries), the worker (sync) and the CLI (reindex).
 */
export * from './search-engine';
export * from './documents';
export * from './synonyms';
export * from './geo';
export * from './index-fields';
export * from './create-search-engine';
export * from './indexer';
export { PostgresSearchEngine } from './postgres/postgres-search-engine';
export { documentRowsSql } from './postgres/postgres-tables';
export { MAX_QUERY_TERMS } from './query-terms';
export { MeiliSearchEngine } from './meilisearch/meili-search-engine';
