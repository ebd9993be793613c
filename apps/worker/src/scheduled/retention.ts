/**
 * Retention of inactive accounts (GDPR storage limitation; docs/architecture.md, "Retention"). Daily:
 *  1. non-admin accounts whose last activity (last login, or creation if they never logged in) is 24 months old
 *     or more, and not yet warned, get `warnedInactiveAt` and an essential warning mail;
 *  2. accounts warned 30 days ago or more that have not logged in since are archived: personal data removed
 *     exactly as for an erasure (removePersonalData, mode "archive"), the anonymised row kept with `archivedAt`
 *     so statistics (hires) keep their links and nobody can log in to it.
 * Logging in clears `warnedInactiveAt` (API auth), which cancels the archiving. Every step is idempotent: the
 * mail's dedupe key names the inactivity period, the archive re-checks the account under a row lock.
 */
import { type FileStore, type PrismaClient, removePersonalData } from '@talents/db';
import type { Logger } from '../logger';
import { enqueueMail } from '../mail/mail-job';
import type { MailQueue } from '../mail/mail-queue';

export const INACTIVITY_MONTHS = 24;
export const ARCHIVE_AFTER_WARNING_DAYS = 30;
export const INACTIVITY_WARNING_TEMPLATE = 'account.inactivity-warning';
const DAY_MS = 24 * 3600 * 1000;
const BATCH = 500;

export interface RetentionDeps {
  prisma: PrismaClient;
  files: FileStore;
  mail: MailQueue;
  logger: Logger;
  now: () => Date;
}

/** The same calendar day 24 months earlier (UTC). */
export function inactivityCutoff(now: Date): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - INACTIVITY_MONTHS);
  return cutoff;
}

export async function warnInactiveAccounts(deps: RetentionDeps): Promise<number> {
  const now = deps.now();
  const cutoff = inactivityCutoff(now);
  let warned = 0;
  for (;;) {
    const due = await deps.prisma.user.findMany({
      where: {
        role: { not: 'ADMIN' },
        archivedAt: null,
        warnedInactiveAt: null,
        OR: [{ lastLoginAt: { lte: cutoff } }, { lastLoginAt: null, createdAt: { lte: cutoff } }],
      },
      select: { id: true, lastLoginAt: true, createdAt: true },
      orderBy: { id: 'asc' },
      take: BATCH,
    });
    for (const user of due) {
      const lastActivity = user.lastLoginAt ?? user.createdAt;
      const archiveOn = new Date(now.getTime() + ARCHIVE_AFTER_WARNING_DAYS * DAY_MS);
      // Queued first, keyed by the inactivity period: a crash before the update below re-queues the same job id.
      await enqueueMail(
        deps.mail.queue,
        { template: INACTIVITY_WARNING_TEMPLATE, userId: user.id, params: { archiveOn: archiveOn.toISOString().slice(0, 10), lastActivity: lastActivity.getTime() }, essential: true },
        `inactivity-warning:${user.id}:${lastActivity.getTime()}`,
        deps.mail.attempts,
      );
      const updated = await deps.prisma.user.updateMany({ where: { id: user.id, warnedInactiveAt: null }, data: { warnedInactiveAt: now } });
      warned += updated.count;
    }
    if (due.length < BATCH) return warned;
  }
}

export async function archiveWarnedAccounts(deps: RetentionDeps): Promise<number> {
  const now = deps.now();
  const warnedBefore = new Date(now.getTime() - ARCHIVE_AFTER_WARNING_DAYS * DAY_MS);
  const due = await deps.prisma.user.findMany({
    where: { role: { not: 'ADMIN' }, archivedAt: null, warnedInactiveAt: { lte: warnedBefore } },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  let archived = 0;
  for (const { id } of due) {
    const removed = await deps.prisma.$transaction(async (tx) => {
      // Under the row lock: a login that cleared the warning after our query wins.
      const [row] = await tx.$queryRaw<{ warned: Date | null; login: Date | null }[]>`
        SELECT warned_inactive_at AS warned, last_login_at AS login FROM users WHERE id = ${id}::uuid AND archived_at IS NULL FOR UPDATE`;
      if (!row?.warned || row.warned > warnedBefore || (row.login && row.login > row.warned)) return null;
      const result = await removePersonalData(tx, id, 'archive', now);
      if (result) {
        await tx.auditLog.create({
          data: { actorId: null, actorRole: null, action: 'user.archive', targetType: 'user', targetId: id, metadata: { role: result.role, reason: 'inactivity' } },
        });
      }
      return result;
    });
    if (!removed) continue;
    archived += 1;
    if (removed.cvKey) {
      await deps.files.delete(removed.cvKey).catch((err: unknown) => deps.logger.error({ err: String(err), userId: id }, 'CV file not deleted after archiving'));
    }
  }
  return archived;
}

export async function runRetention(deps: RetentionDeps): Promise<{ warned: number; archived: number }> {
  // Archive first: an account warned today must not be archived by the same run, whatever the clock says.
  const archived = await archiveWarnedAccounts(deps);
  const warned = await warnInactiveAccounts(deps);
  return { warned, archived };
}
