/**
 * Generated candidates: one user + profile + role families, skills, training, languages and links each.
 * Pure (rows in, no I/O) so that batches can be built and inserted one after another at any scale.
 */
import { reference } from '@talents/shared';
import type { ContractType, LanguageLevel, Prisma, RemotePolicy, TrainingRoute } from '../generated/prisma/client';
import { type CandidateMeta, DAY_MS, type SeedContext, asciiSlug, dateOnly, roundTo, skillId } from './context';
import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES } from './names';
import type { Prng } from './prng';
import { TOWNS_BY_BASIN } from './towns';
import { CROSS_SKILLS, HEADLINE_HOOKS, PROGRAMMES, SKILLS_BY_FAMILY, TITLES_BY_FAMILY } from './vocabulary';

export interface CandidateRows {
  users: Prisma.UserCreateManyInput[];
  profiles: Prisma.CandidateProfileCreateManyInput[];
  roleFamilies: Prisma.CandidateRoleFamilyCreateManyInput[];
  skills: Prisma.CandidateSkillCreateManyInput[];
  trainings: Prisma.TrainingCreateManyInput[];
  languages: Prisma.CandidateLanguageCreateManyInput[];
  links: Prisma.CandidateLinkCreateManyInput[];
  metas: CandidateMeta[];
}

export function emptyCandidateRows(): CandidateRows {
  return { users: [], profiles: [], roleFamilies: [], skills: [], trainings: [], languages: [], links: [], metas: [] };
}

/** Women are ~30 % of the pool (the study deplores their scarcity); some do not answer. */
const GENDER_WEIGHTS = { FEMALE: 29, MALE: 61, NON_BINARY: 2, UNDISCLOSED: 3, NONE: 5 } as const;
const TRACK_WEIGHTS = { STUDENT: 24, GRADUATE: 24, RESKILLING: 20, EXPERIENCED: 24, SENIOR: 8 } as const;
const FAMILY_WEIGHTS = { DEV: 55, DEVOPS_SECURITY: 25, SALES: 20 } as const;
const VISIBILITY_WEIGHTS = { ANONYMOUS: 70, PUBLIC: 22, HIDDEN: 8 } as const;
const REMOTE_WEIGHTS: Record<RemotePolicy, number> = { ONSITE: 15, HYBRID: 60, REMOTE: 25 };

const PREVIOUS_SECTORS = ['la logistique', 'le commerce', 'la restauration', 'l\'enseignement', 'l\'industrie', 'la banque'];
const ORGANISATIONS = reference.organisations.trainingOrganisations;

/**
 * Builds candidates number `from` to `from + count - 1` of `total`. Registration dates grow with the index
 * (denser towards today, as a platform that gains users), which lets later code pick "candidates registered
 * before a date" by index.
 */
export function buildCandidates(rng: Prng, ctx: SeedContext, from: number, count: number, total: number, importJobId?: string): CandidateRows {
  const rows = emptyCandidateRows();
  for (let i = from; i < from + count; i++) addCandidate(rows, rng, ctx, i, total, importJobId);
  return rows;
}

export function registrationMs(ctx: SeedContext, index: number, total: number, jitter: number): number {
  const span = ctx.anchorMs - ctx.launchMs - DAY_MS;
  return ctx.launchMs + Math.floor(span * Math.sqrt((index + jitter) / total));
}

