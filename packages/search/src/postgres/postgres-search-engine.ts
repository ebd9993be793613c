/**
 * The embedded search engine: document tables in the application's own PostgreSQL (no extra service). Used
 * whenever MEILI_URL is not configured. Query semantics are described in postgres-query.ts.
 */
import { Prisma, type PrismaClient } from '@talents/db';
import { roundKm } from '../geo';
import { fieldOf } from '../index-fields';
import {
  FACET_LIMIT,
  INDEX_NAMES,
  SKILLS_FACET_LIMIT,
  pageOf,
  type DocumentOf,
  type IndexName,
  type SearchEngine,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
} from '../search-engine';
import { buildQuery } from './postgres-query';
import { TABLES, upsertSql } from './postgres-tables';

type Db = Pick<PrismaClient, '$queryRaw' | '$executeRaw'>;

export class PostgresSearchEngine implements SearchEngine {
  readonly kind = 'postgres' as const;

  constructor(private readonly db: Db) {}

  /** The tables come from migrations; only checks that they and the extensions are there. */
  async applySettings(): Promise<void> {
    for (const index of INDEX_NAMES) {
      await this.db.$queryRaw`SELECT 1 FROM ${Prisma.raw(TABLES[index])} LIMIT 1`;
    }
    await this.db.$queryRaw`SELECT unaccent('é'), similarity('a', 'a')`;
  }

  async upsert<I extends IndexName>(index: I, docs: DocumentOf[I][]): Promise<void> {
    if (docs.length === 0) return;
    await this.db.$executeRaw(upsertSql(index, docs));
  }

  async remove(index: IndexName, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.$executeRaw`DELETE FROM ${Prisma.raw(TABLES[index])} WHERE id = ANY(${ids}::uuid[])`;
  }

  async clear(index: IndexName): Promise<void> {
    await this.db.$executeRaw`DELETE FROM ${Prisma.raw(TABLES[index])}`;
  }

  async search<I extends IndexName>(index: I, query: SearchQuery): Promise<SearchResult<I>> {
    const { pageSize, offset } = pageOf(query);
    const { where, rank, distance, orderBy } = buildQuery(index, query);
    const table = Prisma.raw(`${TABLES[index]} d`);

    const hitsQuery = this.db.$queryRaw<{ doc: DocumentOf[I]; distance_km: number | null }[]>`
      SELECT d.doc, ${distance} AS distance_km, ${rank} AS rank
      FROM ${table} WHERE ${where}
      ORDER BY ${orderBy}
      LIMIT ${pageSize}::int OFFSET ${offset}::bigint`; // a far page (up to MAX_SAFE_INTEGER) overflows int
    const countQuery = this.db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM ${table} WHERE ${where}`;
    const facetNames = (query.facets ?? []).filter((name) => fieldOf(index, name));
    const facetQueries = facetNames.map((name) => this.facet(index, name, where));

    const [rows, [count], ...facetRows] = await Promise.all([hitsQuery, countQuery, ...facetQueries]);
    const hits = rows.map((row) => {
      const hit = { ...row.doc } as SearchHit<I>;
      if (query.geo && row.distance_km !== null) hit._distanceKm = roundKm(Number(row.distance_km));
      return hit;
    });
    const facets = Object.fromEntries(facetNames.map((name, i) => [name, facetRows[i]!]));
    return { hits, total: count?.total ?? 0, facets };
  }

  /** Counts per value on the filtered set (the facet's own filter included: see docs/decisions/0007). */
  private async facet(index: IndexName, name: string, where: Prisma.Sql): Promise<Record<string, number>> {
    const def = fieldOf(index, name)!;
    const table = Prisma.raw(`${TABLES[index]} d`);
    const limit = name === 'skills' ? SKILLS_FACET_LIMIT : FACET_LIMIT;
    const rows = def.array
      ? await this.db.$queryRaw<{ value: string; count: number }[]>`
          SELECT v AS value, count(*)::int AS count FROM ${table} CROSS JOIN LATERAL unnest(${Prisma.raw(`d.${def.column}`)}) AS v
          WHERE ${where} GROUP BY v ORDER BY count DESC, value LIMIT ${limit}::int`
      : await this.db.$queryRaw<{ value: string; count: number }[]>`
          SELECT ${Prisma.raw(`d.${def.column}`)}::text AS value, count(*)::int AS count FROM ${table}
          WHERE ${where} AND ${Prisma.raw(`d.${def.column}`)} IS NOT NULL GROUP BY 1 ORDER BY count DESC, value LIMIT ${limit}::int`;
    return Object.fromEntries(rows.map((r) => [r.value, Number(r.count)]));
  }

  async health(): Promise<boolean> {
    try {
      await Promise.race([
        this.db.$queryRaw`SELECT 1 FROM search_candidates LIMIT 1`,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      return true;
    } catch {
      return false;
    }
  }
}
