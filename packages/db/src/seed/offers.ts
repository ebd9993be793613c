/**
 * Generated offers: drafts, published offers (expiring within 60 days) and closed ones (filled, expired or
 * cancelled), each with required and nice-to-have skills and a salary range sane for its contract.
 */
import { reference } from '@talents/shared';
import type { CloseReason, ContractType, ExperienceLevel, OfferStatus, Prisma, RemotePolicy } from '../generated/prisma/client';
import type { CompanyMeta } from './companies';
import { DAY_MS, type SeedContext, dateOnly, roundTo, skillId } from './context';
import type { Prng } from './prng';
import { TOWNS_BY_BASIN } from './towns';
import { CROSS_SKILLS, SKILLS_BY_FAMILY, TITLES_BY_FAMILY } from './vocabulary';

export interface OfferMeta {
  id: string;
  companyId: string;
  createdById: string;
  family: string;
  contractType: ContractType;
  basinCode: string;
  status: OfferStatus;
  closeReason: CloseReason | null;
  publishedAtMs: number | null;
  /** End of the window in which applications arrive (closing instant, or today for a published offer). */
  openUntilMs: number;
}

export interface OfferRows {
  offers: Prisma.OfferCreateManyInput[];
  skills: Prisma.OfferSkillCreateManyInput[];
  metas: OfferMeta[];
}

/** An offer stays published this long unless closed earlier. */
export const OFFER_LIFETIME_DAYS = 60;

const OFFERS_PER_SIZE = { MICRO: [1, 3], SMALL: [2, 5], MEDIUM: [3, 7], INTERMEDIATE: [4, 9], LARGE: [5, 10] } as const;
const FAMILY_WEIGHTS = { DEV: 55, DEVOPS_SECURITY: 28, SALES: 17 } as const;
const CONTRACT_WEIGHTS: Record<ContractType, number> = { CDI: 55, ALTERNANCE: 15, STAGE: 10, CDD: 10, FREELANCE: 10 };
const REMOTE_WEIGHTS: Record<RemotePolicy, number> = { ONSITE: 25, HYBRID: 60, REMOTE: 15 };
const STATUS_WEIGHTS = { DRAFT: 10, PUBLISHED: 48, FILLED: 25, EXPIRED: 10, CANCELLED: 7 } as const;
const TITLE_SUFFIX: Record<ContractType, string> = {
  CDI: '', CDD: ' (CDD 12 mois)', ALTERNANCE: ' (alternance)', STAGE: ' — stage de 6 mois', FREELANCE: ' (mission freelance)',
};
const MISSIONS: Record<string, readonly string[]> = {
  DEV: ['Concevoir et développer de nouvelles fonctionnalités', 'Écrire des tests et relire le code de l\'équipe',
    'Améliorer la performance et l\'accessibilité', 'Participer aux choix d\'architecture', 'Accompagner la mise en production'],
  DEVOPS_SECURITY: ['Automatiser les déploiements', 'Surveiller et fiabiliser les plateformes', 'Durcir la sécurité des systèmes',
    'Traiter les alertes et les incidents', 'Sensibiliser les équipes aux bonnes pratiques'],
  SALES: ['Prospecter de nouveaux clients dans la région', 'Mener les rendez-vous de découverte et les démonstrations',
    'Construire et négocier les propositions commerciales', 'Suivre et développer le portefeuille clients', 'Faire remonter les besoins au produit'],
};

/** The demo recruiter's offers are fixed, so the demo always shows every stage of the lifecycle. */
const DEMO_OFFERS = [
  { plan: 'PUBLISHED', family: 'DEV', contract: 'CDI' },
  { plan: 'PUBLISHED', family: 'DEV', contract: 'CDI' },
  { plan: 'PUBLISHED', family: 'DEVOPS_SECURITY', contract: 'CDI' },
  { plan: 'PUBLISHED', family: 'SALES', contract: 'CDI' },
  { plan: 'DRAFT', family: 'DEV', contract: 'ALTERNANCE' },
  { plan: 'FILLED', family: 'DEV', contract: 'CDD' },
] as const;

