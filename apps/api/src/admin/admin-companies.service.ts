/**
 * Operator moderation of companies. Verification lets a company publish; suspension (with a reason) or
 * withdrawing verification takes its published offers down — they go back to DRAFT (offers/offer-transitions.ts)
 * so they can be republished after reinstatement. Each change is one transaction with its audit entry, outbox
 * events and the members' notifications. Setting a flag to the value it already has changes nothing.
 */
import { Injectable } from '@nestjs/common';
import type { Prisma } from '@talents/db';
import type { AdminCompaniesQuery, AdminCompanyUpdate, CompanyView, Paginated } from '@talents/shared';
import { recordAudit } from '../common/audit/audit';
import type { AuthUser } from '../common/auth/auth-user';
import { AppError, AppErrorCode } from '../common/errors/app-error';
import { notify } from '../common/notifications/notify';
import { recordEvent } from '../common/outbox/outbox';
import { PrismaService } from '../common/prisma/prisma.service';
import { toCompanyView } from '../companies/company-view';
import { unpublishCompanyOffers } from '../offers/offer-transitions';
import { literalLike } from '../common/prisma/literal-like';

export type AdminCompanyItem = CompanyView & { memberCount: number; publishedOfferCount: number };

@Injectable()
export class AdminCompaniesService {
  constructor(private readonly prisma: PrismaService) {}

  async list(query: AdminCompaniesQuery): Promise<Paginated<AdminCompanyItem>> {
    const where: Prisma.CompanyWhereInput = {
      ...(query.verified === undefined ? {} : { verifiedAt: query.verified ? { not: null } : null }),
      ...(query.suspended === undefined ? {} : { suspendedAt: query.suspended ? { not: null } : null }),
      ...(query.q
        ? { OR: [{ name: { contains: literalLike(query.q), mode: 'insensitive' as const } }, { siren: { startsWith: literalLike(query.q.replace(/\s+/g, '')) } }] }
        : {}),
    };
    const [rows, total] = await this.prisma.$transaction([
      this.prisma.company.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
        include: { _count: { select: { memberships: true, offers: { where: { status: 'PUBLISHED' } } } } },
      }),
      this.prisma.company.count({ where }),
    ]);
    const items = rows.map(({ _count, ...company }) => ({
      ...toCompanyView(company, null),
      memberCount: _count.memberships,
      publishedOfferCount: _count.offers,
    }));
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  async update(admin: AuthUser, companyId: string, input: AdminCompanyUpdate, ip?: string): Promise<CompanyView> {
    const company = await this.prisma.$transaction(async (tx) => {
      const current = await tx.company.findUnique({ where: { id: companyId } });
      if (!current) throw new AppError(AppErrorCode.NOT_FOUND);
      const members = (await tx.companyMembership.findMany({ where: { companyId }, select: { userId: true } })).map((m) => m.userId);
      const now = new Date();
      const act = async (action: string, event: string, data: Prisma.CompanyUpdateInput, extra: Prisma.InputJsonObject = {}) => {
        await tx.company.update({ where: { id: companyId }, data });
        const metadata = { ...extra, ...(input.reason ? { reason: input.reason } : {}) };
        await recordAudit(tx, { actor: admin, action, targetType: 'company', targetId: companyId, metadata, ip });
        await recordEvent(tx, { type: event, aggregateType: 'company', aggregateId: companyId });
        await notify(tx, members, event, { companyId, companyName: current.name, ...(input.reason ? { reason: input.reason } : {}) });
      };

      if (input.verified === true && !current.verifiedAt) {
        await act('company.verify', 'company.verified', { verifiedAt: now, verifiedBy: { connect: { id: admin.id } } });
      } else if (input.verified === false && current.verifiedAt) {
        const unpublished = await unpublishCompanyOffers(tx, companyId, 'company.unverified');
        await act('company.unverify', 'company.unverified', { verifiedAt: null, verifiedBy: { disconnect: true } }, { unpublishedOffers: unpublished.length });
      }
      if (input.suspended === true && !current.suspendedAt) {
        const unpublished = await unpublishCompanyOffers(tx, companyId, 'company.suspended');
        await act('company.suspend', 'company.suspended', { suspendedAt: now, suspensionReason: input.reason ?? null }, { unpublishedOffers: unpublished.length });
      } else if (input.suspended === false && current.suspendedAt) {
        await act('company.reinstate', 'company.reinstated', { suspendedAt: null, suspensionReason: null });
      }
      return tx.company.findUniqueOrThrow({ where: { id: companyId } });
    });
    return toCompanyView(company, null);
  }
}
