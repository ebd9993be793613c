/**
 * How documents map to the rows of the PostgreSQL document tables (prisma/schema.prisma: SearchCandidate and
 * SearchCandidateDoc, SearchOffer). One batch is one statement over jsonb_to_recordset($1): a single parameter
 * whatever the batch size, and tsv/search_text computed in SQL, where unaccent() and the french configuration
 * live. Candidates are split in two tables: the narrow one every search scans (filters, tsv) and the displayed
 * document, read only for the rows of a page.
 */
import { Prisma } from '@talents/db';
import { candidateText, offerText, type CandidateDocument, type OfferDocument } from '../documents';
import type { IndexName } from '../search-engine';

export const TABLES: Record<IndexName, string> = { candidates: 'search_candidates', offers: 'search_offers' };
/** Where the displayed document (`doc`) lives: its own table (candidates), or the scanned table itself (offers). */
export const DOC_TABLES: Record<IndexName, string> = { candidates: 'search_candidate_docs', offers: 'search_offers' };

/** Shorter words are not kept in the vocabulary (too few trigrams to correct anything reliably). */
export const MIN_WORD_LENGTH = 3;

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

/**
 * The text whose words join the vocabulary that misspelt query words are corrected against (postgres-query.ts):
 * skill names, and offers' titles — never a person's free text or name, which would outlive an erasure there.
 */
function vocabularyOf(doc: CandidateDocument | OfferDocument): string {
  return 'title' in doc ? offerText(doc).a : doc.skills.map((s) => s.name).join(' ');
}

export function upsertSql(index: IndexName, docs: (CandidateDocument | OfferDocument)[]): Prisma.Sql {
  const names = documentColumns(index);
  const separateDoc = DOC_TABLES[index] !== TABLES[index];
  const stored = separateDoc ? [...names, 'tsv'] : [...names, 'doc', 'search_text', 'tsv'];
  const docUpsert = separateDoc
    ? Prisma.sql`, docs AS (
      INSERT INTO ${Prisma.raw(DOC_TABLES[index])} (id, doc) SELECT r.id, r.doc FROM r
      ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc WHERE ${Prisma.raw(DOC_TABLES[index])}.doc IS DISTINCT FROM EXCLUDED.doc)`
    : Prisma.empty;
  // The document row references the scanned row; the foreign key is checked at the end of the statement, when
  // both inserts are done. A row whose content did not change is left alone (no new row version): a full
  // reindex of an index already up to date writes nothing and leaves no dead rows to read past.
  const table = TABLES[index];
  return Prisma.sql`
    WITH r AS (${documentRowsSql(index, docs)}),
    upserted AS (
      INSERT INTO ${Prisma.raw(table)} (id, ${Prisma.raw(stored.join(', '))})
      SELECT r.id, ${Prisma.raw(stored.map((n) => `r.${n}`).join(', '))} FROM r
      ON CONFLICT (id) DO UPDATE SET
        ${Prisma.raw(stored.map((n) => `${n} = EXCLUDED.${n}`).join(', '))}
      WHERE (${Prisma.raw(stored.map((n) => `${table}.${n}`).join(', '))}) IS DISTINCT FROM (${Prisma.raw(stored.map((n) => `EXCLUDED.${n}`).join(', '))}))${docUpsert}
    INSERT INTO search_words (word)
    SELECT DISTINCT w FROM unnest(${docs.map(vocabularyOf)}::text[]) AS t(text),
      regexp_split_to_table(lower(unaccent(t.text)), '[^[:alnum:]+#]+') AS w
    WHERE length(w) >= ${MIN_WORD_LENGTH}::int
    ON CONFLICT (word) DO NOTHING`;
}
