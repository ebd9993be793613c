/**
 * SQL fragments of a PostgreSQL search: the WHERE clause shared by the hits, the count and the facet queries,
 * the relevance and distance expressions. Every user value is a bound parameter; only column names from
 * index-fields.ts are spliced in.
 *
 * Text: every term group of the query (query-terms.ts: a word and its synonyms) must match through full text
 * (french stemming over unaccented text: "sécurité" = "securite" = "securites"); typos are tolerated by adding
 * to the group the words of the documents' vocabulary that are trigram-similar ("typscript" → typescript).
 */
import { Prisma } from '@talents/db';
import { activeListFilters, DATE_SORT } from '../index-fields';
import { effectiveSort, type IndexName, type SearchQuery } from '../search-engine';

const EARTH_RADIUS_KM = 6371;
const KM_PER_DEGREE = 111.045;

const join = (parts: Prisma.Sql[], sep: string) => Prisma.join(parts, sep);

/** Similarity (pg_trgm) from which a vocabulary word is taken as the intended spelling of a query word. */
export const CORRECTION_SIMILARITY = 0.5;
const MAX_CORRECTIONS = 5;

/**
 * SQL returning, for each term (flattened groups, in order): its tsquery as text (french, unaccented; '' for a
 * stop word), and the tsqueries of the vocabulary words close enough to be what was meant ("typscript" →
 * typescript), found through the trigram index of search_words. Phrases and words under 4 letters are not
 * corrected.
 */
export function analyseTerms(groups: string[][]): Prisma.Sql {
  const terms = groups.flat();
  return Prisma.sql`
    SELECT websearch_to_tsquery('french', unaccent(t.term))::text AS tsquery,
      CASE WHEN t.term ~ '[[:space:]]' OR length(t.term) < 4 THEN ARRAY[]::text[] ELSE ARRAY(
        SELECT websearch_to_tsquery('french', w.word)::text FROM search_words w
        WHERE w.word % lower(unaccent(t.term)) AND similarity(w.word, lower(unaccent(t.term))) >= ${CORRECTION_SIMILARITY}::float8
          AND w.word <> lower(unaccent(t.term))
        ORDER BY similarity(w.word, lower(unaccent(t.term))) DESC, w.word LIMIT ${MAX_CORRECTIONS}::int) END AS corrections
    FROM unnest(${terms}::text[]) WITH ORDINALITY AS t(term, ord) ORDER BY t.ord`;
}

/**
 * One group's tsquery (any of its terms and corrections), computed once per statement: a scalar subquery (an
 * InitPlan). Written as `websearch_to_tsquery(unaccent(…))` inline, unaccent() being only STABLE, it was
 * re-evaluated on every row read and ranked (×3 the time of a broad query). As an InitPlan its value is unknown
 * to the planner, which then reads text matches through the GIN index (bitmap) even when they are half the
 * table — measured faster here than the sequential scan it picks when it knows (@@ costs more per row than it
 * assumes).
 */
function groupTsQuery(tsqueries: string[]): Prisma.Sql {
  return Prisma.sql`(SELECT ${tsqueries.map((q) => `(${q})`).join(' | ')}::tsquery)`;
}

/** Haversine distance in km from a point to the row `d`. */
function distanceFrom(lat: number, lon: number): Prisma.Sql {
  return Prisma.sql`(${EARTH_RADIUS_KM}::float8 * 2 * asin(least(1, sqrt(
      power(sin(radians(d.lat - ${lat}::float8) / 2), 2)
      + cos(radians(${lat}::float8)) * cos(radians(d.lat)) * power(sin(radians(d.lon - ${lon}::float8) / 2), 2)))))`;
}

/** Rows within `radiusKm` of a point: bounding box first (plain comparisons, the lat/lon index), exact haversine second. */
export function withinKm(lat: number, lon: number, radiusKm: number): Prisma.Sql {
  const dLat = radiusKm / KM_PER_DEGREE;
  const dLon = radiusKm / (KM_PER_DEGREE * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
  return Prisma.sql`d.lat BETWEEN ${lat - dLat}::float8 AND ${lat + dLat}::float8
    AND d.lon BETWEEN ${lon - dLon}::float8 AND ${lon + dLon}::float8 AND ${distanceFrom(lat, lon)} <= ${radiusKm}::float8`;
}

export interface BuiltQuery {
  where: Prisma.Sql;
  rank: Prisma.Sql;
  distance: Prisma.Sql;
  orderBy: Prisma.Sql;
}

/**
 * `groups` are the query's term groups (query-terms.ts) as the engine prepared them (analyseTerms), each as the
 * tsqueries of its terms: groups made only of stop words ("le", "de") dropped — they constrain nothing —, and
 * each group extended with the vocabulary's corrections of its misspelt words. Every condition is then one
 * full-text match that the GIN index answers, instead of a similarity computed on every row.
 */
export function buildQuery(index: IndexName, query: SearchQuery, groups: string[][]): BuiltQuery {
  const conditions: Prisma.Sql[] = [];

  for (const terms of groups) conditions.push(Prisma.sql`d.tsv @@ ${groupTsQuery(terms)}`);

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
    distance = distanceFrom(lat, lon);
    conditions.push(withinKm(lat, lon, radiusKm));
  }

  let rank = Prisma.sql`0::float8`;
  if (groups.length > 0) {
    rank = Prisma.sql`ts_rank(d.tsv, ${join(groups.map(groupTsQuery), ' || ')})`;
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
