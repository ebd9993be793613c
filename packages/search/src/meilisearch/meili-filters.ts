/**
 * Translates SearchQuery filters into a Meilisearch filter expression (an array of conditions, ANDed:
 * https://www.meilisearch.com/docs/learn/filtering_and_sorting/filter_expression_reference).
 *
 * String values are always double-quoted with `\` and `"` backslash-escaped, which is exactly what the filter
 * parser unescapes (crates/filter-parser/src/value.rs, `quoted_by`): a backslash always pairs with the
 * character after it, so a value can never close its string and inject filter syntax. (JSON.stringify, used
 * before, escaped the same two characters but also turned control characters into `\n`/`\uXXXX` sequences,
 * which older servers keep as literal text.)
 */
import { activeListFilters } from '../index-fields';
import type { IndexName, SearchQuery } from '../search-engine';

export const quote = (value: string) => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

/** A number written into a filter or sort expression; NaN/Infinity would make the expression invalid. */
export function literal(value: number): string {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${String(value)}`);
  return String(n);
}

/** Days since the epoch of a YYYY-MM-DD date (what `availableFromDay` stores). */
export function epochDay(date: string): number {
  return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

/** Each condition in parentheses, so that one condition's OR never mixes with the others. */
export function meiliFilter(index: IndexName, query: SearchQuery): string[] {
  const parts: string[] = [];
  for (const [def, values] of activeListFilters(index, query.filters)) {
    if (def.all) parts.push(values.map((v) => `${def.attribute} = ${quote(v)}`).join(' AND '));
    else parts.push(`${def.attribute} IN [${values.map(quote).join(', ')}]`);
  }
  const filters = query.filters ?? {};
  if (index === 'candidates' && filters.availableBefore) {
    parts.push(`availableFromDay IS NULL OR availableFromDay <= ${literal(epochDay(filters.availableBefore))}`);
  }
  if (index === 'candidates' && filters.minExperience !== undefined) {
    parts.push(`yearsOfExperience >= ${literal(filters.minExperience)}`);
  }
  if (index === 'offers' && filters.openAt) {
    parts.push(`expiresAtTs IS NULL OR expiresAtTs > ${literal(Date.parse(filters.openAt))}`);
  }
  if (query.geo) {
    const { lat, lon, radiusKm } = query.geo;
    // _geoRadius(lat, lng, distance_in_meters)
    parts.push(`_geoRadius(${literal(lat)}, ${literal(lon)}, ${literal(Math.round(Number(radiusKm) * 1000))})`);
  }
  return parts.map((p) => `(${p})`);
}

/** `_geoPoint(lat, lng):asc`, the documented geo sort (hits then carry `_geoDistance` in metres). */
export function geoPointSort(lat: number, lon: number): string {
  return `_geoPoint(${literal(lat)}, ${literal(lon)}):asc`;
}