export function buildOffers(rng: Prng, ctx: SeedContext, companies: readonly CompanyMeta[]): OfferRows {
  const rows: OfferRows = { offers: [], skills: [], metas: [] };
  companies.forEach((company, index) => {
    const isDemo = index === 0;
    const [min, max] = OFFERS_PER_SIZE[company.size];
    const count = isDemo ? DEMO_OFFERS.length : rng.int(min, max);
    for (let n = 0; n < count; n++) {
      if (isDemo) addOffer(rows, rng, ctx, company, DEMO_OFFERS[n].plan, DEMO_OFFERS[n].family, DEMO_OFFERS[n].contract);
      else addOffer(rows, rng, ctx, company, rng.weighted(STATUS_WEIGHTS), rng.weighted(FAMILY_WEIGHTS), rng.weighted(CONTRACT_WEIGHTS));
    }
  });
  return rows;
}

function addOffer(
  rows: OfferRows, rng: Prng, ctx: SeedContext, company: CompanyMeta, plan: keyof typeof STATUS_WEIGHTS, family: string, contractType: ContractType,
): void {
  const experienceLevel: ExperienceLevel =
    contractType === 'STAGE' || contractType === 'ALTERNANCE' ? 'ENTRY' : rng.weighted({ JUNIOR: 35, MID: 40, SENIOR: 25 });
  const title = `${rng.pick(TITLES_BY_FAMILY[family])}${experienceLevel === 'SENIOR' ? ' senior' : ''}${TITLE_SUFFIX[contractType]}`;
  const required = rng.sample(SKILLS_BY_FAMILY[family], rng.int(3, 5));
  const nice = [...rng.sample(SKILLS_BY_FAMILY[family].filter((s) => !required.includes(s)), rng.int(0, 2)), ...rng.sample(CROSS_SKILLS, rng.int(0, 1))];
  const salary = salaryRange(rng, contractType, experienceLevel, family);
  const remotePolicy = rng.weighted(REMOTE_WEIGHTS);
  const town = rng.chance(0.85) ? TOWNS_BY_BASIN[company.basinCode].find((t) => t.name === company.town) ?? TOWNS_BY_BASIN[company.basinCode][0] : rng.pick(TOWNS_BY_BASIN[company.basinCode]);

  // Only a verified, unsuspended company can have published offers.
  const canPublish = company.verifiedAtMs !== null && !company.suspended;
  const status: OfferStatus = !canPublish || plan === 'DRAFT' ? 'DRAFT' : plan === 'PUBLISHED' ? 'PUBLISHED' : 'CLOSED';
  const timeline = offerTimeline(rng, ctx, company, status, plan);
  const id = rng.uuidV7(timeline.createdAtMs);
  const createdById = rng.pick(company.recruiterIds);

  rows.offers.push({
    id,
    companyId: company.id,
    createdById,
    title,
    description: description(rng, company, title, family, required, nice, salary, remotePolicy),
    roleFamilyCode: family,
    contractType,
    basinCode: company.basinCode,
    town: town.name,
    lat: town.lat,
    lon: town.lon,
    remotePolicy,
    salaryMin: salary.min,
    salaryMax: salary.max,
    experienceLevel,
    startDate: dateOnly((timeline.publishedAtMs ?? ctx.anchorMs) + rng.int(30, 90) * DAY_MS),
    romeCode: rng.pick(reference.roles.roleFamilies.find((f) => f.code === family)?.rome ?? [null]),
    status,
    closeReason: timeline.closeReason,
    publishedAt: timeline.publishedAtMs === null ? null : new Date(timeline.publishedAtMs),
    expiresAt: timeline.publishedAtMs === null ? null : new Date(timeline.publishedAtMs + OFFER_LIFETIME_DAYS * DAY_MS),
    closedAt: timeline.closedAtMs === null ? null : new Date(timeline.closedAtMs),
    createdAt: new Date(timeline.createdAtMs),
    updatedAt: new Date(timeline.closedAtMs ?? timeline.publishedAtMs ?? timeline.createdAtMs),
  });
  for (const name of required) rows.skills.push({ offerId: id, skillId: skillId(ctx, name), required: true, minLevel: experienceLevel === 'SENIOR' ? 4 : experienceLevel === 'ENTRY' ? null : 3 });
  for (const name of nice) rows.skills.push({ offerId: id, skillId: skillId(ctx, name), required: false, minLevel: null });
  rows.metas.push({
    id, companyId: company.id, createdById, family, contractType, basinCode: company.basinCode, status,
    closeReason: timeline.closeReason, publishedAtMs: timeline.publishedAtMs, openUntilMs: timeline.closedAtMs ?? ctx.anchorMs,
  });
}

