/**
 * The writing half of an import, inside the caller's transaction: accounts (role CANDIDATE, no password, e-mail
 * not verified — choosing a password through the invitation link proves the address and verifies it), profiles
 * with their role families and skills, and one `candidate.profile-updated` outbox event per profile so the
 * indexer picks them up. Each table gets one INSERT … SELECT FROM unnest(arrays) per batch: a handful of
 * statements for 10,000 rows, instead of Prisma's per-row work (ids are UUIDv7 made here, as Prisma would).
 */
import { normaliseSkills, type Prisma, uuidv7 } from '@talents/db';
import type { ValidRow } from './import-validation';

const BATCH = 2000;
/** What consent_version says for consents collected by the partner on our behalf (see docs/imports.md). */
export const IMPORT_CONSENT_VERSION = 'partner-import';

export interface ImportedCandidate {
  userId: string;
  candidateId: string;
}

export async function writeCandidates(tx: Prisma.TransactionClient, importId: string, rows: ValidRow[], now: Date): Promise<ImportedCandidate[]> {
  const basins = new Map((await tx.basin.findMany({ select: { code: true, lat: true, lon: true } })).map((b) => [b.code, b]));
  const skillsByRow = rows.map((row) => normaliseSkills(row.profile.skills).skills);
  const skillIds = await resolveSkills(tx, skillsByRow.flat());
  const imported = rows.map(() => ({ userId: uuidv7(now.getTime()), candidateId: uuidv7(now.getTime()) }));

  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const ids = imported.slice(start, start + BATCH);
    const col = <T>(pick: (row: ValidRow, i: number) => T): T[] => batch.map(pick);
    const profile = <T>(pick: (p: ValidRow['profile']) => T): T[] => batch.map((row) => pick(row.profile));

    await tx.$executeRaw`
      INSERT INTO users (id, email, role, locale, created_at, updated_at)
      SELECT id, email, 'CANDIDATE'::"Role", locale::"Locale", ${now}, ${now}
      FROM unnest(${col((_, i) => ids[i]!.userId)}::uuid[], ${col((r) => r.email)}::text[], ${col((r) => r.locale)}::text[]) AS t(id, email, locale)`;

    // As the profile editor does: no coordinates given, the basin's centre stands in for distances.
    const lat = profile((p) => basins.get(p.basinCode)?.lat ?? null);
    const lon = profile((p) => basins.get(p.basinCode)?.lon ?? null);
    await tx.$executeRaw`
      INSERT INTO candidate_profiles (id, user_id, first_name, last_name, phone, headline, years_of_experience, track, basin_code, town,
        lat, lon, contract_types, available_from, visibility, consent_at, consent_version, imported_from_job_id, created_at, updated_at)
      SELECT id, user_id, first_name, last_name, phone, headline, years, track::"Track", basin_code, town,
        lat, lon, string_to_array(contracts, ',')::"ContractType"[], available_from, visibility::"Visibility",
        ${now}, ${IMPORT_CONSENT_VERSION}, ${importId}::uuid, ${now}, ${now}
      FROM unnest(
        ${col((_, i) => ids[i]!.candidateId)}::uuid[], ${col((_, i) => ids[i]!.userId)}::uuid[],
        ${profile((p) => p.firstName)}::text[], ${profile((p) => p.lastName)}::text[], ${profile((p) => p.phone)}::text[],
        ${profile((p) => p.headline)}::text[], ${profile((p) => p.yearsOfExperience)}::int[], ${profile((p) => p.track)}::text[],
        ${profile((p) => p.basinCode)}::text[], ${profile((p) => p.town)}::text[], ${lat}::float8[], ${lon}::float8[],
        ${profile((p) => p.contractTypes.join(','))}::text[], ${profile((p) => p.availableFrom)}::date[], ${profile((p) => p.visibility)}::text[]
      ) AS t(id, user_id, first_name, last_name, phone, headline, years, track, basin_code, town, lat, lon, contracts, available_from, visibility)`;

    const families = batch.flatMap((row, i) => row.profile.roleFamilies.map((code) => [ids[i]!.candidateId, code] as const));
    await tx.$executeRaw`
      INSERT INTO candidate_role_families (candidate_id, role_family_code)
      SELECT * FROM unnest(${families.map((f) => f[0])}::uuid[], ${families.map((f) => f[1])}::text[])`;

    const skills = batch.flatMap((_, i) => skillsByRow[start + i]!.map((s) => [ids[i]!.candidateId, skillIds.get(s.slug)!, s.level] as const));
    await tx.$executeRaw`
      INSERT INTO candidate_skills (candidate_id, skill_id, level)
      SELECT * FROM unnest(${skills.map((s) => s[0])}::uuid[], ${skills.map((s) => s[1])}::uuid[], ${skills.map((s) => s[2])}::smallint[])`;

    await tx.$executeRaw`
      INSERT INTO outbox_events (id, aggregate_type, aggregate_id, type, payload, created_at)
      SELECT id, 'candidate', candidate_id, 'candidate.profile-updated',
        jsonb_build_object('candidateId', candidate_id, 'visibility', visibility, 'importId', ${importId}::text), ${now}
      FROM unnest(${col(() => uuidv7(now.getTime()))}::uuid[], ${col((_, i) => ids[i]!.candidateId)}::text[], ${profile((p) => p.visibility)}::text[])
        AS t(id, candidate_id, visibility)`;
  }
  return imported;
}

/** Skill ids by slug; skills new to the platform join the shared vocabulary, as with the profile editor. */
async function resolveSkills(tx: Prisma.TransactionClient, skills: { name: string; slug: string }[]): Promise<Map<string, string>> {
  const bySlug = new Map(skills.map((s) => [s.slug, s.name]));
  const slugs = [...bySlug.keys()];
  const ids = new Map<string, string>();
  for (let start = 0; start < slugs.length; start += BATCH) {
    const batch = slugs.slice(start, start + BATCH);
    await tx.skill.createMany({ data: batch.map((slug) => ({ slug, name: bySlug.get(slug)! })), skipDuplicates: true });
    const rows = await tx.skill.findMany({ where: { slug: { in: batch } }, select: { id: true, slug: true } });
    for (const row of rows) ids.set(row.slug, row.id);
  }
  return ids;
}
