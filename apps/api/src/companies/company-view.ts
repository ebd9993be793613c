/** Company rows → API views. Members and admins see everything; others only the public card. */
import type { Company } from '@talents/db';
import type { CompanyView, MembershipRole, PublicCompanyView } from '@talents/shared';

export function toPublicCompanyView(c: Company): PublicCompanyView {
  return {
    id: c.id,
    name: c.name,
    nafCode: c.nafCode,
    size: c.size,
    basinCode: c.basinCode,
    town: c.town,
    supportStructure: c.supportStructure,
    website: c.website,
    description: c.description,
    verified: c.verifiedAt !== null,
  };
}

export function toCompanyView(c: Company, myRole: MembershipRole | null): CompanyView {
  return {
    ...toPublicCompanyView(c),
    siren: c.siren,
    suspended: c.suspendedAt !== null,
    verifiedAt: c.verifiedAt?.toISOString() ?? null,
    suspendedAt: c.suspendedAt?.toISOString() ?? null,
    suspensionReason: c.suspensionReason,
    createdAt: c.createdAt.toISOString(),
    myRole,
  };
}

/** Prisma's unique-violation code, raised when two requests race on one SIREN. */
export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string }).code === 'P2002';
}
