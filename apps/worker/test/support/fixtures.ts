/** Rows the mail, digest and nudge tests need: people, companies, offers, applications and alerts. */
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '@talents/db';

const suffix = (): string => randomBytes(4).toString('hex');
let sirenSeq = Math.floor(Math.random() * 1_000_000);

export async function createCandidate(prisma: PrismaClient, opts: { locale?: 'fr' | 'en'; headline?: string } = {}) {
  const s = suffix();
  const user = await prisma.user.create({ data: { email: `cand.${s}@example.fr`, role: 'CANDIDATE', locale: opts.locale ?? 'fr' } });
  const profile = await prisma.candidateProfile.create({
    data: { userId: user.id, firstName: 'Léa', lastName: `Petit${s}`, headline: opts.headline ?? `Développeuse ${s}`, basinCode: 'LILLE', visibility: 'ANONYMOUS' },
  });
  return { user, profile };
}

export async function createCompany(prisma: PrismaClient, opts: { recruiters?: number; locale?: 'fr' | 'en' } = {}) {
  const s = suffix();
  sirenSeq = (sirenSeq + 1) % 1_000_000;
  const company = await prisma.company.create({
    data: { name: `Startup ${s}`, siren: `8${String(sirenSeq).padStart(6, '0')}${s.slice(0, 2).replace(/\D/g, '0').padEnd(2, '0')}`, size: 'MICRO', basinCode: 'LILLE', verifiedAt: new Date() },
  });
  const recruiters = [];
  for (let i = 0; i < (opts.recruiters ?? 1); i += 1) {
    const user = await prisma.user.create({ data: { email: `rec${i}.${s}@example.fr`, role: 'RECRUITER', locale: opts.locale ?? 'fr' } });
    await prisma.companyMembership.create({ data: { companyId: company.id, userId: user.id, role: i === 0 ? 'OWNER' : 'MEMBER' } });
    recruiters.push(user);
  }
  return { company, recruiters };
}

export async function createOffer(prisma: PrismaClient, companyId: string, opts: { title?: string; status?: 'DRAFT' | 'PUBLISHED' | 'CLOSED' } = {}) {
  return prisma.offer.create({
    data: {
      companyId, title: opts.title ?? `Offre ${suffix()}`, description: 'Poste', roleFamilyCode: 'DEV', contractType: 'CDI', basinCode: 'LILLE',
      remotePolicy: 'HYBRID', salaryMin: 35000, salaryMax: 42000, experienceLevel: 'JUNIOR', status: opts.status ?? 'PUBLISHED',
      publishedAt: new Date('2026-01-01T00:00:00Z'),
    },
  });
}

export async function createAlert(
  prisma: PrismaClient,
  userId: string,
  opts: { kind?: 'OFFERS' | 'TALENTS'; frequency?: 'INSTANT' | 'DAILY' | 'WEEKLY'; name?: string; unsubscribedAt?: Date } = {},
) {
  return prisma.alert.create({
    data: { userId, kind: opts.kind ?? 'OFFERS', name: opts.name ?? 'Développement à Lille', query: 'react', filters: { basin: ['LILLE'] }, frequency: opts.frequency ?? 'INSTANT', unsubscribedAt: opts.unsubscribedAt ?? null },
  });
}
