/**
 * Alert fan-out: an offer was published or a profile was published/updated → every saved search it matches
 * gets it once. Matching, deliveries, notifications and last_run_at are one SQL statement per batch of alerts
 * (alert-match-query.ts), each its own short transaction, so 10,000 matches never make one giant statement or a
 * long-held lock. INSTANT alerts then get a mail job; DAILY/WEEKLY ones only keep the delivery row, which the
 * digest reads later.
 *
 * Idempotent: a retried or duplicated event inserts no delivery twice, hence no second notification. Mail jobs
 * are queued after the batch commits; if queuing fails (Redis gone) the event is retried, and the retry queues
 * the mails of the deliveries this same event already made — their job ids (alert + item) make BullMQ keep
 * one job per mail, so nothing is lost and nothing is sent twice.
 */
import { type PrismaClient } from '@talents/db';
import { loadCandidateDocument, loadOfferDocument } from '@talents/search';
import type { Logger } from '../logger';
import { enqueueMails } from '../mail/mail-job';
import type { MailQueue } from '../mail/mail-queue';
import { batchEndSql, fanOutBatchSql, FIRST_ALERT_ID, type FanOutItem, type FanOutRow, matchDocumentSql, type MatchDocumentRow, toMatchDocument } from './alert-match-query';

/** Alerts read per statement. */
export const FAN_OUT_BATCH_SIZE = 1000;

export interface FanOutDeps {
  prisma: PrismaClient;
  mail: MailQueue;
  logger: Logger;
  batchSize?: number;
}

export interface FanOutResult {
  matched: number;
  delivered: number;
  mailsQueued: number;
}

interface Target {
  item: FanOutItem;
  title: string | null;
  excludedUserIds: string[];
}

const NOTHING: FanOutResult = { matched: 0, delivered: 0, mailsQueued: 0 };

/** A published offer of a verified, active company, not expired: what the public search shows. */
async function offerTarget(prisma: PrismaClient, offerId: string, now: Date): Promise<Target | null> {
  const doc = await loadOfferDocument(prisma, offerId);
  if (!doc) return null;
  const facts = await prisma.offer.findUnique({
    where: { id: offerId },
    select: { companyId: true, createdById: true, expiresAt: true, company: { select: { verifiedAt: true, suspendedAt: true } } },
  });
  if (!facts || !facts.company.verifiedAt || facts.company.suspendedAt) return null;
  if (facts.expiresAt && facts.expiresAt <= now) return null;
  return { item: { kind: 'OFFERS', doc, companyId: facts.companyId }, title: doc.title, excludedUserIds: facts.createdById ? [facts.createdById] : [] };
}

/** A PUBLIC or ANONYMOUS profile (never HIDDEN) of an account neither suspended nor archived. */
async function candidateTarget(prisma: PrismaClient, candidateId: string): Promise<Target | null> {
  const doc = await loadCandidateDocument(prisma, candidateId);
  if (!doc) return null;
  const owner = await prisma.candidateProfile.findUnique({
    where: { id: candidateId },
    select: { user: { select: { id: true, suspendedAt: true, archivedAt: true } } },
  });
  if (!owner || owner.user.suspendedAt || owner.user.archivedAt) return null;
  // The document is already masked for ANONYMOUS profiles: the headline is what a recruiter sees in search.
  return { item: { kind: 'TALENTS', doc }, title: doc.headline, excludedUserIds: [owner.user.id] };
}

export async function fanOutOffer(deps: FanOutDeps, offerId: string, eventAt: Date): Promise<FanOutResult> {
  const target = await offerTarget(deps.prisma, offerId, new Date());
  return target ? fanOut(deps, target, eventAt) : NOTHING;
}

export async function fanOutCandidate(deps: FanOutDeps, candidateId: string, eventAt: Date): Promise<FanOutResult> {
  const target = await candidateTarget(deps.prisma, candidateId);
  return target ? fanOut(deps, target, eventAt) : NOTHING;
}

async function fanOut(deps: FanOutDeps, target: Target, eventAt: Date): Promise<FanOutResult> {
  const size = deps.batchSize ?? FAN_OUT_BATCH_SIZE;
  const result = { ...NOTHING };
  const [docRow] = await deps.prisma.$queryRaw<MatchDocumentRow[]>(matchDocumentSql(target.item));
  const doc = toMatchDocument(target.item, docRow!);
  let afterAlertId = FIRST_ALERT_ID;
  for (;;) {
    const [end] = await deps.prisma.$queryRaw<{ id: string }[]>(batchEndSql(target.item.kind, afterAlertId, size));
    const upToAlertId = end?.id ?? null;
    const rows = await deps.prisma.$queryRaw<FanOutRow[]>(fanOutBatchSql({ ...target, since: eventAt, afterAlertId, upToAlertId }, doc));
    result.matched += rows.length;
    result.delivered += rows.filter((row) => row.inserted).length;
    result.mailsQueued += await queueMails(deps, target.item, rows);
    if (upToAlertId === null) break;
    afterAlertId = upToAlertId;
  }
  deps.logger.info({ kind: target.item.kind, itemId: target.item.doc.id, ...result }, 'alert fan-out done');
  return result;
}

async function queueMails(deps: FanOutDeps, item: FanOutItem, rows: FanOutRow[]): Promise<number> {
  const due = rows.filter((row) => row.frequency === 'INSTANT' && row.fromThisEvent);
  const itemId = item.doc.id;
  await enqueueMails(
    deps.mail.queue,
    due.map((row) => ({
      job: { template: 'alert.instant', userId: row.userId, alertId: row.alertId, params: { itemId, kind: item.kind } },
      dedupeKey: `alert:${row.alertId}:${itemId}`,
    })),
    deps.mail.attempts,
  );
  return due.length;
}
