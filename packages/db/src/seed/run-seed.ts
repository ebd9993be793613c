/**
 * Orchestrates the demo data set: reference rows, the demo accounts, generated candidates (in batches, so
 * 100,000 fit in memory and time), companies, offers and the recruiting pipeline. Each part draws from its
 * own PRNG stream, so changing one count does not reshuffle the others.
 */
import { Algorithm, hash } from '@node-rs/argon2';
import type { PrismaClient } from '../generated/prisma/client';
import { buildCandidates, type CandidateRows } from './candidates';
import { buildCompanies } from './companies';
import type { SeedConfig } from './config';
import { type CandidateMeta, DAY_MS, HISTORY_DAYS, type SeedContext } from './context';
import { DEMO_PASSWORDS, buildDemoAccounts, buildDemoExtras } from './demo-accounts';
import { buildImports } from './imports';
import { buildOffers } from './offers';
import { type ForcedApplication, buildPipeline } from './pipeline';
import { Prng } from './prng';
import { Progress } from './progress';
import { basinWeights } from './basin-weights';
import { BulkWriter } from './bulk-insert';
import { seedReferenceData } from './reference-data';

/** Rows per INSERT: large enough to be fast, small enough to stay under PostgreSQL's 65,535 parameters. */
const CANDIDATE_BATCH = 1_000;
const ROW_BATCH = 2_000;

/** The seed declined to run (the database is not empty): a message for the person, not a stack trace. */
export class SeedRefused extends Error {}

export interface SeedSummary {
  candidates: number;
  companies: number;
  recruiters: number;
  offers: number;
  applications: number;
  hires: number;
  contactRequests: number;
}

