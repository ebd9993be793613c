/**
 * The writing half of an import, inside the caller's transaction: accounts (role CANDIDATE, no password, e-mail
 * not verified — choosing a password through the invitation link proves the address and verifies it), profiles
 * with their role families and skills, and one `candidate.profile-updated` outbox event per profile so the
 * indexer picks them up. Bulk inserts (createMany, in batches that stay under PostgreSQL's 65,535 bind
 * parameters) keep 10,000 rows to seconds.
 */
import { normaliseSkills, type Prisma } from '@talents/db';
import type { ValidRow } from './import-validation';

const BATCH = 1000;
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
  const imported: ImportedCandidate[] = [];

  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const users = await tx.user.createManyAndReturn({
      data: batch.map((row) => ({ email: row.email, role: 'CANDIDATE' as const, locale: row.locale, createdAt: now })),
      select: { id: true, email: true },
    });
    const userIdByEmail = new Map(users.map((u) => [u.email, u.id]));
    const profiles = await tx.candidateProfile.createManyAndReturn({
      data: batch.map((row) => {
        const p = row.profile;
        const basin = basins.get(p.basinCode);
        return {
          userId: userIdByEmail.get(row.email)!,
          firstName: p.firstName,
          lastName: p.lastName,
          phone: p.phone,
          headline: p.headline,
          yearsOfExperience: p.yearsOfExperience,
          track: p.track,
          basinCode: p.basinCode,
          town: p.town,
          // As the profile editor does: no coordinates given, the basin's centre stands in for distances.
          lat: basin?.lat ?? null,
          lon: basin?.lon ?? null,
          contractTypes: p.contractTypes,
          availableFrom: p.availableFrom ? new Date(`${p.availableFrom}T00:00:00Z`) : null,
          visibility: p.visibility,
          consentAt: now,
          consentVersion: IMPORT_CONSENT_VERSION,
          importedFromJobId: importId,
          createdAt: now,
        };
      }),
      select: { id: true, userId: true },
    });
    const candidateIdByUser = new Map(profiles.map((p) => [p.userId, p.id]));

    const roleFamilies: Prisma.CandidateRoleFamilyCreateManyInput[] = [];
    const skills: Prisma.CandidateSkillCreateManyInput[] = [];
    const events: Prisma.OutboxEventCreateManyInput[] = [];
    batch.forEach((row, i) => {
      const userId = userIdByEmail.get(row.email)!;
      const candidateId = candidateIdByUser.get(userId)!;
      imported.push({ userId, candidateId });
      for (const code of row.profile.roleFamilies) roleFamilies.push({ candidateId, roleFamilyCode: code });
      for (const skill of skillsByRow[start + i]!) skills.push({ candidateId, skillId: skillIds.get(skill.slug)!, level: skill.level });
      events.push({
        type: 'candidate.profile-updated',
        aggregateType: 'candidate',
        aggregateId: candidateId,
        payload: { candidateId, visibility: row.profile.visibility, importId },
      });
    });
    await tx.candidateRoleFamily.createMany({ data: roleFamilies });
    for (let s = 0; s < skills.length; s += BATCH * 5) await tx.candidateSkill.createMany({ data: skills.slice(s, s + BATCH * 5) });
    await tx.outboxEvent.createMany({ data: events });
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
