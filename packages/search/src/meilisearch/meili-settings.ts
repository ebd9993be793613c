/**
 * Index settings of the Meilisearch engine, applied idempotently at start (same settings twice = no change).
 * Every key is a documented index setting (PATCH /indexes/{index_uid}/settings,
 * https://www.meilisearch.com/docs/reference/api/settings); test/search-meili-wire.e2e-spec.ts checks the body
 * against the official OpenAPI schema. Attribute order in searchableAttributes is the relevance order
 * (headline/title and skills before bio).
 */
import type { Settings } from 'meilisearch';
import { meiliSynonyms } from '../synonyms';
import { DATE_SORT, INDEX_FIELDS } from '../index-fields';
import { FACET_LIMIT, type IndexName } from '../search-engine';

/** Words that constrain nothing, like the french text-search configuration's stop words in PostgreSQL. */
const STOP_WORDS = ['le', 'la', 'les', 'l', 'de', 'des', 'du', 'd', 'un', 'une', 'et', 'ou', 'en', 'a', 'au', 'aux', 'pour', 'sur', 'dans', 'avec'];

/**
 * `sort` comes FIRST: a search with an explicit sort (date, distance) is ordered by it, as in PostgreSQL, and
 * relevance only breaks ties. In Meilisearch's default position (after words/typo/proximity/attribute) sorting
 * is "relevant, not exhaustive": a `sort=date` search with text would come back in relevance order. The rule
 * does nothing for searches without a `sort` parameter (relevance), which keep the text rules in their usual
 * order. https://www.meilisearch.com/docs/learn/relevancy/ranking_rules#5-sort
 * The last rule breaks relevance ties by date, newest first (PostgreSQL: `rank DESC, date DESC`).
 * `attribute` (not `attributeRank` + `wordPosition`): the servers we target (v1.15) predate the split.
 */
export function rankingRules(index: IndexName): string[] {
  return ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', `${DATE_SORT[index].attribute}:desc`];
}

const SEARCHABLE: Record<IndexName, string[]> = {
  candidates: ['headline', 'skills.name', 'bio', 'town', 'displayName'],
  offers: ['title', 'skills.name', 'description', 'companyName', 'town'],
};

/** Numeric copies of dates added to Meilisearch documents (its filters and sorts compare numbers). */
export const EXTRA_FILTERABLE: Record<IndexName, string[]> = {
  candidates: ['availableFromDay', 'yearsOfExperience', '_geo'],
  offers: ['salaryMin', 'salaryMax', 'publishedAtTs', 'expiresAtTs', '_geo'],
};

export function meiliSettings(index: IndexName): Settings {
  const fields = Object.values(INDEX_FIELDS[index]).map((f) => f!.attribute);
  return {
    searchableAttributes: SEARCHABLE[index],
    filterableAttributes: [...fields, ...EXTRA_FILTERABLE[index]],
    sortableAttributes: [DATE_SORT[index].attribute, '_geo'],
    rankingRules: rankingRules(index),
    synonyms: meiliSynonyms(),
    stopWords: STOP_WORDS,
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    // Facet values are cut to maxValuesPerFacet AFTER sorting, and the default sort is alphabetical: with more
    // than 100 skills, "the 20 most frequent" would have been picked among the alphabetically first 100.
    // Sorting by count keeps the most frequent ones, as PostgreSQL does (FACET_LIMIT).
    faceting: { maxValuesPerFacet: FACET_LIMIT, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: 100_000 },
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['fra'] }],
  };
}
