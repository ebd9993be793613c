/**
 * What HIRED does besides moving the application: the Hire row that feeds the "effective hires" KPI (with its
 * dimensions copied, so the count outlives erasure of the candidate, offer or company) and, unless the recruiter
 * keeps the offer open for more hires, the offer closed as FILLED and the other open applications rejected with
 * POSITION_FILLED (their candidates get an answer instead of waiting). Runs inside the status change's transaction.
 */
import type { Prisma } from '@talents/db';
import { OPEN_APPLICATION_STATUSES } from '@talents/shared';
import { notify } from '../../common/notifications/notify';
import { recordEvent } from '../../common/outbox/outbox';

export interface HireContext {
  applicationId: string;
  offerId: string;
  candidateId: string;
  recordedById: string;
}

export async function recordHire(tx: Prisma.TransactionClient, ctx: HireContext): Promise<{ id: string }> {
  // Sequential on purpose: the queries share the transaction's one connection.
  const offer = await tx.offer.findUniqueOrThrow({
    where: { id: ctx.offerId },
    select: { companyId: true, contractType: true, roleFamilyCode: true, basinCode: true, publishedAt: true, company: { select: { supportStructure: true } } },
  });
  const profile = await tx.candidateProfile.findUniqueOrThrow({ where: { id: ctx.candidateId }, select: { track: true, gender: true } });
  // The most recent training: by year, undated ones last, then the latest entered.
  const training = await tx.training.findFirst({
    where: { candidateId: ctx.candidateId },
    orderBy: [{ year: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
    select: { route: true },
  });
  const hire = await tx.hire.create({
    data: {
      applicationId: ctx.applicationId,
      offerId: ctx.offerId,
      candidateId: ctx.candidateId,
      companyId: offer.companyId,
      recordedById: ctx.recordedById,
      hiredAt: new Date(),
      contractType: offer.contractType,
      roleFamilyCode: offer.roleFamilyCode,
      basinCode: offer.basinCode,
      track: profile.track,
      gender: profile.gender,
      trainingRoute: training?.route ?? null,
      supportStructure: offer.company.supportStructure,
      offerPublishedAt: offer.publishedAt,
    },
    select: { id: true },
  });
  await recordEvent(tx, {
    type: 'hire.recorded',
    aggregateType: 'hire',
    aggregateId: hire.id,
    payload: { hireId: hire.id, applicationId: ctx.applicationId, offerId: ctx.offerId, companyId: offer.companyId },
  });
  return hire;
}

/** Closes the offer as FILLED (if still open) and rejects the other open applications with POSITION_FILLED. */
export async function fillOffer(tx: Prisma.TransactionClient, ctx: HireContext): Promise<void> {
  const now = new Date();
  const offer = await tx.offer.findUniqueOrThrow({ where: { id: ctx.offerId }, select: { id: true, title: true, status: true, companyId: true } });
  if (offer.status !== 'CLOSED') {
    await tx.offer.update({ where: { id: offer.id }, data: { status: 'CLOSED', closeReason: 'FILLED', closedAt: now } });
    await recordEvent(tx, {
      type: 'offer.closed',
      aggregateType: 'offer',
      aggregateId: offer.id,
      payload: { offerId: offer.id, companyId: offer.companyId, reason: 'FILLED' },
    });
  }
  const others = await tx.application.findMany({
    where: { offerId: offer.id, id: { not: ctx.applicationId }, status: { in: [...OPEN_APPLICATION_STATUSES] } },
    select: { id: true, status: true, candidate: { select: { userId: true } } },
  });
  for (const other of others) {
    const { count } = await tx.application.updateMany({
      where: { id: other.id, status: other.status },
      data: { status: 'REJECTED', rejectionReason: 'POSITION_FILLED' },
    });
    if (count === 0) continue;
    await tx.applicationStatusChange.create({
      data: { applicationId: other.id, fromStatus: other.status, toStatus: 'REJECTED', byUserId: ctx.recordedById },
    });
    await recordEvent(tx, {
      type: 'application.status-changed',
      aggregateType: 'application',
      aggregateId: other.id,
      payload: { applicationId: other.id, offerId: offer.id, from: other.status, to: 'REJECTED', rejectionReason: 'POSITION_FILLED' },
    });
    await notify(tx, other.candidate.userId, 'application.status-changed', {
      applicationId: other.id,
      offerId: offer.id,
      offerTitle: offer.title,
      status: 'REJECTED',
      rejectionReason: 'POSITION_FILLED',
    });
  }
}
