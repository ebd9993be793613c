/**
 * Index settings of the Meilisearch engine, applied idempotently at start (same settings twice = no change).
 * Attribute order in searchableAttributes is the relevance order (headline/title and skills before bio).
 */
import type { Settings } from 'meilisearch';
import { meiliSynonyms } from '../synonyms';
import { DATE_SORT, INDEX_FIELDS } from '../index-fields';
import type { IndexName } from '../search-engine';

/** Words that constrain nothing, like the french text-search configuration's stop words in PostgreSQL. */
const STOP_WORDS = ['le', 'la', 'les', 'l', 'de', 'des', 'du', 'd', 'un', 'une', 'et', 'ou', 'en', 'a', 'au', 'aux', 'pour', 'sur', 'dans', 'avec'];

const RANKING_RULES = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'];

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
    rankingRules: RANKING_RULES,
    synonyms: meiliSynonyms(),
    stopWords: STOP_WORDS,
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    faceting: { maxValuesPerFacet: 100 },
    pagination: { maxTotalHits: 100_000 },
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['fra'] }],
  };
}
