/**
 * The embedded search engine: document tables in the application's own PostgreSQL (no extra service). Used
 * whenever MEILI_URL is not configured. Query semantics are described in postgres-query.ts.
 */
import { Prisma, type PrismaClient } from '@talents/db';
import { roundKm } from '../geo';
import { DATE_SORT, fieldOf } from '../index-fields';
import { queryTermGroups } from '../query-terms';
import {
  BROAD_SEARCH_LIMITS,
  FACET_LIMIT,
  effectiveSort,
  INDEX_NAMES,
  SKILLS_FACET_LIMIT,
  pageOf,
  type BroadSearchLimits,
  type DocumentOf,
  type IndexName,
  type SearchEngine,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
  type SearchSort,
} from '../search-engine';
import { analyseTerms, buildQuery, withinKm } from './postgres-query';
import { DOC_TABLES, TABLES, upsertSql } from './postgres-tables';

type Db = Pick<PrismaClient, '$queryRaw' | '$executeRaw' | '$executeRawUnsafe'>;

export class PostgresSearchEngine implements SearchEngine {
  readonly kind = 'postgres' as const;

  /** `limits`: when a search counts as broad and how it is then bounded (tests use small ones). */
  private readonly limits: BroadSearchLimits;

  constructor(
    private readonly db: Db,
    limits: Partial<BroadSearchLimits> = {},
  ) {
    this.limits = { ...BROAD_SEARCH_LIMITS, ...limits };
  }

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

  /**
   * A full reindex rewrites every row (the upsert replaces them): without this, searches read twice the pages
   * and full-text matches go through the GIN index's pending list until autovacuum comes (measured: p95 ×7
   * right after a 100,000-profile reindex).
   */
  async compact(index: IndexName): Promise<void> {
    const tables = [...new Set([TABLES[index], DOC_TABLES[index]])].join(', ');
    await this.db.$executeRawUnsafe(`VACUUM (ANALYZE) ${tables}`);
  }

  async clear(index: IndexName): Promise<void> {
    await this.db.$executeRaw`DELETE FROM ${Prisma.raw(TABLES[index])}`;
  }

