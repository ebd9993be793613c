/**
 * The rows matching scores: the search engine only retrieves ids (its documents carry no mobility radius,
 * skill minimum levels or start dates), the full rows come from PostgreSQL, the source of truth.
 */
import { Injectable } from '@nestjs/common';
import type { Prisma } from '@talents/db';
import { PrismaService } from '../common/prisma/prisma.service';
import type { MatchOffer, MatchProfile } from './score';

const PROFILE_INCLUDE = {
  skills: { select: { level: true, skill: { select: { name: true, slug: true } } } },
  roleFamilies: { select: { roleFamilyCode: true } },
  basin: { select: { lat: true, lon: true } },
} satisfies Prisma.CandidateProfileInclude;

const OFFER_INCLUDE = {
  company: { select: { name: true, verifiedAt: true, suspendedAt: true } },
  skills: { select: { required: true, minLevel: true, skill: { select: { name: true, slug: true } } } },
  basin: { select: { lat: true, lon: true } },
} satisfies Prisma.OfferInclude;

export type MatchProfileRow = Prisma.CandidateProfileGetPayload<{ include: typeof PROFILE_INCLUDE }>;
export type MatchOfferRow = Prisma.OfferGetPayload<{ include: typeof OFFER_INCLUDE }>;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

@Injectable()
export class MatchingRepository {
  constructor(private readonly prisma: PrismaService) {}

  findOffer(id: string): Promise<MatchOfferRow | null> {
    return this.prisma.offer.findUnique({ where: { id }, include: OFFER_INCLUDE });
  }

  /** Public offers among `ids`: published, not expired, by a verified and unsuspended company. */
  publicOffers(ids: string[], now: Date): Promise<MatchOfferRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.prisma.offer.findMany({
      where: {
        id: { in: ids },
        status: 'PUBLISHED',
        OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
        company: { verifiedAt: { not: null }, suspendedAt: null },
      },
      include: OFFER_INCLUDE,
    });
  }

  profileOfUser(userId: string): Promise<MatchProfileRow | null> {
    return this.prisma.candidateProfile.findUnique({ where: { userId }, include: PROFILE_INCLUDE });
  }

  /** Searchable profiles among `ids`: the index may lag behind a switch to HIDDEN, the table does not. */
  visibleProfiles(ids: string[]): Promise<MatchProfileRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.prisma.candidateProfile.findMany({
      where: { id: { in: ids }, visibility: { in: ['PUBLIC', 'ANONYMOUS'] }, user: { suspendedAt: null } },
      include: PROFILE_INCLUDE,
    });
  }
}

/** Scoring input of an offer; the basin's centre stands in for missing coordinates. */
export function toMatchOffer(o: MatchOfferRow): MatchOffer {
  return {
    roleFamily: o.roleFamilyCode,
    contractType: o.contractType,
    lat: o.lat ?? o.basin.lat,
    lon: o.lon ?? o.basin.lon,
    remotePolicy: o.remotePolicy,
    experienceLevel: o.experienceLevel,
    startDate: day(o.startDate),
    skills: o.skills.map((s) => ({ slug: s.skill.slug, name: s.skill.name, required: s.required, minLevel: s.minLevel })),
  };
}

export function toMatchProfile(p: MatchProfileRow): MatchProfile {
  return {
    roleFamilies: p.roleFamilies.map((r) => r.roleFamilyCode),
    contractTypes: [...p.contractTypes],
    lat: p.lat ?? p.basin?.lat ?? null,
    lon: p.lon ?? p.basin?.lon ?? null,
    mobilityRadiusKm: p.mobilityRadiusKm,
    remotePreference: p.remotePreference,
    availableFrom: day(p.availableFrom),
    yearsOfExperience: p.yearsOfExperience,
    skills: p.skills.map((s) => ({ slug: s.skill.slug, name: s.skill.name, level: s.level })),
  };
}
