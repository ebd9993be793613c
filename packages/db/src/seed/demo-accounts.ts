/**
 * The three accounts a person uses to walk through the demo (admin, recruiter, candidate), with fixed
 * e-mails and printed passwords, plus what makes their first screens non-empty: the candidate's profile,
 * alerts, notifications and two past imports.
 */
import type { Prisma } from '../generated/prisma/client';
import { type CandidateMeta, DAY_MS, type SeedContext, dateOnly, skillId } from './context';
import type { PipelineRows } from './pipeline';
import type { Prng } from './prng';

export const DEMO_PASSWORDS = {
  admin: 'Admin-demo-2026!',
  recruiter: 'Recruiter-demo-2026!',
  candidate: 'Candidate-demo-2026!',
} as const;

export const DEMO_EMAILS = {
  admin: 'admin@talents.local',
  recruiter: 'recruiter@talents.local',
  candidate: 'candidate@talents.local',
} as const;

export interface PasswordHashes {
  admin: string;
  recruiter: string;
  candidate: string;
}

export interface DemoAccounts {
  adminId: string;
  recruiter: { userId: string; createdAtMs: number };
  candidate: CandidateMeta;
  users: Prisma.UserCreateManyInput[];
  profile: Prisma.CandidateProfileCreateManyInput;
  roleFamilies: Prisma.CandidateRoleFamilyCreateManyInput[];
  skills: Prisma.CandidateSkillCreateManyInput[];
  trainings: Prisma.TrainingCreateManyInput[];
  languages: Prisma.CandidateLanguageCreateManyInput[];
  links: Prisma.CandidateLinkCreateManyInput[];
}

export function buildDemoAccounts(rng: Prng, ctx: SeedContext, hashes: PasswordHashes): DemoAccounts {
  const adminMs = ctx.launchMs - DAY_MS;
  const startMs = ctx.launchMs;
  const adminId = rng.uuidV7(adminMs);
  const recruiterId = rng.uuidV7(startMs);
  const candidateUserId = rng.uuidV7(startMs);
  const candidateId = rng.uuidV7(startMs);
  const verified = (ms: number) => new Date(ms + 300_000);
  const user = (id: string, email: string, role: 'ADMIN' | 'RECRUITER' | 'CANDIDATE', passwordHash: string, ms: number) =>
    ({ id, email, role, passwordHash, locale: 'fr', emailVerifiedAt: verified(ms), lastLoginAt: new Date(ctx.anchorMs - DAY_MS), createdAt: new Date(ms) }) as const;
  const year = new Date(ctx.anchorMs).getUTCFullYear();

  return {
    adminId,
    recruiter: { userId: recruiterId, createdAtMs: startMs },
    candidate: {
      id: candidateId, userId: candidateUserId, createdAtMs: startMs, family: 'DEV', basinCode: 'LILLE', track: 'GRADUATE',
      trainingRoute: 'GEN_BOOTCAMP', gender: 'FEMALE', visibility: 'ANONYMOUS', contractTypes: ['CDI', 'CDD'],
    },
    users: [
      user(adminId, DEMO_EMAILS.admin, 'ADMIN', hashes.admin, adminMs),
      user(recruiterId, DEMO_EMAILS.recruiter, 'RECRUITER', hashes.recruiter, startMs),
      user(candidateUserId, DEMO_EMAILS.candidate, 'CANDIDATE', hashes.candidate, startMs),
    ],
    profile: {
      id: candidateId, userId: candidateUserId, firstName: 'Camille', lastName: 'Lefebvre', phone: '+33 6 39 98 12 34',
      headline: 'Développeuse full-stack — TypeScript, React, Node.js',
      bio: 'Après une licence de gestion, reconversion réussie vers le développement web. J\'aime les produits utiles, accessibles et bien testés.',
      yearsOfExperience: 1, track: 'GRADUATE', basinCode: 'LILLE', town: 'Villeneuve-d\'Ascq', lat: 50.6233, lon: 3.145,
      mobilityRadiusKm: 30, remotePreference: 'HYBRID', contractTypes: ['CDI', 'CDD'],
      availableFrom: dateOnly(ctx.anchorMs + 14 * DAY_MS), salaryMin: 34_000, salaryMax: 40_000, gender: 'FEMALE',
      visibility: 'ANONYMOUS', consentAt: new Date(startMs), consentVersion: '2025-09', createdAt: new Date(startMs),
      updatedAt: new Date(ctx.anchorMs - 3 * DAY_MS), // written by bulkInsert, which bypasses @updatedAt
    },
    roleFamilies: [{ candidateId, roleFamilyCode: 'DEV' }],
    skills: ([['TypeScript', 4], ['React', 4], ['Node.js', 3], ['PostgreSQL', 3], ['Docker', 2], ['Git', 4], ['Agile / Scrum', 3], ['Accessibilité (RGAA)', 3]] as const)
      .map(([name, level]) => ({ candidateId, skillId: skillId(ctx, name), level })),
    trainings: [
      { id: rng.uuidV7(startMs), candidateId, organisation: 'Wild Code School', programme: 'Titre pro Développeur web et web mobile', route: 'GEN_BOOTCAMP', year: year - 1 },
      { id: rng.uuidV7(startMs), candidateId, organisation: 'Université de Lille', programme: 'Licence gestion', route: 'HIGHER_EDUCATION', year: year - 4 },
    ],
    languages: [{ candidateId, code: 'fr', level: 'NATIVE' }, { candidateId, code: 'en', level: 'B2' }],
    links: [{ id: rng.uuidV7(startMs), candidateId, kind: 'GITHUB', url: 'https://github.example.org/camille-lefebvre' }],
  };
}