  /**
   * Two statements: the total first (exact up to `exactTotalUpTo` matches, estimated above: countMatches), then
   * the page and the facets, computed in one of two ways.
   * - Up to `exactUpTo` matches (most searches): the filtered set is computed once (MATERIALIZED) and read for
   *   the page and every facet; everything is exact.
   * - Broad searches (one common word, a wide radius: up to half the profiles): reading, ranking and unnesting
   *   every match cost ~1 s at 100,000 profiles. There, relevance ranks about `rankWindow` of the most recently
   *   updated matches (later pages go on by date), date and distance sorts stay exact, and facets are counted
   *   on a uniform sample of about `facetSample` matches (a random byte of the id), scaled to the total and
   *   flagged `facetsApproximate`. docs/decisions/0007-search-engine.md.
   * The displayed document is read for the rows of the page only (DOC_TABLES).
   */
  async search<I extends IndexName>(index: I, query: SearchQuery): Promise<SearchResult<I>> {
    // Offsets are bound as bigint: a far page (up to MAX_SAFE_INTEGER) overflows int.
    const { pageSize, offset } = pageOf(query);
    const { where, rank, distance, orderBy } = buildQuery(index, query, await this.meaningfulGroups(query.q));
    const table = Prisma.raw(TABLES[index]);
    const facetNames = (query.facets ?? []).filter((name) => fieldOf(index, name));
    const emptyFacets = (): Record<string, Record<string, number>> => Object.fromEntries(facetNames.map((name) => [name, {}]));

    const date = Prisma.raw(`d.${DATE_SORT[index].column}`);
    const sort = effectiveSort(query);
    const rankOrZero = sort === 'relevance' ? rank : Prisma.sql`0::float8`;
    const docTable = Prisma.raw(DOC_TABLES[index]);

    if (facetNames.length === 0 && query.withTotal === false) {
      const page = await this.hitsOnly(index, query, { where, distance, orderBy, sort, pageSize, offset });
      if (page) return page;
    }

    if (facetNames.length === 0) {
      // No facets (matching's retrieval): one pass over the matches gives the exact page and the total.
      const rows = await this.db.$queryRaw<{ doc: DocumentOf[I]; distance_km: number | null; ord: number; total: number }[]>`
        WITH page AS (
          SELECT d.id, d.distance_km, d.total, row_number() OVER (ORDER BY ${orderBy}) AS ord FROM (
            SELECT d.id, ${date}, ${rankOrZero} AS rank, ${distance} AS distance_km, count(*) OVER () AS total
            FROM ${table} AS d WHERE ${where}) AS d
          ORDER BY ${orderBy} LIMIT ${pageSize}::int OFFSET ${offset}::bigint)
        SELECT t.doc, p.distance_km::float8 AS distance_km, p.ord::int AS ord, p.total::int AS total
        FROM page p JOIN ${docTable} t ON t.id = p.id ORDER BY p.ord`;
      if (rows.length > 0) return { hits: toHits(rows, query), total: Number(rows[0]!.total), facets: {} };
      if (offset === 0) return { hits: [], total: 0, facets: {} };
    }

    const { exactUpTo, facetSample, rankWindow, windowShare } = this.limits;
    const counted = await this.countMatches(index, where);
    let { total, totalApproximate } = counted;
    const { analysedRows } = counted;
    if (total === 0) return { hits: [], total, facets: emptyFacets() };
    const broad = total > exactUpTo;
    const tableRows = Math.max(analysedRows, total);
    const facetColumns = facetNames.map((name) => fieldOf(index, name)!.column);

    let ctes: Prisma.Sql;
    let approximate = false;
    let nearFallback = false;
    // Facet sample of about `facetSample` matches (facets read `f`). A very broad set (`windowShare` of the
    // table or more): whole pages drawn at random (TABLESAMPLE SYSTEM, a fixed seed so counts are stable),
    // reading a few hundred pages instead of all of them. Otherwise the matches whose id's last byte (random in
    // UUID v4 and v7) is below `keep` out of 256.
    const share = facetSample / total;
    const keep = broad ? Math.min(256, Math.ceil(256 * share)) : 256;
    const veryBroad = broad && total >= tableRows * windowShare;
    const ring = broad && sort === 'distance' && query.geo !== undefined;
    // An estimate under twice the cap: the materialised pass below reads every match anyway and counts them;
    // otherwise a count to the cap + 1 decides whether the total is exact.
    const countInMain = !counted.settled && !veryBroad && !ring;
    if (!counted.settled && !countInMain) {
      const exact = await this.countUpTo(index, where, this.limits.exactTotalUpTo);
      total = exact <= this.limits.exactTotalUpTo ? exact : Math.max(this.limits.exactTotalUpTo + 1, total);
      totalApproximate = exact > this.limits.exactTotalUpTo;
    }
    if (!veryBroad && !ring) {
      // One materialised pass over the matches: the exact page, and the facets over all of them (up to
      // `exactUpTo`) or over the sampled part.
      const columns = [...new Set(['id', DATE_SORT[index].column, ...facetColumns])];
      approximate = keep < 256;
      ctes = Prisma.sql`m AS MATERIALIZED (
        SELECT ${Prisma.raw(columns.map((c) => `d.${c}`).join(', '))}, ${rankOrZero} AS rank, ${distance} AS distance_km
          ${approximate ? Prisma.sql`, get_byte(uuid_send(d.id), 15) < ${keep}::int AS sampled` : Prisma.empty}
        FROM ${table} AS d WHERE ${where}),
      f AS ${approximate ? Prisma.sql`MATERIALIZED (SELECT * FROM m WHERE sampled)` : Prisma.sql`NOT MATERIALIZED (SELECT * FROM m)`},
      page AS (
        SELECT d.id, d.distance_km, row_number() OVER (ORDER BY ${orderBy}) AS ord
        FROM m AS d ORDER BY ${orderBy} LIMIT ${pageSize}::int OFFSET ${offset}::bigint)`;
    } else {
      const facetColumnList = Prisma.raw(['id', ...new Set(facetColumns)].map((c) => `d.${c}`).join(', '));
      const sample = veryBroad
        ? Prisma.sql`f AS MATERIALIZED (
        SELECT ${facetColumnList} FROM ${table} AS d TABLESAMPLE SYSTEM (${Math.min(100, 100 * share)}::float4) REPEATABLE (42)
        WHERE ${where})`
        : Prisma.sql`f AS MATERIALIZED (
        SELECT ${facetColumnList} FROM ${table} AS d WHERE ${where}
        ${keep < 256 ? Prisma.sql`AND get_byte(uuid_send(d.id), 15) < ${keep}::int` : Prisma.empty})`;
      approximate = veryBroad || keep < 256;
      if (ring && query.geo) {
        // The nearest first, exact, without measuring every match: the matches within a smaller radius expected
        // to hold 4 × the rows asked for (matches assumed spread evenly over the disc); when it holds enough of
        // them, no match outside it can come before. Otherwise (a sparse centre) the whole set is sorted.
        const wanted = offset + pageSize;
        const { lat, lon, radiusKm } = query.geo;
        const inner = Math.min(radiusKm, radiusKm * Math.sqrt((4 * wanted) / total));
        ctes = Prisma.sql`${sample},
        page AS (
          SELECT d.id, d.distance_km, row_number() OVER (ORDER BY ${orderBy}) AS ord FROM (
            SELECT d.id, ${date}, ${distance} AS distance_km FROM ${table} AS d WHERE ${where} AND ${withinKm(lat, lon, inner)}
            ORDER BY distance_km, ${date} DESC NULLS LAST, d.id LIMIT ${wanted}::bigint) AS d
          ORDER BY ${orderBy} LIMIT ${pageSize}::int OFFSET ${offset}::bigint)`;
        // Fewer hits than asked for: the smaller disc did not hold enough, the page is read again below.
        nearFallback = true;
      } else {
        // The window: the matches among the most recently updated profiles, as many profiles as hold about
        // `rankWindow` matches (read in index order, newest first: no scan of the whole match set; at least
        // `windowShare` of the profiles match, so that is at most rankWindow / windowShare rows). Relevance
        // ranks them; by date they are the exact head of the list. Pages past the window go on by date.
        const scan = Math.ceil((rankWindow * tableRows) / total);
        const windowOrder = sort === 'relevance' ? Prisma.sql`rank DESC, ${date} DESC NULLS LAST, d.id` : Prisma.sql`${date} DESC NULLS LAST, d.id`;
        ctes = Prisma.sql`${sample},
        win AS MATERIALIZED (
          SELECT d.id, ${date}, ${rankOrZero} AS rank, ${distance} AS distance_km
          FROM (SELECT * FROM ${table} AS d ORDER BY ${date} DESC, d.id LIMIT ${scan}::int) AS d WHERE ${where}),
        page AS (
          SELECT d.id, d.distance_km, row_number() OVER (ORDER BY d.part, ${windowOrder}) AS ord FROM (
            SELECT w.*, 0 AS part FROM win AS w
            UNION ALL (
              SELECT d.id, ${date}, 0::float8, ${distance}, 1 FROM ${table} AS d
              WHERE ${where} AND NOT EXISTS (SELECT 1 FROM win AS w WHERE w.id = d.id)
              ORDER BY ${date} DESC NULLS LAST, d.id LIMIT greatest(0, ${offset + pageSize}::bigint - (SELECT count(*) FROM win)))) AS d
          ORDER BY d.part, ${windowOrder} LIMIT ${pageSize}::int OFFSET ${offset}::bigint)`;
      }
    }

    const facetParts = facetNames.map((name) => {
      const def = fieldOf(index, name)!;
      const column = Prisma.raw(`d.${def.column}`);
      const limit = name === 'skills' ? SKILLS_FACET_LIMIT : FACET_LIMIT;
      const source = def.array ? Prisma.sql`f AS d CROSS JOIN LATERAL unnest(${column}) AS v(value)` : Prisma.sql`(SELECT ${column}::text AS value FROM f AS d) AS v`;
      return Prisma.sql`(SELECT 'facet' AS kind, ${name}::text AS facet, v.value::text AS value, count(*)::int AS n, NULL::jsonb AS doc, NULL::float8 AS distance_km, 0 AS ord
        FROM ${source} WHERE v.value IS NOT NULL GROUP BY v.value ORDER BY n DESC, v.value LIMIT ${limit}::int)`;
    });
    const rows = await this.db.$queryRaw<{ kind: 'hit' | 'sample' | 'total' | 'facet'; facet: string | null; value: string | null; n: number | null; doc: DocumentOf[I] | null; distance_km: number | null; ord: number }[]>`
      WITH ${ctes}
      SELECT 'hit' AS kind, NULL::text AS facet, NULL::text AS value, NULL::int AS n, t.doc, p.distance_km::float8 AS distance_km, p.ord::int AS ord
      FROM page p JOIN ${docTable} t ON t.id = p.id
      ${approximate ? Prisma.sql`UNION ALL SELECT 'sample', NULL, NULL, count(*)::int, NULL, NULL, 0 FROM f` : Prisma.empty}
      ${countInMain ? Prisma.sql`UNION ALL SELECT 'total', NULL, NULL, count(*)::int, NULL, NULL, 0 FROM m` : Prisma.empty}
      ${facetParts.length ? Prisma.sql`UNION ALL ${Prisma.join(facetParts, ' UNION ALL ')}` : Prisma.empty}`;

    let hits = toHits(rows.filter((r) => r.kind === 'hit').sort((a, b) => a.ord - b.ord), query);
    if (nearFallback && hits.length < Math.min(pageSize, total - offset)) {
      const page = await this.db.$queryRaw<{ doc: DocumentOf[I]; distance_km: number | null }[]>`
        WITH page AS (
          SELECT d.id, ${distance} AS distance_km, row_number() OVER (ORDER BY ${distance}, ${date} DESC NULLS LAST, d.id) AS ord
          FROM ${table} AS d WHERE ${where} ORDER BY ${distance}, ${date} DESC NULLS LAST, d.id LIMIT ${pageSize}::int OFFSET ${offset}::bigint)
        SELECT t.doc, p.distance_km::float8 AS distance_km FROM page p JOIN ${docTable} t ON t.id = p.id ORDER BY p.ord`;
      hits = toHits(page, query);
    }
    const facets = emptyFacets();
    if (countInMain) {
      total = Number(rows.find((r) => r.kind === 'total')!.n);
      totalApproximate = false;
    }
    // A sampled count n stands for n × total / sample size matches.
    const sampled = Number(rows.find((r) => r.kind === 'sample')?.n ?? 0);
    const scale = approximate && sampled > 0 ? total / sampled : 1;
    for (const row of rows) if (row.kind === 'facet') facets[row.facet!]![row.value!] = Math.max(1, Math.round(Number(row.n) * scale));
    const result: SearchResult<I> = { hits, total, facets };
    if (approximate && facetNames.length > 0) result.facetsApproximate = true;
    if (totalApproximate) result.totalApproximate = true;
    return result;
  }

