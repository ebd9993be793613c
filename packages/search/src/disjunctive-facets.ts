/**
 * Disjunctive facets on top of any SearchEngine: each faceted field that the query also filters on is counted
 * with every filter except its own, so a UI can show "CDI (12) · CDD (3)" while CDI is ticked and the visitor
 * can widen the choice. Engines count facets on the filtered set (docs/decisions/0007); this adds one small
 * query (one hit, the one facet, no ranking) per such field. Fields without an active filter are counted by the
 * main query, so a query without filters costs exactly one engine search.
 */
import type { IndexName, SearchEngine, SearchFilters, SearchQuery, SearchResult } from './search-engine';

export async function searchWithDisjunctiveFacets<I extends IndexName>(
  engine: SearchEngine,
  index: I,
  query: SearchQuery,
): Promise<SearchResult<I>> {
  const filters: SearchFilters = query.filters ?? {};
  const facets = query.facets ?? [];
  const isFiltered = (name: string) => {
    const value = (filters as Record<string, unknown>)[name];
    return Array.isArray(value) && value.length > 0;
  };
  const own = facets.filter(isFiltered);
  const [main, ...widened] = await Promise.all([
    engine.search(index, { ...query, facets: facets.filter((name) => !isFiltered(name)) }),
    ...own.map((name) =>
      engine.search(index, { ...query, filters: { ...filters, [name]: undefined }, facets: [name], sort: 'date', page: 1, pageSize: 1 }),
    ),
  ]);
  const counted = Object.fromEntries(own.map((name, i) => [name, widened[i]!.facets[name] ?? {}]));
  // The facets in the order asked for; estimated if any of the counts is.
  const result: SearchResult<I> = { ...main!, facets: Object.fromEntries(facets.map((name) => [name, main!.facets[name] ?? counted[name] ?? {}])) };
  if (widened.some((r) => r.facetsApproximate)) result.facetsApproximate = true;
  return result;
}
