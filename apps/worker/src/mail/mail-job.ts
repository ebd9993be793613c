/**
 * The `mail` queue's contract: every mail the worker sends (alerts, digests, nudges, import invitations,
 * retention warnings) is one job. Payloads carry ids and facts only — the processor reads the recipient's
 * e-mail and locale from PostgreSQL at send time, so an erased account gets nothing and Redis holds no
 * personal data. The job id is the caller's dedupe key: the same mail enqueued twice (a retried fan-out, an
 * event delivered twice) is sent once.
 *
 * Templates the processor sends (apps/worker/src/mail/mail-content.ts validates their params):
 * - `alert.instant` — alertId required; params `{ itemId }` (the AlertDelivery's item: offer id for OFFERS
 *   alerts, candidate profile id for TALENTS alerts; `offerId` / `candidateId` are accepted as synonyms);
 * - `alert.digest` — alertId required; params `{ deliveryIds, remaining }` (queued by the digest schedulers);
 * - `nudge.unanswered-applications` — params `{ companyId, cutoff }`;
 * - `application.offer-closed` — params `{ offerId }`;
 * - `import.invitation` — params `{ importId }`, essential (queued by the imports processor; the set-password token
 *   is created when the mail is sent; skipped once the person has a password);
 * - `account.inactivity-warning` — params `{ archiveOn, lastActivity }` (YYYY-MM-DD, epoch ms), essential (queued by the retention task;
 *   skipped if the person logged in since).
 */
import type { Queue } from 'bullmq';
import { z } from 'zod';
import { QUEUE_NAMES } from '@talents/shared';
import { defineJob } from '../queues/definitions';

export const MailJobSchema = z.object({
  /** A template name of the mail template registry. */
  template: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/),
  /** The recipient. */
  userId: z.uuid(),
  /** What the template needs beyond the recipient: ids and facts, never personal data. */
  params: z.record(z.string(), z.unknown()).default({}),
  /** Alert mails: adds the signed unsubscribe link and the List-Unsubscribe headers (RFC 8058). */
  alertId: z.uuid().optional(),
  /** Account mails (invitation to set a password, inactivity warning) are not counted in the daily cap. */
  essential: z.boolean().default(false),
});
export type MailJob = z.input<typeof MailJobSchema>;

const HOUR_S = 3600;

export const mailJob = defineJob<MailJob>({
  id: 'send-mail',
  version: 1,
  queue: QUEUE_NAMES.mail,
  schema: MailJobSchema,
  defaultOptions: {
    // 5 s, 10 s, 20 s, … : an SMTP relay that hiccups gets time to come back.
    backoff: { type: 'exponential', delay: 5000 },
    removeOnComplete: { age: 24 * HOUR_S, count: 50_000 },
    // Jobs that exhaust their attempts stay visible (dashboard, health) for two weeks.
    removeOnFail: { age: 14 * 24 * HOUR_S },
  },
});

/**
 * Queues one mail. `dedupeKey` must identify the mail, not the attempt (e.g. `alert:<alertId>:<offerId>`):
 * BullMQ ignores an add whose job id exists (":" is not allowed in job ids, so it becomes "_").
 */
export async function enqueueMail(queue: Queue, job: MailJob, dedupeKey: string, attempts: number): Promise<void> {
  const data = MailJobSchema.parse(job);
  await queue.add(mailJob.id, data, { ...mailJob.defaultOptions, jobId: mailJobId(dedupeKey), attempts });
}

/** The BullMQ job id of a mail: the dedupe key, with ":" (refused in job ids) turned into "_". */
export function mailJobId(dedupeKey: string): string {
  return `mail-${dedupeKey.replace(/:/g, "_")}`;
}

/**
 * Queues many mails in one round trip (addBulk), with the same validation and job ids as enqueueMail: an
 * alert fan-out may queue thousands at once.
 */
export async function enqueueMails(queue: Queue, mails: readonly { job: MailJob; dedupeKey: string }[], attempts: number): Promise<void> {
  if (mails.length === 0) return;
  await queue.addBulk(
    mails.map(({ job, dedupeKey }) => ({
      name: mailJob.id,
      data: MailJobSchema.parse(job),
      opts: { ...mailJob.defaultOptions, jobId: mailJobId(dedupeKey), attempts },
    })),
  );
}
