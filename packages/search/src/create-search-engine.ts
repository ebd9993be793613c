/** Chooses the engine from the configuration: Meilisearch when MEILI_URL is set, PostgreSQL otherwise. */
import type { PrismaClient } from '@talents/db';
import { MeiliSearchEngine } from './meilisearch/meili-search-engine';
import { PostgresSearchEngine } from './postgres/postgres-search-engine';
import type { SearchEngine } from './search-engine';

export interface SearchEngineConfig {
  MEILI_URL?: string;
  MEILI_MASTER_KEY?: string;
}

export function createSearchEngine(config: SearchEngineConfig, prisma: PrismaClient): SearchEngine {
  if (config.MEILI_URL) return new MeiliSearchEngine({ url: config.MEILI_URL, apiKey: config.MEILI_MASTER_KEY });
  return new PostgresSearchEngine(prisma);
}
