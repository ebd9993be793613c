/**
 * Weekly nudge (Monday 08:00, Europe/Paris): each recruiter of a company with applications still in their
 * initial status (APPLIED: nobody opened the pipeline to move them) for 7 days or more, on a published offer,
 * gets one mail listing them per offer. The mail re-reads the list at send time, so applications answered in
 * between drop out; the dedupe key per company, recruiter and ISO week keeps a retried run from sending twice.
 */
import type { PrismaClient } from '@talents/db';
import type { Logger } from '../logger';
import { enqueueMail } from '../mail/mail-job';
import type { MailQueue } from '../mail/mail-queue';
import { parisIsoWeek } from './periods';

export const NUDGE_AFTER_DAYS = 7;
const DAY_MS = 86_400_000;

export interface NudgeDeps {
  prisma: PrismaClient;
  mail: MailQueue;
  logger: Logger;
  now: () => Date;
}

export async function runUnansweredNudges(deps: NudgeDeps): Promise<{ companies: number; mails: number }> {
  const now = deps.now();
  const cutoff = new Date(now.getTime() - NUDGE_AFTER_DAYS * DAY_MS);
  const week = parisIsoWeek(now);
  const offers = await deps.prisma.offer.findMany({
    where: { status: 'PUBLISHED', company: { suspendedAt: null }, applications: { some: { status: 'APPLIED', createdAt: { lte: cutoff } } } },
    select: { companyId: true },
    distinct: ['companyId'],
  });
  let mails = 0;
  for (const { companyId } of offers) {
    const recruiters = await deps.prisma.companyMembership.findMany({
      where: { companyId, user: { archivedAt: null, suspendedAt: null } },
      select: { userId: true },
    });
    for (const { userId } of recruiters) {
      await enqueueMail(
        deps.mail.queue,
        { template: 'nudge.unanswered-applications', userId, params: { companyId, cutoff: cutoff.toISOString() } },
        `nudge:${companyId}:${userId}:${week}`,
        deps.mail.attempts,
      );
      mails += 1;
    }
  }
  return { companies: offers.length, mails };
}
