/**
 * Companies: registration (the creator becomes OWNER), reading and editing by members. Verification and
 * suspension belong to the operator (admin/admin-companies.service.ts).
 */
import { Injectable } from '@nestjs/common';
import type { CompanyMemberView, CompanyView, CreateCompanyRequest, Page, PublicCompanyView, UpdateCompanyRequest } from '@talents/shared';
import type { Paginated } from '@talents/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CompanyAccess } from '../common/auth/company-access';
import { AppError, AppErrorCode } from '../common/errors/app-error';
import { recordEvent } from '../common/outbox/outbox';
import { PrismaService } from '../common/prisma/prisma.service';
import { isUniqueViolation, toCompanyView, toPublicCompanyView } from './company-view';

const SIREN_TAKEN = () => new AppError(AppErrorCode.CONFLICT, [{ field: 'siren', message: 'siren.taken' }]);

@Injectable()
export class CompaniesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: CompanyAccess,
  ) {}

  async create(user: AuthUser, input: CreateCompanyRequest): Promise<CompanyView> {
    if (await this.prisma.company.findUnique({ where: { siren: input.siren }, select: { id: true } })) throw SIREN_TAKEN();
    const company = await this.prisma
      .$transaction(async (tx) => {
        const created = await tx.company.create({
          data: {
            name: input.name,
            siren: input.siren,
            nafCode: input.nafCode,
            size: input.size,
            basinCode: input.basinCode,
            town: input.town,
            supportStructure: input.supportStructure ?? null,
            website: input.website ?? null,
            description: input.description ?? null,
            memberships: { create: { userId: user.id, role: 'OWNER' } },
          },
        });
        // Feeds the "companies registered" KPI and the search index.
        await recordEvent(tx, { type: 'company.created', aggregateType: 'company', aggregateId: created.id, payload: { basinCode: created.basinCode } });
        return created;
      })
      .catch((err: unknown) => {
        if (isUniqueViolation(err)) throw SIREN_TAKEN();
        throw err;
      });
    return toCompanyView(company, 'OWNER');
  }

  /** Members and admins: the full record. Others: the public card of a verified, active company, else 403. */
  async get(user: AuthUser, companyId: string): Promise<CompanyView | PublicCompanyView> {
    const company = await this.prisma.company.findUnique({ where: { id: companyId } });
    if (!company) throw new AppError(AppErrorCode.NOT_FOUND);
    if (user.role === 'ADMIN') {
      const membership = await this.prisma.companyMembership.findUnique({ where: { companyId_userId: { companyId, userId: user.id } } });
      return toCompanyView(company, membership?.role ?? null);
    }
    const membership = (await this.access.membershipsOf(user.id)).find((m) => m.companyId === companyId);
    if (membership) return toCompanyView(company, membership.role);
    if (company.verifiedAt && !company.suspendedAt) return toPublicCompanyView(company);
    throw new AppError(AppErrorCode.FORBIDDEN);
  }

  async update(user: AuthUser, companyId: string, input: UpdateCompanyRequest): Promise<CompanyView> {
    const membership = await this.access.requireMember(user, companyId);
    const current = await this.prisma.company.findUniqueOrThrow({ where: { id: companyId } });
    if (input.siren !== undefined && input.siren !== current.siren) {
      // Verification vouched for this legal entity; another SIREN would be another company.
      if (current.verifiedAt) throw new AppError(AppErrorCode.CONFLICT, [{ field: 'siren', message: 'siren.locked' }]);
      if (await this.prisma.company.findUnique({ where: { siren: input.siren }, select: { id: true } })) throw SIREN_TAKEN();
    }
    const company = await this.prisma
      .$transaction(async (tx) => {
        const updated = await tx.company.update({ where: { id: companyId }, data: input });
        await recordEvent(tx, { type: 'company.updated', aggregateType: 'company', aggregateId: companyId, payload: { fields: Object.keys(input) } });
        return updated;
      })
      .catch((err: unknown) => {
        if (isUniqueViolation(err)) throw SIREN_TAKEN();
        throw err;
      });
    return toCompanyView(company, membership.role);
  }

  async members(user: AuthUser, companyId: string, page: Page): Promise<Paginated<CompanyMemberView>> {
    if (user.role !== 'ADMIN') await this.access.requireMember(user, companyId);
    else if (!(await this.prisma.company.findUnique({ where: { id: companyId }, select: { id: true } }))) throw new AppError(AppErrorCode.NOT_FOUND);
    const where = { companyId };
    const [rows, total] = await this.prisma.$transaction([
      this.prisma.companyMembership.findMany({
        where,
        orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
        skip: (page.page - 1) * page.pageSize,
        take: page.pageSize,
        select: { userId: true, role: true, createdAt: true, user: { select: { email: true } } },
      }),
      this.prisma.companyMembership.count({ where }),
    ]);
    const items = rows.map((r) => ({ userId: r.userId, email: r.user.email, role: r.role, joinedAt: r.createdAt.toISOString() }));
    return { items, total, page: page.page, pageSize: page.pageSize };
  }
}
