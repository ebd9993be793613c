/**
 * Offer lifecycle: DRAFT → PUBLISHED → CLOSED (FILLED | CANCELLED | EXPIRED); a draft may only be CANCELLED.
 * Any other transition is a 409. Publishing needs a verified, unsuspended company (403 COMPANY_NOT_VERIFIED).
 * `expireOffers` closes offers past their end date; the worker runs it every 15 minutes.
 */
import { Injectable, Logger } from '@nestjs/common';
import type { CloseReason, OfferView } from '@talents/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CompanyAccess } from '../common/auth/company-access';
import { AppError, AppErrorCode } from '../common/errors/app-error';
import { recordEvent } from '../common/outbox/outbox';
import { PrismaService } from '../common/prisma/prisma.service';
import { expireOffers } from '@talents/db';
import { DEFAULT_PUBLICATION_MS, closeOffer } from './offer-transitions';
import { OFFER_INCLUDE, toOfferView } from './offer-view';
import { OffersService } from './offers.service';

@Injectable()
export class OfferLifecycleService {
  private readonly logger = new Logger('OfferLifecycle');

  constructor(
    private readonly prisma: PrismaService,
    private readonly access: CompanyAccess,
    private readonly offers: OffersService,
  ) {}

  async publish(user: AuthUser, offerId: string): Promise<OfferView> {
    const offer = await this.offers.findOr404(offerId);
    await this.access.requireMember(user, offer.companyId);
    if (offer.status !== 'DRAFT') throw new AppError(AppErrorCode.CONFLICT);
    await this.access.requireVerifiedMember(user, offer.companyId);
    // Pay transparency: the schema and a CHECK constraint already require both bounds; kept explicit here.
    if (!(offer.salaryMin > 0 && offer.salaryMax >= offer.salaryMin)) throw new AppError(AppErrorCode.UNPROCESSABLE);
    const now = new Date();
    const expiresAt = offer.expiresAt && offer.expiresAt > now ? offer.expiresAt : new Date(now.getTime() + DEFAULT_PUBLICATION_MS);
    const published = await this.prisma.$transaction(async (tx) => {
      const changed = await tx.offer.updateMany({
        where: { id: offerId, status: 'DRAFT' },
        data: { status: 'PUBLISHED', publishedAt: now, expiresAt, closeReason: null, closedAt: null },
      });
      if (changed.count !== 1) throw new AppError(AppErrorCode.CONFLICT);
      await recordEvent(tx, {
        type: 'offer.published',
        aggregateType: 'offer',
        aggregateId: offerId,
        payload: { companyId: offer.companyId, roleFamilyCode: offer.roleFamilyCode, basinCode: offer.basinCode, contractType: offer.contractType },
      });
      return tx.offer.findUniqueOrThrow({ where: { id: offerId }, include: OFFER_INCLUDE });
    });
    return toOfferView(published);
  }

  async close(user: AuthUser, offerId: string, reason: CloseReason): Promise<OfferView> {
    const offer = await this.offers.findOr404(offerId);
    await this.access.requireMember(user, offer.companyId);
    if (offer.status === 'CLOSED') throw new AppError(AppErrorCode.CONFLICT);
    if (offer.status === 'DRAFT' && reason !== 'CANCELLED') {
      throw new AppError(AppErrorCode.CONFLICT, [{ field: 'reason', message: 'offer.draftCloseReason' }]);
    }
    const closed = await this.prisma.$transaction(async (tx) => {
      if (!(await closeOffer(tx, offer, offer.status, reason))) throw new AppError(AppErrorCode.CONFLICT);
      return tx.offer.findUniqueOrThrow({ where: { id: offerId }, include: OFFER_INCLUDE });
    });
    return toOfferView(closed);
  }

  /** Closes (reason EXPIRED) every published offer whose end date is at or before `now`; returns how many. */
  /** The worker runs the same function on a schedule; kept here for operators and tests. */
  async expireOffers(now = new Date()): Promise<number> {
    const closed = await expireOffers(this.prisma, now);
    if (closed) this.logger.log({ closed }, 'offers expired');
    return closed;
  }
}
