/**
 * Removal of an account's personal data, shared by the right to erasure (API, DELETE /me: the user row goes)
 * and the retention job (worker: the user row stays, anonymised, with archivedAt set, so the account cannot
 * come back and statistics keep their links). One transaction, most of it through the foreign keys of
 * prisma/schema.prisma; rows that feed anonymous statistics or the audit trail (hires, offers, audit entries)
 * only lose their link to the person. What no foreign key reaches is removed here explicitly: invitations
 * addressed to the e-mail, the PostgreSQL search document, alert matches pointing at the profile. The CV file
 * and an external search engine are outside the database: the caller cleans them after the commit, and the
 * outbox event lets the worker retry. See docs/decisions/0009-erasure.md.
 */
import type { Prisma } from '../generated/prisma/client';
import { recordEvent } from './outbox';

export type RemovalMode = 'erase' | 'archive';

export interface RemovedAccount {
  role: string;
  /** The candidate profile that existed (its search document must go), if any. */
  profileId: string | null;
  /** The CV file to delete from the file store after the commit, if any. */
  cvKey: string | null;
}

/** The outbox event of each mode; the worker's search sync removes the candidate's document on both. */
export const REMOVAL_EVENT_TYPES: Record<RemovalMode, string> = { erase: 'user.erased', archive: 'user.archived' };

/** The address an archived account keeps: unique (the column is), not deliverable, nothing of the person. */
export function archivedEmail(userId: string): string {
  return `archived-${userId}@archived.invalid`;
}

/**
 * Removes the account's personal data inside `tx`. Returns null when the account does not exist (or, when
 * archiving, is already archived), so a retried job does nothing twice. The caller checks its own preconditions
 * (password, last admin) after `lockAccount` and records the audit entry.
 */
export async function removePersonalData(tx: Prisma.TransactionClient, userId: string, mode: RemovalMode, now: Date = new Date()): Promise<RemovedAccount | null> {
  const row = await lockAccount(tx, userId);
  if (!row || (mode === 'archive' && row.archivedAt)) return null;

  const profile = await tx.candidateProfile.findUnique({ where: { userId }, select: { id: true, cvStorageKey: true } });
  await handOverOwnership(tx, userId);

  // Not reached by any foreign key: pending invitations name the person by address.
  await tx.companyInvitation.deleteMany({ where: { email: row.email } });
  if (profile) {
    // The PostgreSQL engine's document has no foreign key (a derived index must not block erasure), so it goes
    // here, in the same transaction; the outbox event below covers an external engine as well.
    await tx.$executeRaw`DELETE FROM search_candidates WHERE id = ${profile.id}::uuid`;
    // Other people's talent alerts remember which candidates they were told about.
    await tx.alertDelivery.deleteMany({ where: { itemId: profile.id } });
  }
  await recordEvent(tx, { type: REMOVAL_EVENT_TYPES[mode], aggregateType: 'user', aggregateId: userId, payload: { candidateId: profile?.id ?? null } });

  if (mode === 'erase') {
    await tx.user.delete({ where: { id: userId } });
  } else {
    // What DELETE FROM users would cascade to, removed by hand since the row stays.
    if (profile) await tx.candidateProfile.delete({ where: { id: profile.id } });
    await tx.refreshToken.deleteMany({ where: { userId } });
    await tx.oneTimeToken.deleteMany({ where: { userId } });
    await tx.companyMembership.deleteMany({ where: { userId } });
    await tx.alert.deleteMany({ where: { userId } });
    await tx.notification.deleteMany({ where: { userId } });
    await tx.user.update({
      where: { id: userId },
      data: { email: archivedEmail(userId), passwordHash: null, emailVerifiedAt: null, suspensionReason: null, archivedAt: now },
    });
  }
  return { role: row.role, profileId: profile?.id ?? null, cvKey: profile?.cvStorageKey ?? null };
}

/** Re-reads the account under a row lock: a concurrent erasure, archive or role change waits for us. */
export async function lockAccount(tx: Prisma.TransactionClient, userId: string): Promise<{ email: string; role: string; archivedAt: Date | null } | null> {
  const [row] = await tx.$queryRaw<{ email: string; role: string; archived_at: Date | null }[]>`
    SELECT email, role::text AS role, archived_at FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
  return row ? { email: row.email, role: row.role, archivedAt: row.archived_at } : null;
}

/**
 * A company is an organisation, not personal data: it stays. Where the person was the only owner and colleagues
 * remain, the longest-standing member becomes owner so the company can still be managed; where they were the
 * last member, the company is left without members (an admin can see it in moderation).
 */
async function handOverOwnership(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  const owned = await tx.companyMembership.findMany({ where: { userId, role: 'OWNER' }, select: { companyId: true } });
  for (const { companyId } of owned) {
    const others = await tx.companyMembership.findMany({ where: { companyId, userId: { not: userId } }, orderBy: { createdAt: 'asc' } });
    if (others.length === 0 || others.some((m) => m.role === 'OWNER')) continue;
    const heir = others[0]!;
    await tx.companyMembership.update({ where: { id: heir.id }, data: { role: 'OWNER' } });
    await recordEvent(tx, { type: 'company.owner-changed', aggregateType: 'company', aggregateId: companyId, payload: { userId: heir.userId } });
  }
}