export async function runSeed(prisma: PrismaClient, config: SeedConfig, log: (line: string) => void): Promise<SeedSummary | null> {
  await seedReferenceData(prisma);
  if (config.referenceOnly) {
    log('reference data present (basins, role families, skills)');
    return null;
  }
  const existingUsers = await prisma.user.count();
  if (existingUsers > 0) {
    if (config.ifEmpty) {
      log(`database already has ${existingUsers} users: demo data not added (--if-empty)`);
      return null;
    }
    throw new SeedRefused(`database already has ${existingUsers} users; seed an empty database or pass --if-empty`);
  }

  const started = Date.now();
  // Hash each demo password once; generated accounts reuse the hash of their role's demo password.
  const argon2 = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };
  const [admin, recruiter, candidate] = await Promise.all([
    hash(DEMO_PASSWORDS.admin, argon2), hash(DEMO_PASSWORDS.recruiter, argon2), hash(DEMO_PASSWORDS.candidate, argon2),
  ]);
  const skills = await prisma.skill.findMany({ select: { id: true, slug: true } });
  const anchorMs = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  const ctx: SeedContext = {
    anchorMs,
    launchMs: anchorMs - HISTORY_DAYS * DAY_MS,
    skillIds: new Map(skills.map((s) => [s.slug, s.id])),
    basinWeights: basinWeights(),
    passwordHash: candidate,
  };
  const stream = (name: string) => new Prng(`${config.seed}:${name}`);

  const demo = buildDemoAccounts(stream('demo'), ctx, { admin, recruiter, candidate });
  await prisma.user.createMany({ data: demo.users });
  const imports = buildImports(stream('imports'), ctx, demo.adminId);
  await prisma.importJob.createMany({ data: imports.jobs });
  await prisma.importRowError.createMany({ data: imports.rowErrors });
  const writer = new BulkWriter(config.databaseUrl);
  let candidateMetas: CandidateMeta[];
  let imported: number;
  try {
    await insertCandidateRows(writer, {
      users: [], profiles: [demo.profile], roleFamilies: demo.roleFamilies, skills: demo.skills, trainings: demo.trainings,
      languages: demo.languages, links: demo.links, metas: [],
    });
    ({ metas: candidateMetas, imported } = await seedCandidates(writer, stream('candidates'), ctx, config.candidates, imports.succeededJobId));
    candidateMetas.unshift(demo.candidate);
  } finally {
    await writer.end();
  }
  log(`candidates ${config.candidates} in ${seconds(started)}`);
  await prisma.importJob.update({ where: { id: imports.succeededJobId }, data: { total: imported, processed: imported } });

  const companies = buildCompanies(stream('companies'), { ...ctx, passwordHash: recruiter }, config.companies, demo.adminId, demo.recruiter);
  await batches(companies.users, ROW_BATCH, (data) => prisma.user.createMany({ data }));
  await batches(companies.companies, ROW_BATCH, (data) => prisma.company.createMany({ data }));
  await batches(companies.memberships, ROW_BATCH, (data) => prisma.companyMembership.createMany({ data }));
  await batches(companies.audit, ROW_BATCH, (data) => prisma.auditLog.createMany({ data }));
  log(`companies ${companies.companies.length} (recruiters ${companies.users.length + 1}) at ${seconds(started)}`);

  const offers = buildOffers(stream('offers'), ctx, companies.metas);
  await batches(offers.offers, ROW_BATCH, (data) => prisma.offer.createMany({ data }));
  await batches(offers.skills, ROW_BATCH, (data) => prisma.offerSkill.createMany({ data }));
  log(`offers ${offers.offers.length} at ${seconds(started)}`);

  // The demo candidate applies to three published developer jobs it fits, the demo company's first.
  const demoCompany = companies.metas[0];
  const demoOffers = offers.metas.filter((o) => o.companyId === demoCompany.id);
  const fits = offers.metas.filter((o) => o.status === 'PUBLISHED' && o.family === 'DEV' && demo.candidate.contractTypes.includes(o.contractType));
  const forced: ForcedApplication[] = [...fits.filter((o) => o.companyId === demoCompany.id), ...fits.filter((o) => o.companyId !== demoCompany.id)]
    .slice(0, 3)
    .map((o, index) => ({ offerId: o.id, candidate: demo.candidate, status: (['INTERVIEW', 'SHORTLISTED', 'APPLIED'] as const)[index] }));
  const pipelineRng = stream('pipeline');
  const pipeline = buildPipeline(pipelineRng, ctx, offers.metas, candidateMetas, companies.metas, forced);
  const requestMs = anchorMs - 2 * DAY_MS;
  pipeline.contactRequests.push({
    id: pipelineRng.uuidV7(requestMs), companyId: demoCompany.id, recruiterId: demo.recruiter.userId, candidateId: demo.candidate.id,
    offerId: demoOffers.find((o) => o.status === 'PUBLISHED' && o.family === 'DEV')?.id ?? null, status: 'PENDING',
    message: 'Bonjour Camille, votre profil correspond à notre équipe produit. Pouvons-nous échanger cette semaine ?',
    expiresAt: new Date(requestMs + 30 * DAY_MS), createdAt: new Date(requestMs),
  });
  await batches(pipeline.applications, ROW_BATCH, (data) => prisma.application.createMany({ data }));
  await batches(pipeline.statusChanges, ROW_BATCH, (data) => prisma.applicationStatusChange.createMany({ data }));
  await batches(pipeline.hires, ROW_BATCH, (data) => prisma.hire.createMany({ data }));
  await batches(pipeline.contactRequests, ROW_BATCH, (data) => prisma.contactRequest.createMany({ data }));
  log(`applications ${pipeline.applications.length}, hires ${pipeline.hires.length}, contact requests ${pipeline.contactRequests.length} at ${seconds(started)}`);

  const extras = buildDemoExtras(stream('extras'), ctx, demo, pipeline, new Set(demoOffers.map((o) => o.id)));
  await prisma.alert.createMany({ data: extras.alerts });
  await prisma.notification.createMany({ data: extras.notifications });

  return {
    candidates: config.candidates + 1,
    companies: companies.companies.length,
    recruiters: companies.users.length + 1,
    offers: offers.offers.length,
    applications: pipeline.applications.length,
    hires: pipeline.hires.length,
    contactRequests: pipeline.contactRequests.length,
  };
}

/** Generated candidates in batches; the next batch is built while the previous one is being written. */
async function seedCandidates(writer: BulkWriter, rng: Prng, ctx: SeedContext, total: number, importJobId: string) {
  const metas: CandidateMeta[] = [];
  const progress = new Progress('candidates', total);
  let imported = 0;
  let writing: Promise<void> = Promise.resolve();
  for (let from = 0; from < total; from += CANDIDATE_BATCH) {
    const rows = buildCandidates(rng, ctx, from, Math.min(CANDIDATE_BATCH, total - from), total, importJobId);
    for (const meta of rows.metas) metas.push(meta);
    imported += rows.profiles.filter((p) => p.importedFromJobId).length;
    await writing;
    progress.update(from);
    writing = insertCandidateRows(writer, rows);
  }
  await writing;
  progress.update(total);
  return { metas, imported };
}

/** Writes one batch of candidates: parents first (foreign keys), then the child tables side by side. */
async function insertCandidateRows(writer: BulkWriter, rows: CandidateRows): Promise<void> {
  await writer.insert('users', rows.users);
  await writer.insert('candidate_profiles', rows.profiles);
  await Promise.all([
    writer.insert('candidate_role_families', rows.roleFamilies),
    writer.insert('candidate_skills', rows.skills),
    writer.insert('trainings', rows.trainings),
    writer.insert('candidate_languages', rows.languages),
    writer.insert('candidate_links', rows.links),
  ]);
}

function seconds(sinceMs: number): string {
  return `${((Date.now() - sinceMs) / 1000).toFixed(1)} s`;
}

async function batches<T>(rows: readonly T[], size: number, write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}
