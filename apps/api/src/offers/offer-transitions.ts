/**
 * State changes of offers that several services perform inside their own transaction (closing by a recruiter
 * or by expiry; unpublishing when an admin suspends or un-verifies a company). Each writes its outbox event
 * and notifications in the caller's transaction.
 */
import type { Prisma } from '@talents/db';
import type { CloseReason, OfferStatus } from '@talents/shared';
import { notify } from '../common/notifications/notify';
import { recordEvent } from '../common/outbox/outbox';

/** Default publication period when the recruiter gave no end date (or it has passed while in draft). */
export const DEFAULT_PUBLICATION_MS = 60 * 24 * 3600 * 1000;

/** Applications still waiting for an answer: their candidates hear that the offer closed. */
const OPEN_APPLICATION_STATUSES = ['APPLIED', 'SHORTLISTED', 'INTERVIEW', 'OFFER'] as const;

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
 * Rule: when a company stops being allowed to publish (suspended or un-verified), its published offers go back
 * to DRAFT — not CLOSED — so the recruiters can republish them as they are once the company is reinstated.
 * Returns the ids of the offers taken down.
 */
export async function unpublishCompanyOffers(tx: Prisma.TransactionClient, companyId: string, cause: string): Promise<string[]> {
  const offers = await tx.offer.findMany({ where: { companyId, status: 'PUBLISHED' }, select: { id: true } });
  if (offers.length === 0) return [];
  const ids = offers.map((o) => o.id);
  await tx.offer.updateMany({ where: { id: { in: ids }, status: 'PUBLISHED' }, data: { status: 'DRAFT', publishedAt: null } });
  for (const id of ids) {
    await recordEvent(tx, { type: 'offer.unpublished', aggregateType: 'offer', aggregateId: id, payload: { companyId, cause } });
  }
  return ids;
}
