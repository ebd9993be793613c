/**
 * A candidate applies to a published offer, once. The application, its first history entry, the outbox event
 * and the notifications of the company's recruiters are written in one transaction.
 */
import { Injectable } from '@nestjs/common';
import type { ApplicationView, ApplyRequest } from '@talents/shared';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError, AppErrorCode } from '../../common/errors/app-error';
import { notify } from '../../common/notifications/notify';
import { recordEvent } from '../../common/outbox/outbox';
import { ApplicationsRepository } from '../applications.repository';
import { GetApplication } from './get-application';

@Injectable()
export class ApplyToOffer {
  constructor(
    private readonly repo: ApplicationsRepository,
    private readonly getApplication: GetApplication,
  ) {}

  async execute(user: AuthUser, offerId: string, body: ApplyRequest): Promise<ApplicationView> {
    const profile = await this.repo.findProfileIdOfUser(user.id);
    if (!profile) throw new AppError(AppErrorCode.UNPROCESSABLE, [{ field: 'profile', message: 'application.profileRequired' }]);

    // Drafts and offers of suspended companies are not visible to candidates: same answer as an unknown id.
    const offer = await this.repo.findOffer(offerId);
    if (!offer || offer.status === 'DRAFT' || offer.company.suspendedAt) throw new AppError(AppErrorCode.NOT_FOUND);
    const expired = offer.expiresAt !== null && offer.expiresAt <= new Date();
    if (offer.status !== 'PUBLISHED' || expired) {
      throw new AppError(AppErrorCode.UNPROCESSABLE, [{ field: 'offerId', message: 'application.offerNotOpen' }]);
    }

    let applicationId: string;
    try {
      applicationId = await this.repo.transaction(async (tx) => {
        const application = await this.repo.createApplication(tx, {
          offerId,
          candidateId: profile.id,
          message: body.message ? body.message : null,
          byUserId: user.id,
        });
        await recordEvent(tx, {
          type: 'application.created',
          aggregateType: 'application',
          aggregateId: application.id,
          payload: { applicationId: application.id, offerId, companyId: offer.companyId, candidateId: profile.id },
        });
        await notify(tx, await this.repo.memberUserIds(tx, offer.companyId), 'application.created', {
          applicationId: application.id,
          offerId,
          offerTitle: offer.title,
        });
        return application.id;
      });
    } catch (err) {
      // Unique (offer, candidate): a second try, or two tries at once, ends here rather than in a 500.
      if ((err as { code?: string }).code === 'P2002') {
        throw new AppError(AppErrorCode.CONFLICT, [{ field: 'offerId', message: 'application.alreadyApplied' }]);
      }
      throw err;
    }
    return this.getApplication.execute(user, applicationId);
  }
}
