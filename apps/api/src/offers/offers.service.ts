/**
 * Writing and reading offers. Edit rules by state: DRAFT — everything; PUBLISHED — everything except the
 * contract type (applicants applied for that contract: close and re-create instead); CLOSED — nothing (409).
 * The company never changes. Lifecycle transitions live in offer-lifecycle.service.ts.
 */
import { Inject, Injectable } from '@nestjs/common';
import type { Prisma } from '@talents/db';
import {
  salaryIssues, type CompanyOffersQuery, type CreateOfferRequest, type OfferView, type Paginated, type UpdateOfferRequest,
} from '@talents/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CompanyAccess } from '../common/auth/company-access';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { AppError, AppErrorCode } from '../common/errors/app-error';
import { recordEvent } from '../common/outbox/outbox';
import { PrismaService } from '../common/prisma/prisma.service';
import { buildJobPosting, type JobPosting } from './offer-json-ld';
import { DEFAULT_PUBLICATION_MS } from './offer-transitions';
import { normaliseSkills, replaceOfferSkills } from './offer-skills';
import { OFFER_INCLUDE, isPubliclyVisible, toOfferView, type OfferRow } from './offer-view';

@Injectable()
export class OffersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: CompanyAccess,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Any member may draft, verified or not: only publishing needs a verified company. */
  async create(user: AuthUser, input: CreateOfferRequest): Promise<OfferView> {
    await this.access.requireMember(user, input.companyId);
    await this.requireActiveRoleFamily(input.roleFamilyCode);
    const coordinates = await this.coordinates(input.basinCode, input.lat, input.lon);
    const offer = await this.prisma.$transaction(async (tx) => {
      const created = await tx.offer.create({
        data: {
          companyId: input.companyId,
          createdById: user.id,
          title: input.title,
          description: input.description,
          roleFamilyCode: input.roleFamilyCode,
          contractType: input.contractType,
          basinCode: input.basinCode,
          town: input.town ?? null,
          ...coordinates,
          remotePolicy: input.remotePolicy,
          salaryMin: input.salaryMin,
          salaryMax: input.salaryMax,
          experienceLevel: input.experienceLevel,
          startDate: input.startDate ? new Date(input.startDate) : null,
          romeCode: input.romeCode ?? null,
          expiresAt: input.expiresAt ?? null,
        },
      });
      await replaceOfferSkills(tx, created.id, normaliseSkills(input.requiredSkills, input.niceToHaveSkills));
      await recordEvent(tx, { type: 'offer.created', aggregateType: 'offer', aggregateId: created.id, payload: { companyId: input.companyId } });
      return tx.offer.findUniqueOrThrow({ where: { id: created.id }, include: OFFER_INCLUDE });
    });
    return toOfferView(offer);
  }

  async update(user: AuthUser, offerId: string, input: UpdateOfferRequest): Promise<OfferView> {
    const current = await this.findOr404(offerId);
    await this.access.requireMember(user, current.companyId);
    if (current.status === 'CLOSED') throw new AppError(AppErrorCode.CONFLICT);
    if (current.status === 'PUBLISHED' && input.contractType !== undefined && input.contractType !== current.contractType) {
      throw new AppError(AppErrorCode.CONFLICT, [{ field: 'contractType', message: 'offer.contractTypeLocked' }]);
    }
    // Salary bounds depend on each other and on the contract: check the merged result.
    const issues = salaryIssues(input.contractType ?? current.contractType, input.salaryMin ?? current.salaryMin, input.salaryMax ?? current.salaryMax);
    if (issues.length) throw new AppError(AppErrorCode.VALIDATION_FAILED, issues);
    if (input.roleFamilyCode !== undefined && input.roleFamilyCode !== current.roleFamilyCode) await this.requireActiveRoleFamily(input.roleFamilyCode);

    const { requiredSkills, niceToHaveSkills, startDate, lat, lon, ...scalars } = input;
    const data: Prisma.OfferUncheckedUpdateManyInput = { ...scalars };
    // A published offer always has an end date: clearing it restarts the default period.
    if (current.status === 'PUBLISHED' && scalars.expiresAt === null) data.expiresAt = new Date(Date.now() + DEFAULT_PUBLICATION_MS);
    if (startDate !== undefined) data.startDate = startDate ? new Date(startDate) : null;
    // Coordinates follow the basin unless the recruiter gives a point.
    if (lat !== undefined || input.basinCode !== undefined) {
      Object.assign(data, await this.coordinates(input.basinCode ?? current.basinCode, lat, lon));
    }
    const offer = await this.prisma.$transaction(async (tx) => {
      const changed = await tx.offer.updateMany({ where: { id: offerId, status: current.status }, data });
      if (changed.count !== 1) throw new AppError(AppErrorCode.CONFLICT); // the state changed meanwhile
      if (requiredSkills !== undefined || niceToHaveSkills !== undefined) {
        const keep = (required: boolean) => current.skills.filter((s) => s.required === required).map((s) => ({ name: s.skill.name, minLevel: s.minLevel }));
        await replaceOfferSkills(tx, offerId, normaliseSkills(requiredSkills ?? keep(true), niceToHaveSkills ?? keep(false)));
      }
      await recordEvent(tx, { type: 'offer.updated', aggregateType: 'offer', aggregateId: offerId, payload: { status: current.status } });
      return tx.offer.findUniqueOrThrow({ where: { id: offerId }, include: OFFER_INCLUDE });
    });
    return toOfferView(offer);
  }

  /**
   * Anyone sees a public offer; members of its company (and admins) see it in any state; otherwise 404, so
   * drafts do not leak. `jsonLd` is given for public offers only (it is meant for the public page).
   */
  async get(viewer: AuthUser | null, offerId: string): Promise<OfferView & { jsonLd: JobPosting | null }> {
    const offer = await this.findOr404(offerId);
    const visible = isPubliclyVisible(offer);
    if (!visible && !(await this.canSeeAll(viewer, offer.companyId))) throw new AppError(AppErrorCode.NOT_FOUND);
    const view = toOfferView(offer);
    return { ...view, jsonLd: visible ? buildJobPosting(view, { webUrl: this.config.WEB_URL }) : null };
  }

  async listForCompany(user: AuthUser, companyId: string, query: CompanyOffersQuery): Promise<Paginated<OfferView>> {
    if (user.role !== 'ADMIN') await this.access.requireMember(user, companyId);
    const where: Prisma.OfferWhereInput = { companyId, ...(query.status ? { status: query.status } : {}) };
    const [rows, total] = await this.prisma.$transaction([
      this.prisma.offer.findMany({
        where,
        include: OFFER_INCLUDE,
        orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      this.prisma.offer.count({ where }),
    ]);
    return { items: rows.map(toOfferView), total, page: query.page, pageSize: query.pageSize };
  }

  /** Offer views in the order of `ids` (a search result page). */
  /** The offers of these ids that are public now, in the order of the ids. */
  async publicByIds(ids: string[], now = new Date()): Promise<OfferView[]> {
    const rows = await this.prisma.offer.findMany({ where: { id: { in: ids } }, include: OFFER_INCLUDE });
    const byId = new Map(rows.filter((r) => isPubliclyVisible(r, now)).map((r) => [r.id, r]));
    return ids.flatMap((id) => (byId.has(id) ? [toOfferView(byId.get(id)!)] : []));
  }

  async findOr404(offerId: string): Promise<OfferRow> {
    const offer = await this.prisma.offer.findUnique({ where: { id: offerId }, include: OFFER_INCLUDE });
    if (!offer) throw new AppError(AppErrorCode.NOT_FOUND);
    return offer;
  }

  private async canSeeAll(viewer: AuthUser | null, companyId: string): Promise<boolean> {
    if (!viewer) return false;
    if (viewer.role === 'ADMIN') return true;
    if (viewer.role !== 'RECRUITER') return false;
    return (await this.access.membershipsOf(viewer.id)).some((m) => m.companyId === companyId);
  }

  private async requireActiveRoleFamily(code: string): Promise<void> {
    const family = await this.prisma.roleFamily.findUnique({ where: { code }, select: { active: true } });
    if (!family?.active) throw new AppError(AppErrorCode.VALIDATION_FAILED, [{ field: 'roleFamilyCode', message: 'roleFamily.invalid' }]);
  }

  /** The recruiter's point, or the basin's centre so distance search still works. */
  private async coordinates(basinCode: string, lat: number | null | undefined, lon: number | null | undefined) {
    if (lat != null && lon != null) return { lat, lon };
    const basin = await this.prisma.basin.findUnique({ where: { code: basinCode }, select: { lat: true, lon: true } });
    return { lat: basin?.lat ?? null, lon: basin?.lon ?? null };
  }
}
