/**
 * SQL fragments of a PostgreSQL search: the WHERE clause shared by the hits, the count and the facet queries,
 * the relevance and distance expressions. Every user value is a bound parameter; only column names from
 * index-fields.ts are spliced in.
 *
 * Text: every term group of the query (query-terms.ts: a word and its synonyms) must match, either through
 * full text (french stemming over unaccented text: "sécurité" = "securite" = "securites") or through trigram
 * strict word similarity on the unaccented text, which is what tolerates typos ("typscript" → typescript).
 */
import { Prisma } from '@talents/db';
import { activeListFilters, DATE_SORT } from '../index-fields';
import { queryTermGroups } from '../query-terms';
import { effectiveSort, type IndexName, type SearchQuery } from '../search-engine';

const EARTH_RADIUS_KM = 6371;
const KM_PER_DEGREE = 111.045;

const join = (parts: Prisma.Sql[], sep: string) => Prisma.join(parts, sep);

function groupTsQuery(terms: string[]): Prisma.Sql {
  return Prisma.sql`(${join(terms.map((t) => Prisma.sql`websearch_to_tsquery('french', unaccent(${t}::text))`), ' || ')})`;
}

/** SQL returning, for each term (flattened groups, in order), whether its tsquery has lexemes. */
export function termsWithLexemes(groups: string[][]): Prisma.Sql {
  const terms = groups.flat();
  return Prisma.sql`SELECT ARRAY[${join(terms.map((t) => Prisma.sql`numnode(websearch_to_tsquery('french', unaccent(${t}::text))) > 0`), ', ')}]::boolean[] AS flags`;
}

export interface BuiltQuery {
  where: Prisma.Sql;
  rank: Prisma.Sql;
  distance: Prisma.Sql;
  orderBy: Prisma.Sql;
}

/**
 * `groups` are the query's term groups (query-terms.ts) without those made only of stop words ("le", "de"),
 * which constrain nothing: the engine drops them first (meaningfulGroups), so that every remaining condition is
 * one an index answers — `tsv @@` (GIN) OR `search_text %>>` (GIN trigram) — and PostgreSQL combines them in
 * bitmap scans instead of evaluating similarity on every row.
 */
export function buildQuery(index: IndexName, query: SearchQuery, groups: string[][] = queryTermGroups(query.q)): BuiltQuery {
  const conditions: Prisma.Sql[] = [];

  for (const terms of groups) {
    const tsq = groupTsQuery(terms);
    const trigram = join(terms.map((t) => Prisma.sql`d.search_text %>> unaccent(${t}::text)`), ' OR ');
    conditions.push(Prisma.sql`(d.tsv @@ ${tsq} OR ${trigram})`);
  }

  for (const [def, values] of activeListFilters(index, query.filters)) {
    const col = Prisma.raw(`d.${def.column}`);
    if (def.array) conditions.push(def.all ? Prisma.sql`${col} @> ${values}::text[]` : Prisma.sql`${col} && ${values}::text[]`);
    else conditions.push(Prisma.sql`${col} = ANY(${values}::text[])`);
  }
  const filters = query.filters ?? {};
  if (index === 'candidates' && filters.availableBefore) {
    conditions.push(Prisma.sql`(d.available_from IS NULL OR d.available_from <= ${filters.availableBefore}::date)`);
  }
  if (index === 'candidates' && filters.minExperience !== undefined) {
    conditions.push(Prisma.sql`d.years_of_experience >= ${filters.minExperience}::int`);
  }
  if (index === 'offers' && filters.openAt) {
    conditions.push(Prisma.sql`(d.expires_at IS NULL OR d.expires_at > ${filters.openAt}::timestamptz)`);
  }

  let distance = Prisma.sql`NULL::float8`;
  if (query.geo) {
    const { lat, lon, radiusKm } = query.geo;
    distance = Prisma.sql`(${EARTH_RADIUS_KM}::float8 * 2 * asin(least(1, sqrt(
      power(sin(radians(d.lat - ${lat}::float8) / 2), 2)
      + cos(radians(${lat}::float8)) * cos(radians(d.lat)) * power(sin(radians(d.lon - ${lon}::float8) / 2), 2)))))`;
    // Bounding box first (plain comparisons on lat/lon), exact haversine second.
    const dLat = radiusKm / KM_PER_DEGREE;
    const dLon = radiusKm / (KM_PER_DEGREE * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
    conditions.push(Prisma.sql`d.lat BETWEEN ${lat - dLat}::float8 AND ${lat + dLat}::float8`);
    conditions.push(Prisma.sql`d.lon BETWEEN ${lon - dLon}::float8 AND ${lon + dLon}::float8`);
    conditions.push(Prisma.sql`${distance} <= ${radiusKm}::float8`);
  }

  let rank = Prisma.sql`0::float8`;
  if (groups.length > 0) {
    const anyTerm = join(groups.map(groupTsQuery), ' || ');
    const similarity = join(groups.map((g) => Prisma.sql`strict_word_similarity(unaccent(${g[0]}::text), d.search_text)`), ' + ');
    rank = Prisma.sql`(ts_rank(d.tsv, ${anyTerm}) + (${similarity}) / ${groups.length}::float8)`;
  }

  const date = Prisma.raw(`d.${DATE_SORT[index].column}`);
  const sort = effectiveSort(query);
  const orderBy =
    sort === 'relevance' ? Prisma.sql`rank DESC, ${date} DESC NULLS LAST, d.id`
    : sort === 'distance' ? Prisma.sql`distance_km ASC NULLS LAST, ${date} DESC NULLS LAST, d.id`
    : Prisma.sql`${date} DESC NULLS LAST, d.id`;

  const where = conditions.length > 0 ? join(conditions, ' AND ') : Prisma.sql`TRUE`;
  return { where, rank, distance, orderBy };
}
