/**
 * PATCH /applications/:id — one step of the pipeline. The rules are pipeline.ts's; this use case checks who is
 * asking, applies the step with an optimistic guard on the current status, and writes the history row, the
 * outbox event, the other side's notification and, for HIRED, the hire — all in one transaction.
 */
import { Injectable } from '@nestjs/common';
import type { ApplicationView, UpdateApplicationRequest } from '@talents/shared';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError, AppErrorCode } from '../../common/errors/app-error';
import { notify } from '../../common/notifications/notify';
import { recordEvent } from '../../common/outbox/outbox';
import { ApplicationsRepository } from '../applications.repository';
import { checkTransition } from '../pipeline';
import { GetApplication } from './get-application';
import { fillOffer, recordHire } from './record-hire';

const conflict = () => new AppError(AppErrorCode.CONFLICT, [{ field: 'status', message: 'application.illegalTransition' }]);

@Injectable()
export class ChangeApplicationStatus {
  constructor(
    private readonly repo: ApplicationsRepository,
    private readonly getApplication: GetApplication,
  ) {}

  async execute(user: AuthUser, id: string, body: UpdateApplicationRequest): Promise<ApplicationView> {
    const row = await this.repo.findApplication(id);
    if (!row) throw new AppError(AppErrorCode.NOT_FOUND);
    const actor = await this.getApplication.requireParty(user, row);

    const verdict = checkTransition(row.status, body.status, actor);
    if (!verdict.allowed && verdict.reason === 'forbidden') {
      const message = actor === 'CANDIDATE' ? 'application.candidateMayOnlyWithdraw' : 'application.recruiterCannotWithdraw';
      throw new AppError(AppErrorCode.FORBIDDEN, [{ field: 'status', message }]);
    }
    if (!verdict.allowed) throw conflict();

    const from = row.status;
    const to = body.status;
    await this.repo.transaction(async (tx) => {
      if (!(await this.repo.moveIfStill(tx, id, from, to, body.rejectionReason ?? null))) throw conflict();
      await this.repo.recordChange(tx, { applicationId: id, fromStatus: from, toStatus: to, byUserId: user.id, note: body.note ?? null });
      await recordEvent(tx, {
        type: 'application.status-changed',
        aggregateType: 'application',
        aggregateId: id,
        payload: { applicationId: id, offerId: row.offer.id, from, to, rejectionReason: body.rejectionReason ?? null },
      });
      // The other side learns of the step: the candidate when the company moves, the company when the candidate withdraws.
      const recipients = actor === 'RECRUITER' ? [row.candidate.userId] : await this.repo.memberUserIds(tx, row.offer.companyId);
      await notify(tx, recipients, 'application.status-changed', {
        applicationId: id,
        offerId: row.offer.id,
        offerTitle: row.offer.title,
        status: to,
        ...(body.rejectionReason ? { rejectionReason: body.rejectionReason } : {}),
      });
      if (to === 'HIRED') {
        const ctx = { applicationId: id, offerId: row.offer.id, candidateId: row.candidate.id, recordedById: user.id };
        await recordHire(tx, ctx);
        if (body.closeOffer ?? true) await fillOffer(tx, ctx);
      }
    });
    return this.getApplication.execute(user, id);
  }
}