  /**
   * A page without the total (SearchQuery.withTotal false: matching's retrieval), read without visiting every
   * match, or null when this search has no such shortcut (text ranked by relevance, or an index whose date may
   * be NULL), the caller then making its usual pass.
   * - Date order (a text-less search without a point ranks by date too): the b-tree of the date column read
   *   backwards, each row checked against the filters, stopping after the page — a few hundred rows for a broad
   *   filter instead of all of them (one role family is a third of the profiles).
   * - Distance order (a text-less search around a point): the page is first looked for in smaller discs, from
   *   1/64 of the radius up to 1/4. A disc that fills the page holds every match nearer than the page's last
   *   one, so the page is exact; retrieval's 150 km around a town mostly fills it within a few km.
   * `total` is then what was seen: exact on a short (last) page, a lower bound flagged `totalApproximate` otherwise.
   */
  private async hitsOnly<I extends IndexName>(
    index: I,
    query: SearchQuery,
    q: { where: Prisma.Sql; distance: Prisma.Sql; orderBy: Prisma.Sql; sort: SearchSort; pageSize: number; offset: number },
  ): Promise<SearchResult<I> | null> {
    const { where, distance, orderBy, sort, pageSize, offset } = q;
    const table = Prisma.raw(TABLES[index]);
    const docTable = Prisma.raw(DOC_TABLES[index]);
    const date = Prisma.raw(`d.${DATE_SORT[index].column}`);
    const read = async (condition: Prisma.Sql, order: Prisma.Sql) => {
      const rows = await this.db.$queryRaw<{ doc: DocumentOf[I]; distance_km: number | null; ord: number }[]>`
        WITH page AS (
          SELECT d.id, d.distance_km, row_number() OVER (ORDER BY ${order}) AS ord FROM (
            SELECT d.id, ${date}, ${distance} AS distance_km FROM ${table} AS d WHERE ${condition}
            ORDER BY ${order} LIMIT ${pageSize}::int OFFSET ${offset}::bigint) AS d)
        SELECT t.doc, p.distance_km::float8 AS distance_km, p.ord::int AS ord
        FROM page p JOIN ${docTable} t ON t.id = p.id ORDER BY p.ord`;
      return toHits(rows, query);
    };
    // An empty page past the first says nothing of the total (it may be below the offset): null, and the caller's
    // usual pass answers it.
    const answer = (hits: SearchHit<I>[]): SearchResult<I> | null => {
      if (hits.length === 0 && offset > 0) return null;
      const total = offset + hits.length;
      return hits.length < pageSize ? { hits, total, facets: {} } : { hits, total, facets: {}, totalApproximate: true };
    };
    if (sort === 'date' && DATE_SORT[index].notNull) {
      // `DESC` without NULLS LAST, which a backward scan of the b-tree serves; alike since the column has no NULLs.
      return answer(await read(where, Prisma.sql`${date} DESC, d.id`));
    }
    if (sort === 'distance' && query.geo && !query.q?.trim()) {
      const { lat, lon, radiusKm } = query.geo;
      const wanted = offset + pageSize;
      // From 1/64 of the radius, widened at least 4× each time, more when the last disc held few matches (as
      // if they were spread evenly: a sparse filter or a small index skips straight to a large disc).
      for (let r = radiusKm / 64; r <= radiusKm / 4; ) {
        const hits = await read(Prisma.sql`${where} AND ${withinKm(lat, lon, r)}`, orderBy);
        if (hits.length === pageSize) return answer(hits);
        const seen = hits.length > 0 ? offset + hits.length : 1;
        r *= Math.max(4, Math.sqrt((2 * wanted) / seen));
      }
      return answer(await read(where, orderBy));
    }
    return null;
  }

