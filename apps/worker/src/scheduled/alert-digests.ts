/**
 * Daily and weekly alert digests. The fan-out writes one AlertDelivery row per matched item; every morning
 * (DAILY alerts) or Monday morning (WEEKLY) each active alert with undigested rows gets one mail of at most
 * 10 items, at most 2 per company for offer alerts, so that one prolific employer cannot fill the mail. Items
 * left over wait for the next digest; items gone meanwhile (closed offer, hidden profile) are dropped.
 *
 * Per alert, one transaction locks the alert, chooses the items, marks them digested and queues the mail with
 * a dedupe key per alert and period: a retried run queues nothing twice, and an alert already digested in this
 * period is left alone until the next one.
 */
import type { DbClient, Prisma, PrismaClient } from '@talents/db';
import type { Logger } from '../logger';
import { enqueueMail } from '../mail/mail-job';
import { loadAlertItems } from '../mail/mail-content';
import type { MailQueue } from '../mail/mail-queue';
import { parisDate, parisIsoWeek } from './periods';

export const DIGEST_MAX_ITEMS = 10;
export const DIGEST_MAX_PER_COMPANY = 2;
const ALERT_BATCH = 100;
/** Candidates for one digest; more than this waiting for one alert only delays the oldest. */
const PENDING_WINDOW = 500;

export type DigestFrequency = 'DAILY' | 'WEEKLY';

export interface DigestDeps {
  prisma: PrismaClient;
  mail: MailQueue;
  logger: Logger;
  now: () => Date;
}

export interface DigestResult {
  alerts: number;
  mails: number;
  items: number;
}

export function digestPeriod(frequency: DigestFrequency, instant: Date): string {
  return frequency === 'DAILY' ? parisDate(instant) : parisIsoWeek(instant);
}

export async function runAlertDigests(deps: DigestDeps, frequency: DigestFrequency): Promise<DigestResult> {
  const now = deps.now();
  const period = digestPeriod(frequency, now);
  const result: DigestResult = { alerts: 0, mails: 0, items: 0 };
  let cursor: string | undefined;
  for (;;) {
    const alerts = await deps.prisma.alert.findMany({
      where: { frequency, unsubscribedAt: null, user: { archivedAt: null, suspendedAt: null }, deliveries: { some: { digestedAt: null } } },
      select: { id: true },
      orderBy: { id: 'asc' },
      take: ALERT_BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    for (const { id } of alerts) {
      result.alerts += 1;
      const items = await deps.prisma.$transaction((tx) => digestAlert(tx, deps, id, frequency, period, now), { timeout: 30_000 });
      if (items > 0) {
        result.mails += 1;
        result.items += items;
      }
    }
    if (alerts.length < ALERT_BATCH) break;
    cursor = alerts[alerts.length - 1]!.id;
  }
  return result;
}

/** Returns the number of items put in the mail (0: no mail). */
async function digestAlert(tx: Prisma.TransactionClient, deps: DigestDeps, alertId: string, frequency: DigestFrequency, period: string, now: Date): Promise<number> {
  // The lock makes two overlapping runs (a retry, a second worker) take turns on this alert.
  const [alert] = await tx.$queryRaw<{ id: string; user_id: string; kind: 'OFFERS' | 'TALENTS' }[]>`
    SELECT id, user_id, kind::text AS kind FROM alerts WHERE id = ${alertId}::uuid AND unsubscribed_at IS NULL FOR UPDATE`;
  if (!alert) return 0;

  const last = await tx.alertDelivery.findFirst({ where: { alertId, digestedAt: { not: null } }, orderBy: { digestedAt: 'desc' }, select: { digestedAt: true } });
  if (last?.digestedAt && digestPeriod(frequency, last.digestedAt) === period) return 0;

  const pending = await tx.alertDelivery.findMany({
    where: { alertId, digestedAt: null },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, itemId: true },
    take: PENDING_WINDOW,
  });
  // Which items are still worth sending, and their companies; the mail is worded at send time, in the
  // recipient's language, so locale and links here do not matter.
  const available = await loadAlertItems({ prisma: tx as DbClient, locale: 'fr', links: { webUrl: '' } }, alert.kind, pending.map((d) => d.itemId));
  const deliveryOf = new Map(pending.map((d) => [d.itemId, d.id]));
  const availableIds = new Set(available.map((i) => i.id));
  const gone = pending.filter((d) => !availableIds.has(d.itemId)).map((d) => d.id);

  const chosen: string[] = [];
  const perCompany = new Map<string, number>();
  for (const item of available) {
    if (chosen.length === DIGEST_MAX_ITEMS) break;
    if (alert.kind === 'OFFERS' && item.companyId) {
      const count = perCompany.get(item.companyId) ?? 0;
      if (count === DIGEST_MAX_PER_COMPANY) continue;
      perCompany.set(item.companyId, count + 1);
    }
    chosen.push(deliveryOf.get(item.id)!);
  }

  if (gone.length > 0) await tx.alertDelivery.updateMany({ where: { id: { in: gone } }, data: { digestedAt: now } });
  if (chosen.length === 0) return 0;
  await tx.alertDelivery.updateMany({ where: { id: { in: chosen } }, data: { digestedAt: now } });
  // Queued before the commit: if Redis refuses, the transaction rolls back and the next run tries again; if the
  // commit fails after the add, the retry chooses the same items and the same dedupe key, which BullMQ ignores.
  await enqueueMail(
    deps.mail.queue,
    { template: 'alert.digest', userId: alert.user_id, alertId, params: { deliveryIds: chosen, remaining: available.length - chosen.length } },
    `digest:${alertId}:${period}`,
    deps.mail.attempts,
  );
  return chosen.length;
}
