/**
 * Reference rows every database needs, demo or not: employment basins and role families (foreign keys of
 * profiles, companies and offers) and the starting skill vocabulary. Inserted with ON CONFLICT DO NOTHING,
 * so running it again never overwrites what an admin has since edited (labels, deactivated families).
 */
import { reference } from '@talents/shared';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { skillSlug } from '../skill-slug';
import { latestPostings } from './basin-weights';
import { CROSS_SKILLS, SKILLS_BY_FAMILY } from './vocabulary';

export function basinRows(): Prisma.BasinCreateManyInput[] {
  return reference.basins.basins.map((basin, index) => ({
    code: basin.code,
    label: basin.label,
    department: basin.department,
    mel: basin.mel,
    lat: basin.lat,
    lon: basin.lon,
    postings: latestPostings(basin.postings),
    sortOrder: index,
  }));
}

export function roleFamilyRows(): Prisma.RoleFamilyCreateManyInput[] {
  return reference.roles.roleFamilies.map((family, index) => ({
    code: family.code,
    labelFr: family.label_fr,
    labelEn: family.label_en,
    romeCodes: [...family.rome],
    sortOrder: index,
  }));
}

export function skillRows(): Prisma.SkillCreateManyInput[] {
  const rows: Prisma.SkillCreateManyInput[] = [];
  for (const [family, names] of Object.entries(SKILLS_BY_FAMILY)) {
    for (const name of names) rows.push({ name, slug: skillSlug(name), roleFamilyCode: family });
  }
  for (const name of CROSS_SKILLS) rows.push({ name, slug: skillSlug(name), roleFamilyCode: null });
  return rows;
}

export async function seedReferenceData(prisma: PrismaClient): Promise<void> {
  await prisma.basin.createMany({ data: basinRows(), skipDuplicates: true });
  await prisma.roleFamily.createMany({ data: roleFamilyRows(), skipDuplicates: true });
  await prisma.skill.createMany({ data: skillRows(), skipDuplicates: true });
}