  /**
   * The number of matches: exact up to `exactTotalUpTo`, estimated above it (totalApproximate). A count that
   * stops at `exactUpTo` + 1 first settles most searches. Above, the estimate: the share of matching rows in a
   * fixed sample of whole pages (TABLESAMPLE SYSTEM, a fixed seed so that every page of a search shows the
   * same total) of about `totalSampleRows` rows, times the table's row count. Twice the cap or more, it is the
   * answer (`settled`). Under that, the caller makes it exact when there are at most `cap`
   * matches (search: from its materialised pass, or countUpTo). Counting 20,000–57,000 matches exactly was most
   * of a broad search's time at 100,000 profiles (docs/decisions/0007-search-engine.md, error measured there).
   */
  private async countMatches(
    index: IndexName,
    where: Prisma.Sql,
  ): Promise<{ total: number; totalApproximate: boolean; settled: boolean; analysedRows: number }> {
    const { exactUpTo, exactTotalUpTo, totalSampleRows } = this.limits;
    const table = Prisma.raw(TABLES[index]);
    // analysedRows: the planner's row count of the table (-1 before its first ANALYZE).
    const probe = Math.min(exactUpTo, exactTotalUpTo);
    const [{ n, rows: analysedRows }] = await this.db.$queryRaw<{ n: number; rows: number }[]>`
      SELECT (SELECT count(*) FROM (SELECT 1 FROM ${table} AS d WHERE ${where} LIMIT ${probe + 1}::int) AS m)::int AS n,
        (SELECT reltuples FROM pg_class WHERE oid = ${TABLES[index]}::regclass)::float8 AS rows`;
    if (n <= probe) return { total: n, totalApproximate: false, settled: true, analysedRows };
    if (analysedRows > 0) {
      const percent = Math.min(100, (100 * totalSampleRows) / analysedRows);
      const [{ hits, seen }] = await this.db.$queryRaw<{ hits: number; seen: number }[]>`
        SELECT count(*) FILTER (WHERE ${where})::int AS hits, count(*)::int AS seen
        FROM ${table} AS d TABLESAMPLE SYSTEM (${percent}::float4) REPEATABLE (42)`;
      if (seen > 0) {
        // More than `probe` matches are known; more than the cap only when settled (or after countUpTo).
        const estimate = Math.max(probe + 1, Math.round((hits / seen) * analysedRows));
        return { total: estimate, totalApproximate: true, settled: estimate >= 2 * exactTotalUpTo, analysedRows };
      }
    }
    // Never analysed, or an empty sample: the exact count.
    return { total: await this.countUpTo(index, where), totalApproximate: false, settled: true, analysedRows };
  }

