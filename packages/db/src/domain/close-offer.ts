/**
 * Closing an offer, shared by the API (a recruiter closes, a hire fills it) and the worker (the scheduled
 * expiry). Writes the outbox event and the applicants' notifications in the caller's transaction.
 */
import type { PrismaClient, Prisma } from '../generated/prisma/client';
import type { CloseReason, OfferStatus } from '../generated/prisma/enums';
import { notify } from './notify';
import { recordEvent } from './outbox';

/** Applications still waiting for an answer: their candidates hear that the offer closed. */
const OPEN_APPLICATION_STATUSES = ['APPLIED', 'SHORTLISTED', 'INTERVIEW', 'OFFER'] as const;
const EXPIRY_BATCH = 100;

/** Closes the offer if it is still in `from`; false when another request changed it first. */
export async function closeOffer(
  tx: Prisma.TransactionClient,
  offer: { id: string; companyId: string; title: string },
  from: OfferStatus,
  reason: CloseReason,
  now = new Date(),
): Promise<boolean> {
  const changed = await tx.offer.updateMany({ where: { id: offer.id, status: from }, data: { status: 'CLOSED', closeReason: reason, closedAt: now } });
  if (changed.count !== 1) return false;
  await recordEvent(tx, { type: 'offer.closed', aggregateType: 'offer', aggregateId: offer.id, payload: { companyId: offer.companyId, reason, from } });
  const applications = await tx.application.findMany({
    where: { offerId: offer.id, status: { in: [...OPEN_APPLICATION_STATUSES] } },
    select: { candidate: { select: { userId: true } } },
  });
  await notify(tx, applications.map((a) => a.candidate.userId), 'offer.closed', { offerId: offer.id, title: offer.title, reason });
  return true;
}

/**
 * Closes every published offer whose end date has passed (reason EXPIRED). One transaction per offer: a failure
 * leaves the others done and this one for the next run; running twice closes nothing twice.
 */
export async function expireOffers(prisma: PrismaClient, now = new Date()): Promise<number> {
  let closed = 0;
  for (;;) {
    const due = await prisma.offer.findMany({
      where: { status: 'PUBLISHED', expiresAt: { lte: now } },
      select: { id: true, companyId: true, title: true },
      orderBy: { expiresAt: 'asc' },
      take: EXPIRY_BATCH,
    });
    if (due.length === 0) break;
    for (const offer of due) {
      if (await prisma.$transaction((tx) => closeOffer(tx, offer, 'PUBLISHED', 'EXPIRED', now))) closed += 1;
    }
    if (due.length < EXPIRY_BATCH) break;
  }
  return closed;
}
