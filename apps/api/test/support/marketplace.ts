/**
 * Test fixtures for the marketplace: people signed up through the real API, then given a company, a profile
 * or an offer directly in the database (each domain's own tests exercise its endpoints).
 */
import { randomBytes } from 'node:crypto';
import { withSirenKey } from '@talents/shared';
import type { Prisma } from '@talents/db';
import { IndexerService } from '../../src/search/indexer.service';
import { signUp, type TestApp } from './app';

export type Session = Awaited<ReturnType<typeof signUp>>;

export function randomSiren(): string {
  return withSirenKey(String(10_000_000 + (randomBytes(4).readUInt32BE() % 89_999_999)));
}

export async function recruiterWithCompany(t: TestApp, opts: { verified?: boolean; name?: string } = {}) {
  const recruiter = await signUp(t, 'RECRUITER');
  const company = await t.prisma.company.create({
    data: {
      name: opts.name ?? `Startup ${randomBytes(3).toString('hex')}`,
      siren: randomSiren(),
      nafCode: '6201Z',
      size: 'MICRO',
      basinCode: 'LILLE',
      town: 'Lille',
      supportStructure: 'EuraTechnologies',
      verifiedAt: opts.verified === false ? null : new Date(),
      memberships: { create: { userId: recruiter.userId, role: 'OWNER' } },
    },
  });
  return { ...recruiter, companyId: company.id, company };
}

export async function candidateWithProfile(t: TestApp, data: Partial<Prisma.CandidateProfileUncheckedCreateInput> = {}) {
  const candidate = await signUp(t, 'CANDIDATE');
  const profile = await t.prisma.candidateProfile.create({
    data: {
      userId: candidate.userId,
      firstName: 'Camille',
      lastName: `Durand-${randomBytes(3).toString('hex')}`,
      headline: 'Développeuse full-stack TypeScript',
      yearsOfExperience: 3,
      track: 'GRADUATE',
      basinCode: 'LILLE',
      town: 'Lille',
      contractTypes: ['CDI'],
      visibility: 'ANONYMOUS',
      ...data,
    },
  });
  return { ...candidate, profileId: profile.id, profile };
}

/** An offer written straight to the database, then synced to the search index as the worker would. */
export async function publishedOffer(t: TestApp, companyId: string, createdById: string, data: Partial<Prisma.OfferUncheckedCreateInput> = {}) {
  const offer = await t.prisma.offer.create({
    data: {
      companyId,
      createdById,
      title: 'Développeur·se back-end Node.js',
      description: 'Rejoignez une startup lilloise qui construit des outils pour les PME.',
      roleFamilyCode: 'DEV',
      contractType: 'CDI',
      basinCode: 'LILLE',
      town: 'Lille',
      remotePolicy: 'HYBRID',
      salaryMin: 38000,
      salaryMax: 45000,
      experienceLevel: 'JUNIOR',
      status: 'PUBLISHED',
      publishedAt: new Date(),
      expiresAt: new Date(Date.now() + 60 * 24 * 3600 * 1000),
      ...data,
    },
  });
  await t.app.get(IndexerService).syncOffer(offer.id);
  return offer;
}

export const bearer = (session: { accessToken: string }) => ({ Authorization: `Bearer ${session.accessToken}` });
