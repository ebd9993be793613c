/** Offer rows (with company and skills) → the API view shared by every offer endpoint. */
import type { Prisma } from '@talents/db';
import type { OfferView } from '@talents/shared';

/** What every offer read loads: the company card and the skills, required first. */
export const OFFER_INCLUDE = {
  company: { select: { id: true, name: true, website: true, verifiedAt: true, suspendedAt: true } },
  skills: { include: { skill: { select: { name: true, slug: true } } }, orderBy: [{ required: 'desc' }, { skill: { name: 'asc' } }] },
} satisfies Prisma.OfferInclude;

export type OfferRow = Prisma.OfferGetPayload<{ include: typeof OFFER_INCLUDE }>;

export function toOfferView(o: OfferRow): OfferView {
  return {
    id: o.id,
    company: { id: o.company.id, name: o.company.name, website: o.company.website, verified: o.company.verifiedAt !== null },
    title: o.title,
    description: o.description,
    roleFamilyCode: o.roleFamilyCode,
    contractType: o.contractType,
    basinCode: o.basinCode,
    town: o.town,
    lat: o.lat,
    lon: o.lon,
    remotePolicy: o.remotePolicy,
    salaryMin: o.salaryMin,
    salaryMax: o.salaryMax,
    experienceLevel: o.experienceLevel,
    startDate: o.startDate ? o.startDate.toISOString().slice(0, 10) : null,
    romeCode: o.romeCode,
    status: o.status,
    closeReason: o.closeReason,
    publishedAt: o.publishedAt?.toISOString() ?? null,
    expiresAt: o.expiresAt?.toISOString() ?? null,
    closedAt: o.closedAt?.toISOString() ?? null,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
    skills: o.skills.map((s) => ({ name: s.skill.name, slug: s.skill.slug, required: s.required, minLevel: s.minLevel })),
  };
}

/** Public means: published, not past its expiry, by a verified company that is not suspended. */
export function isPubliclyVisible(o: OfferRow, now = new Date()): boolean {
  return (
    o.status === 'PUBLISHED' &&
    (o.expiresAt === null || o.expiresAt > now) &&
    o.company.verifiedAt !== null &&
    o.company.suspendedAt === null
  );
}
