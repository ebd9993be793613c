/**
 * How documents map to the rows of the PostgreSQL document tables (prisma/schema.prisma: SearchCandidate,
 * SearchOffer). One batch is one INSERT … SELECT FROM jsonb_to_recordset($1): a single parameter whatever the
 * batch size, and tsv/search_text computed in SQL, where unaccent() and the french configuration live.
 */
import { Prisma } from '@talents/db';
import { candidateText, offerText, type CandidateDocument, type OfferDocument } from '../documents';
import type { IndexName } from '../search-engine';

export const TABLES: Record<IndexName, string> = { candidates: 'search_candidates', offers: 'search_offers' };

/** Column list and SQL types of each table's filter columns (the recordset definition). */
const FILTER_COLUMNS: Record<IndexName, [string, string][]> = {
  candidates: [
    ['role_families', 'text[]'], ['skills', 'text[]'], ['track', 'text'], ['basin_code', 'text'],
    ['contract_types', 'text[]'], ['available_from', 'date'], ['years_of_experience', 'int'],
    ['lat', 'float8'], ['lon', 'float8'], ['updated_at', 'timestamptz'],
  ],
  offers: [
    ['role_family', 'text'], ['skills', 'text[]'], ['basin_code', 'text'], ['contract_type', 'text'],
    ['remote_policy', 'text'], ['experience_level', 'text'], ['salary_min', 'int'], ['salary_max', 'int'],
    ['lat', 'float8'], ['lon', 'float8'], ['published_at', 'timestamptz'], ['expires_at', 'timestamptz'],
  ],
};

function candidateRecord(doc: CandidateDocument): Record<string, unknown> {
  return {
    id: doc.id, role_families: doc.roleFamilies, skills: doc.skillSlugs, track: doc.track, basin_code: doc.basinCode,
    contract_types: doc.contractTypes, available_from: doc.availableFrom, years_of_experience: doc.yearsOfExperience,
    lat: doc.lat, lon: doc.lon, updated_at: doc.updatedAt, doc, ...candidateText(doc),
  };
}

function offerRecord(doc: OfferDocument): Record<string, unknown> {
  return {
    id: doc.id, role_family: doc.roleFamily, skills: doc.skillSlugs, basin_code: doc.basinCode,
    contract_type: doc.contractType, remote_policy: doc.remotePolicy, experience_level: doc.experienceLevel,
    salary_min: doc.salaryMin, salary_max: doc.salaryMax, lat: doc.lat, lon: doc.lon,
    published_at: doc.publishedAt, expires_at: doc.expiresAt, doc, ...offerText(doc),
  };
}

/**
 * The rows of `docs` exactly as the document table stores them (same columns, same search_text and tsv
 * expressions), as a SELECT. The indexer inserts it; the worker's alert fan-out matches saved searches against
 * it directly, so matching never depends on whether (or with which engine) the document has been indexed yet.
 */
export function documentRowsSql(index: IndexName, docs: (CandidateDocument | OfferDocument)[]): Prisma.Sql {
  const records = docs.map((d) => (index === 'candidates' ? candidateRecord(d as CandidateDocument) : offerRecord(d as OfferDocument)));
  const names = documentColumns(index);
  const recordset = [['id', 'uuid'], ...FILTER_COLUMNS[index], ['doc', 'jsonb'], ['a', 'text'], ['b', 'text'], ['c', 'text']]
    .map(([n, t]) => `${n} ${t}`)
    .join(', ');
  // Everything below but the JSON parameter is built from the constant column lists above.
  return Prisma.sql`
    SELECT r.id, ${Prisma.raw(names.map((n) => `r.${n}`).join(', '))}, r.doc,
      lower(unaccent(concat_ws(' ', r.a, r.b, r.c))) AS search_text,
      setweight(to_tsvector('french', unaccent(coalesce(r.a, ''))), 'A')
        || setweight(to_tsvector('french', unaccent(coalesce(r.b, ''))), 'B')
        || setweight(to_tsvector('french', unaccent(coalesce(r.c, ''))), 'C') AS tsv
    FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS r(${Prisma.raw(recordset)})`;
}

/** The filter columns of an index's document table, in table order. */
function documentColumns(index: IndexName): string[] {
  return FILTER_COLUMNS[index].map(([name]) => name);
}

export function upsertSql(index: IndexName, docs: (CandidateDocument | OfferDocument)[]): Prisma.Sql {
  const names = documentColumns(index);
  return Prisma.sql`
    INSERT INTO ${Prisma.raw(TABLES[index])} (id, ${Prisma.raw(names.join(', '))}, doc, search_text, tsv)
    ${documentRowsSql(index, docs)}
    ON CONFLICT (id) DO UPDATE SET
      ${Prisma.raw([...names, 'doc', 'search_text', 'tsv'].map((n) => `${n} = EXCLUDED.${n}`).join(', '))}`;
}
