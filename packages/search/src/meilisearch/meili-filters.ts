/**
 * Translates SearchQuery filters into a Meilisearch filter expression. Values are always double-quoted with
 * JSON escaping, so a value can never close its string and inject filter syntax.
 */
import { activeListFilters } from '../index-fields';
import type { IndexName, SearchQuery } from '../search-engine';

const quote = (value: string) => JSON.stringify(value);

/** Days since the epoch of a YYYY-MM-DD date (what `availableFromDay` stores). */
export function epochDay(date: string): number {
  return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

export function meiliFilter(index: IndexName, query: SearchQuery): string[] {
  const parts: string[] = [];
  for (const [def, values] of activeListFilters(index, query.filters)) {
    if (def.all) parts.push(values.map((v) => `${def.attribute} = ${quote(v)}`).join(' AND '));
    else parts.push(`${def.attribute} IN [${values.map(quote).join(', ')}]`);
  }
  const filters = query.filters ?? {};
  if (index === 'candidates' && filters.availableBefore) {
    parts.push(`(availableFromDay IS NULL OR availableFromDay <= ${epochDay(filters.availableBefore)})`);
  }
  if (index === 'candidates' && filters.minExperience !== undefined) {
    parts.push(`yearsOfExperience >= ${Number(filters.minExperience)}`);
  }
  if (index === 'offers' && filters.openAt) {
    parts.push(`(expiresAtTs IS NULL OR expiresAtTs > ${Date.parse(filters.openAt)})`);
  }
  if (query.geo) {
    const { lat, lon, radiusKm } = query.geo;
    parts.push(`_geoRadius(${Number(lat)}, ${Number(lon)}, ${Math.round(Number(radiusKm) * 1000)})`);
  }
  return parts.map((p) => `(${p})`);
}
