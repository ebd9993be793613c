/**
 * Collapses the skills a candidate typed onto the shared vocabulary key (skillSlug): "typescript",
 * "TypeScript " and "TYPESCRIPT" are one skill, "sécurité" and "securite" too. When a skill appears twice the
 * higher level wins, since the candidate claimed it at least once.
 */
import { skillSlug } from './skill-slug';

export interface NormalisedSkill {
  name: string;
  slug: string;
  level: number;
}

export interface SkillNormalisation {
  skills: NormalisedSkill[];
  /** Indexes of names with nothing left once normalised (only punctuation, non-Latin script…). */
  invalid: number[];
}

export function normaliseSkills(input: { name: string; level: number }[]): SkillNormalisation {
  const bySlug = new Map<string, NormalisedSkill>();
  const invalid: number[] = [];
  input.forEach((skill, index) => {
    const name = skill.name.trim().replace(/\s+/g, ' ');
    const slug = skillSlug(name);
    if (!slug) {
      invalid.push(index);
      return;
    }
    const existing = bySlug.get(slug);
    if (existing) existing.level = Math.max(existing.level, skill.level);
    else bySlug.set(slug, { name, slug, level: skill.level });
  });
  return { skills: [...bySlug.values()], invalid };
}
