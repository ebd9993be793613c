/**
 * Skills of an offer, normalised like candidates' skills: the slug (skillSlug from @talents/db) is the key, so
 * "Node.js" and "node js" are one skill; unknown skills join the shared vocabulary.
 */
import { skillSlug, type Prisma } from '@talents/db';
import type { OfferSkillInput } from '@talents/shared';

interface NormalisedSkill {
  slug: string;
  name: string;
  required: boolean;
  minLevel: number | null;
}

/** One entry per slug; a skill listed as both required and nice-to-have is required. */
export function normaliseSkills(required: OfferSkillInput[], niceToHave: OfferSkillInput[]): NormalisedSkill[] {
  const bySlug = new Map<string, NormalisedSkill>();
  for (const [list, isRequired] of [[required, true], [niceToHave, false]] as const) {
    for (const input of list) {
      const slug = skillSlug(input.name);
      if (!slug || bySlug.has(slug)) continue;
      bySlug.set(slug, { slug, name: input.name.trim(), required: isRequired, minLevel: input.minLevel ?? null });
    }
  }
  return [...bySlug.values()];
}

/** Replaces the offer's skills with `skills`, creating vocabulary rows that do not exist yet. */
export async function replaceOfferSkills(tx: Prisma.TransactionClient, offerId: string, skills: NormalisedSkill[]): Promise<void> {
  await tx.offerSkill.deleteMany({ where: { offerId } });
  if (skills.length === 0) return;
  const slugs = skills.map((s) => s.slug);
  // skipDuplicates: another request may create the same new skill at the same moment.
  await tx.skill.createMany({ data: skills.map((s) => ({ slug: s.slug, name: s.name })), skipDuplicates: true });
  const rows = await tx.skill.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const idBySlug = new Map(rows.map((r) => [r.slug, r.id]));
  await tx.offerSkill.createMany({
    data: skills.map((s) => ({ offerId, skillId: idBySlug.get(s.slug)!, required: s.required, minLevel: s.minLevel })),
  });
}