  /** The number of matches up to cap + 1 (a count that stops there); all of them without a cap. */
  private async countUpTo(index: IndexName, where: Prisma.Sql, cap?: number): Promise<number> {
    const [{ n }] = await this.db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (SELECT 1 FROM ${Prisma.raw(TABLES[index])} AS d WHERE ${where}
      ${cap === undefined ? Prisma.empty : Prisma.sql`LIMIT ${cap + 1}::int`}) AS m`;
    return n;
  }

  /**
   * The query's term groups as tsqueries (postgres-query.ts): stop-word-only groups dropped, each group with
   * its typo corrections.
   */
  private async meaningfulGroups(q: string | undefined): Promise<string[][]> {
    const groups = queryTermGroups(q);
    if (groups.length === 0) return groups;
    const rows = await this.db.$queryRaw<{ tsquery: string; corrections: string[] }[]>(analyseTerms(groups));
    let i = 0;
    return groups.flatMap((terms) => {
      const analysed = rows.slice(i, (i += terms.length));
      if (!analysed.some((r) => r.tsquery !== '')) return [];
      return [[...new Set(analysed.flatMap((r) => [r.tsquery, ...r.corrections]).filter((t) => t !== ''))]];
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

/** Hits in page order: the stored document, plus the rounded distance when the query had a point. */
function toHits<I extends IndexName>(rows: { doc: DocumentOf[I] | null; distance_km: number | null }[], query: SearchQuery): SearchHit<I>[] {
  return rows.map((row) => {
    const hit = { ...row.doc! } as SearchHit<I>;
    if (query.geo && row.distance_km !== null) hit._distanceKm = roundKm(Number(row.distance_km));
    return hit;
  });
}
