/**
 * What each index can be filtered and faceted on, by the public filter name, with where the value lives in
 * each engine: a column of the PostgreSQL document table, an attribute of the Meilisearch document.
 * `array` fields hold several values per document; `all` means every requested value must be present
 * (skills), otherwise any one of them (roleFamily, contractType…). availableBefore and minExperience are
 * range filters handled by each engine directly, and so is openAt (offers' end date).
 */
import type { IndexName, SearchFilters } from './search-engine';

export interface FieldDef {
  column: string;
  attribute: string;
  array: boolean;
  all?: boolean;
}

export type ListFilterName = Exclude<keyof SearchFilters, 'availableBefore' | 'minExperience' | 'openAt'>;

export const INDEX_FIELDS: Record<IndexName, Partial<Record<ListFilterName, FieldDef>>> = {
  candidates: {
    roleFamily: { column: 'role_families', attribute: 'roleFamilies', array: true },
    skills: { column: 'skills', attribute: 'skillSlugs', array: true, all: true },
    track: { column: 'track', attribute: 'track', array: false },
    basin: { column: 'basin_code', attribute: 'basinCode', array: false },
    contractType: { column: 'contract_types', attribute: 'contractTypes', array: true },
  },
  offers: {
    roleFamily: { column: 'role_family', attribute: 'roleFamily', array: false },
    skills: { column: 'skills', attribute: 'skillSlugs', array: true, all: true },
    basin: { column: 'basin_code', attribute: 'basinCode', array: false },
    contractType: { column: 'contract_type', attribute: 'contractType', array: false },
    remotePolicy: { column: 'remote_policy', attribute: 'remotePolicy', array: false },
    experienceLevel: { column: 'experience_level', attribute: 'experienceLevel', array: false },
  },
};

/**
 * The column (PostgreSQL) / attribute (Meilisearch) holding the "date" sort key of each index. `notNull`: the
 * column has no NULLs, so `DESC` and `DESC NULLS LAST` order alike and a backward scan of its b-tree index
 * serves the date order (PostgreSQL engine, hits-only searches).
 */
export const DATE_SORT: Record<IndexName, { column: string; attribute: string; notNull: boolean }> = {
  candidates: { column: 'updated_at', attribute: 'updatedAtTs', notNull: true },
  offers: { column: 'published_at', attribute: 'publishedAtTs', notNull: false },
};

export function fieldOf(index: IndexName, name: string): FieldDef | undefined {
  return (INDEX_FIELDS[index] as Record<string, FieldDef | undefined>)[name];
}

/** Requested list filters that have values and exist on the index. */
export function activeListFilters(index: IndexName, filters: SearchFilters | undefined): [FieldDef, string[]][] {
  const out: [FieldDef, string[]][] = [];
  for (const [name, values] of Object.entries(filters ?? {})) {
    const def = fieldOf(index, name);
    if (def && Array.isArray(values) && values.length > 0) out.push([def, values.map(String)]);
  }
  return out;
}
