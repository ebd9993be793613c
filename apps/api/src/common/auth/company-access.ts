/**
 * Ownership checks shared by the recruiter-side domains (companies, offers, applications, talents, contact
 * requests): who belongs to which company, and whether that company may act in public (verified, not
 * suspended). Guards only know roles; these checks need the database.
 */
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { AppError, AppErrorCode } from '../errors/app-error';
import type { AuthUser } from './auth-user';

export interface Membership {
  companyId: string;
  role: 'OWNER' | 'MEMBER';
  verified: boolean;
  suspended: boolean;
}

@Injectable()
export class CompanyAccess {
  constructor(private readonly prisma: PrismaService) {}

  async membershipsOf(userId: string): Promise<Membership[]> {
    const rows = await this.prisma.companyMembership.findMany({
      where: { userId },
      select: { companyId: true, role: true, company: { select: { verifiedAt: true, suspendedAt: true } } },
    });
    return rows.map((r) => ({
      companyId: r.companyId,
      role: r.role,
      verified: r.company.verifiedAt !== null,
      suspended: r.company.suspendedAt !== null,
    }));
  }

  /** The caller's membership of a company, or 403 (404 would also leak nothing, but 403 is clearer to users). */
  async requireMember(user: AuthUser, companyId: string): Promise<Membership> {
    const membership = (await this.membershipsOf(user.id)).find((m) => m.companyId === companyId);
    if (!membership) throw new AppError(AppErrorCode.FORBIDDEN);
    return membership;
  }

  async requireOwner(user: AuthUser, companyId: string): Promise<Membership> {
    const membership = await this.requireMember(user, companyId);
    if (membership.role !== 'OWNER') throw new AppError(AppErrorCode.FORBIDDEN);
    return membership;
  }

  /** A recruiter acting publicly (publish, search talents, contact) needs a verified, unsuspended company. */
  async requireVerifiedMember(user: AuthUser, companyId: string): Promise<Membership> {
    const membership = await this.requireMember(user, companyId);
    if (!membership.verified || membership.suspended) throw new AppError(AppErrorCode.COMPANY_NOT_VERIFIED);
    return membership;
  }

  /** The verified company a recruiter acts for when a route names none (the first verified membership). */
  async requireAnyVerifiedCompany(user: AuthUser): Promise<Membership> {
    const membership = (await this.membershipsOf(user.id)).find((m) => m.verified && !m.suspended);
    if (!membership) throw new AppError(AppErrorCode.COMPANY_NOT_VERIFIED);
    return membership;
  }
}
