/**
 * State changes of offers that several services perform inside their own transaction: closing (shared with the
 * worker's expiry job, so it lives in @talents/db) and unpublishing when an admin suspends or un-verifies a
 * company. Each writes its outbox event and notifications in the caller's transaction.
 */
import type { Prisma } from '@talents/db';
import { recordEvent } from '../common/outbox/outbox';

/** Default publication period when the recruiter gave no end date (or it has passed while in draft). */
export const DEFAULT_PUBLICATION_MS = 60 * 24 * 3600 * 1000;

export { closeOffer } from '@talents/db';

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