interface Timeline {
  createdAtMs: number;
  publishedAtMs: number | null;
  closedAtMs: number | null;
  closeReason: CloseReason | null;
}

function offerTimeline(rng: Prng, ctx: SeedContext, company: CompanyMeta, status: OfferStatus, plan: keyof typeof STATUS_WEIGHTS): Timeline {
  const earliest = company.verifiedAtMs ?? company.createdAtMs;
  const between = (from: number, to: number) => from + Math.floor(rng.next() * Math.max(0, to - from));
  if (status === 'DRAFT') return { createdAtMs: between(Math.max(earliest, ctx.anchorMs - 40 * DAY_MS), ctx.anchorMs), publishedAtMs: null, closedAtMs: null, closeReason: null };
  if (status === 'PUBLISHED') {
    const publishedAtMs = between(Math.max(earliest, ctx.anchorMs - (OFFER_LIFETIME_DAYS - 5) * DAY_MS), ctx.anchorMs - 3_600_000);
    return { createdAtMs: publishedAtMs - rng.int(1, 72) * 3_600_000, publishedAtMs, closedAtMs: null, closeReason: null };
  }
  // Closed: expiry needs the whole lifetime to have passed; otherwise the offer was filled or cancelled early.
  const lifetime = OFFER_LIFETIME_DAYS * DAY_MS;
  const canExpire = earliest < ctx.anchorMs - lifetime - DAY_MS;
  const reason: CloseReason = plan === 'EXPIRED' && canExpire ? 'EXPIRED' : plan === 'CANCELLED' ? 'CANCELLED' : 'FILLED';
  const publishedAtMs = reason === 'EXPIRED' ? between(earliest, ctx.anchorMs - lifetime - DAY_MS) : between(earliest, ctx.anchorMs - 10 * DAY_MS);
  const closedAtMs = reason === 'EXPIRED' ? publishedAtMs + lifetime : Math.min(publishedAtMs + rng.int(12, 55) * DAY_MS + rng.int(0, 1_439) * 60_000, ctx.anchorMs - 3_600_000);
  return { createdAtMs: publishedAtMs - rng.int(1, 72) * 3_600_000, publishedAtMs, closedAtMs, closeReason: reason };
}

/** Gross yearly euros. Internship and apprenticeship pay follow the legal minimums; freelance is a day rate × 200. */
export function salaryRange(rng: Prng, contract: ContractType, level: ExperienceLevel, family: string): { min: number; max: number } {
  if (contract === 'STAGE') {
    const min = roundTo(rng.int(7_000, 9_000), 500);
    return { min, max: min + roundTo(rng.int(1_000, 3_000), 500) };
  }
  if (contract === 'ALTERNANCE') {
    const min = roundTo(rng.int(12_000, 16_000), 500);
    return { min, max: min + roundTo(rng.int(2_000, 5_000), 500) };
  }
  if (contract === 'FREELANCE') {
    const min = roundTo(rng.int(350, 600) * 200, 1_000);
    return { min, max: min + roundTo(rng.int(10_000, 20_000), 1_000) };
  }
  const base = { ENTRY: 30_000, JUNIOR: 34_000, MID: 43_000, SENIOR: 55_000 }[level] + (family === 'SALES' ? 3_000 : 0);
  const min = roundTo(base + rng.int(-2_000, 4_000), 1_000);
  return { min, max: min + roundTo(rng.int(4_000, 9_000), 1_000) };
}

function description(rng: Prng, company: CompanyMeta, title: string, family: string, required: string[], nice: string[], salary: { min: number; max: number }, remote: RemotePolicy): string {
  const euros = (n: number) => n.toLocaleString('fr-FR').replace(/\u202f|\u00a0/g, ' ');
  const remoteText = { ONSITE: 'Poste sur site.', HYBRID: 'Télétravail partiel (2 à 3 jours par semaine).', REMOTE: 'Poste en télétravail complet, un séminaire par trimestre.' }[remote];
  return [
    `${company.name} (${company.town}) recrute : ${title}.`,
    '',
    'Vos missions :',
    ...rng.sample(MISSIONS[family], 3).map((m) => `- ${m}`),
    '',
    `Compétences attendues : ${required.join(', ')}.`,
    ...(nice.length > 0 ? [`Un plus : ${nice.join(', ')}.`] : []),
    `Rémunération : ${euros(salary.min)} – ${euros(salary.max)} € brut par an. ${remoteText}`,
  ].join('\n');
}
