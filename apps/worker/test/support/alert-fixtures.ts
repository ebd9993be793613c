/**
 * Fixtures for the alert fan-out tests: people, a company, offers and profiles written directly in the database,
 * and the outbox events the API records when an offer is published or a profile saved (same transaction).
 */
import { randomBytes } from 'node:crypto';
import { type Prisma, type PrismaClient, recordEvent } from '@talents/db';
import { withSirenKey } from '@talents/shared';

const hex = () => randomBytes(4).toString('hex');

export async function createUser(prisma: PrismaClient, role: 'CANDIDATE' | 'RECRUITER' | 'ADMIN' = 'CANDIDATE', data: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  return prisma.user.create({ data: { email: `${role.toLowerCase()}.${hex()}@example.fr`, role, ...data } });
}

export async function recruiterWithCompany(prisma: PrismaClient, opts: { verified?: boolean } = {}) {
  const user = await createUser(prisma, 'RECRUITER');
  const company = await prisma.company.create({
    data: {
      name: `Startup ${hex()}`,
      siren: withSirenKey(String(10_000_000 + (randomBytes(4).readUInt32BE() % 89_999_999))),
      size: 'MICRO',
      basinCode: 'LILLE',
      verifiedAt: opts.verified === false ? null : new Date(),
      memberships: { create: { userId: user.id, role: 'OWNER' } },
    },
  });
  return { userId: user.id, companyId: company.id };
}

export async function draftOffer(prisma: PrismaClient, companyId: string, createdById: string, data: Partial<Prisma.OfferUncheckedCreateInput> = {}) {
  return prisma.offer.create({
    data: {
      companyId,
      createdById,
      title: 'Développeur back-end Node.js',
      description: 'Rejoignez une startup lilloise qui construit des outils pour les PME.',
      roleFamilyCode: 'DEV',
      contractType: 'CDI',
      basinCode: 'LILLE',
      remotePolicy: 'HYBRID',
      salaryMin: 38000,
      salaryMax: 45000,
      experienceLevel: 'JUNIOR',
      ...data,
    },
  });
}

/** What POST /offers/:id/publish does: the status change and its outbox event in one transaction. */
export async function publishOffer(prisma: PrismaClient, offerId: string): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const offer = await tx.offer.update({
      where: { id: offerId },
      data: { status: 'PUBLISHED', publishedAt: new Date(), expiresAt: new Date(Date.now() + 60 * 24 * 3600 * 1000) },
    });
    await recordEvent(tx, {
      type: 'offer.published',
      aggregateType: 'offer',
      aggregateId: offerId,
      payload: { companyId: offer.companyId, roleFamilyCode: offer.roleFamilyCode, basinCode: offer.basinCode, contractType: offer.contractType },
    });
    return (await tx.outboxEvent.findFirstOrThrow({ where: { aggregateId: offerId, type: 'offer.published' }, orderBy: { createdAt: 'desc' } })).id;
  });
}

/** What PUT /candidates/me does: the profile write and its outbox event in one transaction. */
export async function saveProfile(prisma: PrismaClient, userId: string, data: Partial<Prisma.CandidateProfileUncheckedCreateInput> = {}, skills: string[] = []): Promise<{ profileId: string; eventId: string }> {
  return prisma.$transaction(async (tx) => {
    const base = { firstName: 'Camille', lastName: `Durand${hex()}`, headline: 'Développeuse full-stack TypeScript', yearsOfExperience: 3, basinCode: 'LILLE', contractTypes: ['CDI' as const], visibility: 'ANONYMOUS' as const, ...data };
    const profile = await tx.candidateProfile.upsert({ where: { userId }, create: { userId, ...base }, update: base });
    for (const slug of skills) {
      const skill = await tx.skill.findUniqueOrThrow({ where: { slug } });
      await tx.candidateSkill.upsert({ where: { candidateId_skillId: { candidateId: profile.id, skillId: skill.id } }, create: { candidateId: profile.id, skillId: skill.id, level: 4 }, update: {} });
    }
    await recordEvent(tx, { type: 'candidate.profile-updated', aggregateType: 'candidate', aggregateId: profile.id, payload: { candidateId: profile.id, visibility: profile.visibility } });
    const event = await tx.outboxEvent.findFirstOrThrow({ where: { aggregateId: profile.id }, orderBy: { createdAt: 'desc' } });
    return { profileId: profile.id, eventId: event.id };
  });
}

export interface AlertInput {
  kind?: 'OFFERS' | 'TALENTS';
  query?: string;
  filters?: Record<string, unknown>;
  frequency?: 'INSTANT' | 'DAILY' | 'WEEKLY';
  unsubscribedAt?: Date;
}

export async function createAlert(prisma: PrismaClient, userId: string, input: AlertInput = {}) {
  return prisma.alert.create({
    data: {
      userId,
      kind: input.kind ?? 'OFFERS',
      name: `Alerte ${hex()}`,
      query: input.query ?? '',
      filters: (input.filters ?? {}) as Prisma.InputJsonObject,
      frequency: input.frequency ?? 'INSTANT',
      unsubscribedAt: input.unsubscribedAt ?? null,
    },
  });
}
