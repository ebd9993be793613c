/**
 * The embedded search engine: document tables in the application's own PostgreSQL (no extra service). Used
 * whenever MEILI_URL is not configured. Query semantics are described in postgres-query.ts.
 */
import { Prisma, type PrismaClient } from '@talents/db';
import { roundKm } from '../geo';
import { DATE_SORT, fieldOf } from '../index-fields';
import { queryTermGroups } from '../query-terms';
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
import { analyseTerms, buildQuery } from './postgres-query';
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

  /**
   * One statement: the filtered set is computed once (MATERIALIZED), then read for the page of hits, the total
   * and every facet, instead of re-running the text and filter conditions once per figure.
   */
  async search<I extends IndexName>(index: I, query: SearchQuery): Promise<SearchResult<I>> {
    const { pageSize, offset } = pageOf(query);
    const { where, rank, distance, orderBy } = buildQuery(index, query, await this.meaningfulGroups(query.q));
    const table = Prisma.raw(TABLES[index]);
    const facetNames = (query.facets ?? []).filter((name) => fieldOf(index, name));
    const dateColumn = DATE_SORT[index].column;
    const columns = [...new Set(['id', dateColumn, ...facetNames.map((name) => fieldOf(index, name)!.column)])];

    const facetParts = facetNames.map((name) => {
      const def = fieldOf(index, name)!;
      const column = Prisma.raw(`d.${def.column}`);
      const limit = name === 'skills' ? SKILLS_FACET_LIMIT : FACET_LIMIT;
      const source = def.array ? Prisma.sql`m AS d CROSS JOIN LATERAL unnest(${column}) AS v(value)` : Prisma.sql`(SELECT ${column}::text AS value FROM m AS d) AS v`;
      return Prisma.sql`(SELECT 'facet' AS kind, ${name}::text AS facet, v.value::text AS value, count(*)::int AS n, NULL::jsonb AS doc, NULL::float8 AS distance_km, 0 AS ord
        FROM ${source} WHERE v.value IS NOT NULL GROUP BY v.value ORDER BY n DESC, v.value LIMIT ${limit}::int)`;
    });
    const rows = await this.db.$queryRaw<{ kind: 'hit' | 'count' | 'facet'; facet: string | null; value: string | null; n: number | null; doc: DocumentOf[I] | null; distance_km: number | null; ord: number }[]>`
      WITH m AS MATERIALIZED (
        SELECT ${Prisma.raw(columns.map((c) => `d.${c}`).join(', '))}, ${rank} AS rank, ${distance} AS distance_km
        FROM ${table} AS d WHERE ${where}),
      page AS (
        SELECT d.id, d.distance_km, row_number() OVER (ORDER BY ${orderBy}) AS ord
        FROM m AS d ORDER BY ${orderBy} LIMIT ${pageSize}::int OFFSET ${offset}::bigint) -- a far page (up to MAX_SAFE_INTEGER) overflows int
      SELECT 'hit' AS kind, NULL::text AS facet, NULL::text AS value, NULL::int AS n, t.doc, p.distance_km::float8 AS distance_km, p.ord::int AS ord
      FROM page p JOIN ${table} t ON t.id = p.id
      UNION ALL SELECT 'count', NULL, NULL, count(*)::int, NULL, NULL, 0 FROM m
      ${facetParts.length ? Prisma.sql`UNION ALL ${Prisma.join(facetParts, ' UNION ALL ')}` : Prisma.empty}`;

    const hits = rows
      .filter((r) => r.kind === 'hit')
      .sort((a, b) => a.ord - b.ord)
      .map((row) => {
        const hit = { ...row.doc! } as SearchHit<I>;
        if (query.geo && row.distance_km !== null) hit._distanceKm = roundKm(Number(row.distance_km));
        return hit;
      });
    const facets: Record<string, Record<string, number>> = Object.fromEntries(facetNames.map((name) => [name, {}]));
    for (const row of rows) if (row.kind === 'facet') facets[row.facet!]![row.value!] = Number(row.n);
    const total = Number(rows.find((r) => r.kind === 'count')?.n ?? 0);
    return { hits, total, facets };
  }

  /** The query's term groups without stop-word-only ones, each with its typo corrections (postgres-query.ts). */
  private async meaningfulGroups(q: string | undefined): Promise<string[][]> {
    const groups = queryTermGroups(q);
    if (groups.length === 0) return groups;
    const rows = await this.db.$queryRaw<{ meaningful: boolean; corrections: string[] }[]>(analyseTerms(groups));
    let i = 0;
    return groups.flatMap((terms) => {
      const analysed = rows.slice(i, (i += terms.length));
      if (!analysed.some((r) => r.meaningful)) return [];
      return [[...new Set([...terms, ...analysed.flatMap((r) => r.corrections)])]];
    });
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