export interface DemoExtras {
  alerts: Prisma.AlertCreateManyInput[];
  notifications: Prisma.NotificationCreateManyInput[];
}

/** Alerts and in-app notifications of the demo recruiter and candidate, pointing at generated rows. */
export function buildDemoExtras(rng: Prng, ctx: SeedContext, demo: DemoAccounts, pipeline: PipelineRows, demoOfferIds: ReadonlySet<string>): DemoExtras {
  const recent = (days: number) => new Date(ctx.anchorMs - days * DAY_MS);
  const alerts: Prisma.AlertCreateManyInput[] = [
    { id: rng.uuidV7(ctx.anchorMs - 20 * DAY_MS), userId: demo.candidate.userId, kind: 'OFFERS', name: 'Développeur TypeScript dans la métropole',
      query: 'TypeScript', filters: { roleFamily: 'DEV', basin: 'LILLE', contractType: 'CDI' }, frequency: 'DAILY', createdAt: recent(20), lastRunAt: recent(1) },
    { id: rng.uuidV7(ctx.anchorMs - 15 * DAY_MS), userId: demo.recruiter.userId, kind: 'TALENTS', name: 'DevOps disponibles dans la MEL',
      query: 'Kubernetes', filters: { roleFamily: 'DEVOPS_SECURITY', basin: 'LILLE' }, frequency: 'WEEKLY', createdAt: recent(15), lastRunAt: recent(6) },
  ];
  const notifications: Prisma.NotificationCreateManyInput[] = [];
  for (const application of pipeline.applications) {
    if (application.candidateId === demo.candidate.id && application.status !== 'APPLIED') {
      notifications.push({ id: rng.uuidV7(ctx.anchorMs - 2 * DAY_MS), userId: demo.candidate.userId, type: 'application.status-changed',
        payload: { applicationId: application.id, offerId: application.offerId, to: application.status }, createdAt: recent(2) });
    }
  }
  const request = pipeline.contactRequests.find((r) => r.candidateId === demo.candidate.id);
  if (request) {
    notifications.push({ id: rng.uuidV7(ctx.anchorMs - DAY_MS), userId: demo.candidate.userId, type: 'contact-request.created',
      payload: { contactRequestId: request.id, companyId: request.companyId }, createdAt: recent(1) });
  }
  const received = pipeline.applications.filter((a) => demoOfferIds.has(a.offerId)).slice(-5);
  received.forEach((application, index) => {
    notifications.push({ id: rng.uuidV7(ctx.anchorMs - (index + 1) * DAY_MS), userId: demo.recruiter.userId, type: 'application.created',
      payload: { applicationId: application.id, offerId: application.offerId }, readAt: index > 1 ? recent(index) : null, createdAt: recent(index + 1) });
  });
  return { alerts, notifications };
}