function addCandidate(rows: CandidateRows, rng: Prng, ctx: SeedContext, i: number, total: number, importJobId?: string): void {
  const createdAtMs = registrationMs(ctx, i, total, rng.next());
  const createdAt = new Date(createdAtMs);
  const userId = rng.uuidV7(createdAtMs);
  const id = rng.uuidV7(createdAtMs);

  const genderPick = rng.weighted(GENDER_WEIGHTS);
  const gender = genderPick === 'NONE' ? null : genderPick;
  const female = gender === 'FEMALE' || (gender !== 'MALE' && rng.chance(0.5));
  const firstName = rng.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
  const lastName = rng.pick(LAST_NAMES);
  const track = rng.weighted(TRACK_WEIGHTS);
  const family = rng.weighted(FAMILY_WEIGHTS);
  const years = yearsOfExperience(rng, track);
  const basinCode = rng.weighted(ctx.basinWeights);
  const town = rng.pick(TOWNS_BY_BASIN[basinCode]);
  const visibility = rng.weighted(VISIBILITY_WEIGHTS);
  const contractTypes = wantedContracts(rng, track);

  rows.users.push({
    id: userId,
    email: `${asciiSlug(firstName, '.')}.${asciiSlug(lastName, '.')}.${i + 1}@demo.talents.local`,
    passwordHash: ctx.passwordHash,
    role: 'CANDIDATE',
    locale: rng.chance(0.08) ? 'en' : 'fr',
    emailVerifiedAt: rng.chance(0.95) ? new Date(createdAtMs + rng.int(60_000, 3 * 3_600_000)) : null,
    lastLoginAt: new Date(createdAtMs + Math.floor(rng.next() * (ctx.anchorMs - createdAtMs))),
    createdAt,
    updatedAt: createdAt, // bulkInsert bypasses @updatedAt
  });

  // Skills: mostly from the main family, levels growing with experience.
  const vocabulary = SKILLS_BY_FAMILY[family];
  const skillNames = [...rng.sample(vocabulary, rng.int(4, 8)), ...rng.sample(CROSS_SKILLS, rng.int(0, 2))];
  const baseLevel = Math.min(4, 1 + Math.floor(years / 3));
  for (const name of skillNames) {
    const level = Math.max(1, Math.min(5, baseLevel + rng.int(-1, 1)));
    rows.skills.push({ candidateId: id, skillId: skillId(ctx, name), level });
  }

  rows.roleFamilies.push({ candidateId: id, roleFamilyCode: family });
  if (rng.chance(0.15)) {
    const second = rng.pick(Object.keys(FAMILY_WEIGHTS).filter((code) => code !== family));
    rows.roleFamilies.push({ candidateId: id, roleFamilyCode: second });
  }

  const training = addTraining(rows, rng, ctx, id, track, createdAtMs);
  addLanguages(rows, rng, id);
  addLinks(rows, rng, id, createdAtMs, family, `${asciiSlug(firstName)}-${asciiSlug(lastName)}-${i + 1}`);

  const title = rng.pick(TITLES_BY_FAMILY[family]);
  const headline =
    track === 'STUDENT'
      ? `${title} en ${contractTypes.includes('ALTERNANCE') ? 'alternance' : 'stage'} — ${skillNames[0]}, ${skillNames[1]}`
      : `${title} — ${skillNames[0]}, ${skillNames[1]}, ${skillNames[2]}`;
  const expectation = salaryExpectation(rng, track, family);

  rows.profiles.push({
    id,
    userId,
    firstName,
    lastName,
    phone: rng.chance(0.7) ? `+33 6 39 98 ${String(rng.int(0, 99)).padStart(2, '0')} ${String(rng.int(0, 99)).padStart(2, '0')}` : null,
    headline,
    bio: bio(rng, track, family, years, training.programme),
    yearsOfExperience: years,
    track,
    basinCode,
    town: town.name,
    lat: town.lat + (rng.next() - 0.5) * 0.02,
    lon: town.lon + (rng.next() - 0.5) * 0.03,
    mobilityRadiusKm: rng.pick([10, 20, 30, 50, 50, 100]),
    remotePreference: rng.weighted(REMOTE_WEIGHTS),
    contractTypes,
    availableFrom: dateOnly(ctx.anchorMs + rng.int(-30, 180) * DAY_MS),
    salaryMin: expectation?.min ?? null,
    salaryMax: expectation?.max ?? null,
    gender,
    visibility,
    consentAt: createdAt,
    consentVersion: '2025-09',
    importedFromJobId: importJobId && training.route === 'GEN_BOOTCAMP' && rng.chance(0.2) ? importJobId : null,
    createdAt,
    updatedAt: new Date(createdAtMs + Math.floor(rng.next() * (ctx.anchorMs - createdAtMs))),
  });

  rows.metas.push({ id, userId, createdAtMs, family, basinCode, track, trainingRoute: training.route, gender, visibility, contractTypes });
}

function yearsOfExperience(rng: Prng, track: keyof typeof TRACK_WEIGHTS): number {
  switch (track) {
    case 'STUDENT': return rng.int(0, 1);
    case 'GRADUATE': return rng.int(0, 2);
    case 'RESKILLING': return rng.int(0, 3);
    case 'EXPERIENCED': return rng.int(3, 15);
    case 'SENIOR': return rng.int(15, 32);
  }
}

function wantedContracts(rng: Prng, track: keyof typeof TRACK_WEIGHTS): ContractType[] {
  switch (track) {
    case 'STUDENT': return rng.pick<ContractType[]>([['ALTERNANCE'], ['STAGE'], ['ALTERNANCE', 'STAGE']]);
    case 'GRADUATE': return rng.chance(0.6) ? ['CDI'] : ['CDI', 'CDD'];
    case 'RESKILLING': return rng.pick<ContractType[]>([['CDI'], ['CDI', 'CDD'], ['ALTERNANCE', 'CDI']]);
    case 'EXPERIENCED': return rng.chance(0.75) ? ['CDI'] : ['CDI', 'FREELANCE'];
    case 'SENIOR': return rng.pick<ContractType[]>([['CDI'], ['CDI', 'FREELANCE'], ['FREELANCE']]);
  }
}

