/** What every generator of the demo data shares: the PRNG streams' seed, the timeline and looked-up ids. */
import type { ContractType, TrainingRoute } from '../generated/prisma/client';
import { skillSlug } from '../skill-slug';

export const DAY_MS = 86_400_000;

/** The platform "opened" this long before the anchor; registrations spread over the period. */
export const HISTORY_DAYS = 540;

export interface SeedContext {
  /** Today at 00:00 UTC: dates are relative to it, so the data set looks current whenever it is seeded. */
  anchorMs: number;
  launchMs: number;
  /** Skill id by slug (from the skills table). */
  skillIds: ReadonlyMap<string, string>;
  basinWeights: Readonly<Record<string, number>>;
  /** Argon2id hash given to every generated account (hashing 100,000 passwords would take minutes). */
  passwordHash: string;
}

/** Skill id of a vocabulary name; throws when the vocabulary and the skills table disagree. */
export function skillId(ctx: SeedContext, name: string): string {
  const id = ctx.skillIds.get(skillSlug(name));
  if (!id) throw new Error(`skill missing from the skills table: ${name}`);
  return id;
}

/** The light record kept per generated candidate, for applications, contact requests and hires. */
export interface CandidateMeta {
  id: string;
  userId: string;
  createdAtMs: number;
  family: string;
  basinCode: string;
  track: 'STUDENT' | 'GRADUATE' | 'RESKILLING' | 'EXPERIENCED' | 'SENIOR';
  trainingRoute: TrainingRoute | null;
  gender: 'FEMALE' | 'MALE' | 'NON_BINARY' | 'UNDISCLOSED' | null;
  visibility: 'HIDDEN' | 'ANONYMOUS' | 'PUBLIC';
  contractTypes: ContractType[];
}

export function dateOnly(ms: number): Date {
  return new Date(Math.floor(ms / DAY_MS) * DAY_MS);
}

export function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

/** Lower-case ASCII form of a name for e-mail addresses and URLs. */
export function asciiSlug(text: string, separator = '-'): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^\\${separator}+|\\${separator}+$`, 'g'), '');
}