function salaryExpectation(rng: Prng, track: keyof typeof TRACK_WEIGHTS, family: string): { min: number; max: number } | null {
  if (track === 'STUDENT' || rng.chance(0.35)) return null;
  const base = { GRADUATE: 34_000, RESKILLING: 32_000, EXPERIENCED: 46_000, SENIOR: 60_000 }[track];
  const min = roundTo(base + (family === 'SALES' ? 4_000 : 0) + rng.int(-3_000, 8_000), 1_000);
  return { min, max: min + roundTo(rng.int(3_000, 10_000), 1_000) };
}

function addTraining(rows: CandidateRows, rng: Prng, ctx: SeedContext, candidateId: string, track: keyof typeof TRACK_WEIGHTS, createdAtMs: number) {
  const year = new Date(ctx.anchorMs).getUTCFullYear();
  const organisation =
    track === 'RESKILLING'
      ? rng.pick(ORGANISATIONS.filter((o) => o.route !== 'HIGHER_EDUCATION'))
      : track === 'STUDENT' || track === 'GRADUATE'
        ? rng.pick(rng.chance(0.75) ? ORGANISATIONS.filter((o) => o.route === 'HIGHER_EDUCATION') : ORGANISATIONS)
        : rng.chance(0.2) ? null : rng.pick(ORGANISATIONS.filter((o) => o.route === 'HIGHER_EDUCATION'));
  if (!organisation) {
    const programme = PROGRAMMES.SELF_TAUGHT[0];
    rows.trainings.push({ id: rng.uuidV7(createdAtMs), candidateId, organisation: 'Autodidacte', programme, route: 'SELF_TAUGHT', year: null });
    return { route: 'SELF_TAUGHT' as const, programme };
  }
  const route = organisation.route as TrainingRoute;
  const programme = rng.pick(PROGRAMMES[route]);
  const trainingYear =
    track === 'STUDENT' ? year + rng.int(0, 2) : track === 'EXPERIENCED' || track === 'SENIOR' ? year - rng.int(4, 25) : year - rng.int(0, 2);
  rows.trainings.push({ id: rng.uuidV7(createdAtMs), candidateId, organisation: organisation.name, programme, route, year: trainingYear });
  return { route, programme };
}

function addLanguages(rows: CandidateRows, rng: Prng, candidateId: string): void {
  rows.languages.push({ candidateId, code: 'fr', level: rng.chance(0.92) ? 'NATIVE' : rng.pick<LanguageLevel>(['B2', 'C1', 'C2']) });
  if (rng.chance(0.85)) rows.languages.push({ candidateId, code: 'en', level: rng.pick<LanguageLevel>(['A2', 'B1', 'B2', 'B2', 'C1', 'C2']) });
  if (rng.chance(0.06)) rows.languages.push({ candidateId, code: 'nl', level: rng.pick<LanguageLevel>(['A2', 'B1', 'B2', 'NATIVE']) });
  if (rng.chance(0.05)) rows.languages.push({ candidateId, code: 'es', level: rng.pick<LanguageLevel>(['A2', 'B1', 'B2']) });
  if (rng.chance(0.03)) rows.languages.push({ candidateId, code: 'ar', level: 'NATIVE' });
}

function addLinks(rows: CandidateRows, rng: Prng, candidateId: string, atMs: number, family: string, handle: string): void {
  // example.org hosts: a demo profile must never point at a real person's page.
  if (rng.chance(0.55)) rows.links.push({ id: rng.uuidV7(atMs), candidateId, kind: 'LINKEDIN', url: `https://linkedin.example.org/in/${handle}` });
  if (family !== 'SALES' && rng.chance(0.45)) rows.links.push({ id: rng.uuidV7(atMs), candidateId, kind: 'GITHUB', url: `https://github.example.org/${handle}` });
  if (rng.chance(0.06)) rows.links.push({ id: rng.uuidV7(atMs), candidateId, kind: 'PORTFOLIO', url: `https://${handle}.portfolio.example.org` });
}

function bio(rng: Prng, track: keyof typeof TRACK_WEIGHTS, family: string, years: number, programme: string): string {
  const hook = rng.pick(HEADLINE_HOOKS[family]);
  switch (track) {
    case 'STUDENT':
      return `En formation « ${programme} », je recherche une entreprise pour apprendre sur le terrain. Curiosité pour ${hook}, projets personnels réguliers.`;
    case 'GRADUATE':
      return `Fraîchement diplômé·e (« ${programme} »), je souhaite rejoindre une équipe qui construit ${hook}. Autonomie, esprit d'équipe, envie d'apprendre.`;
    case 'RESKILLING':
      return `Après ${rng.int(3, 15)} ans dans ${rng.pick(PREVIOUS_SECTORS)}, reconversion vers le numérique (« ${programme} »). Rigueur, sens du service et goût pour ${hook}.`;
    case 'EXPERIENCED':
      return `${years} ans d'expérience autour de ${hook}. J'aime transmettre et travailler au plus près des utilisateurs.`;
    case 'SENIOR':
      return `${years} ans de métier, dont plusieurs en encadrement d'équipe. Je veux mettre cette expérience au service d'une entreprise de la région, sur ${hook}.`;
  }
}
