/**
 * Consumer of the `mail` queue. For each job: validate the payload, read the recipient (e-mail, locale) and the
 * template's content from PostgreSQL, apply the daily cap, render, send. Nothing is sent to an erased, archived
 * or suspended account, nor for an alert that was unsubscribed or deleted: such jobs complete as "skipped".
 * A transport failure fails the attempt and BullMQ retries with exponential backoff; a job that exhausts its
 * attempts stays in the failed set. Logs carry the job id, template and outcome, never an address.
 */
import { signLink, type PrismaClient } from '@talents/db';
import { isTemplateName, type Mailer, type TemplateName } from '@talents/mail';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import { errorMessage, type Logger } from '../logger';
import { consumerConnectionOptions } from '../redis';
import type { DailyMailCap } from './daily-cap';
import { MAIL_LOADERS, type AlertRow } from './mail-content';
import { mailJob, type MailJob } from './mail-job';

export interface MailProcessorDeps {
  prisma: PrismaClient;
  mailer: Pick<Mailer, 'send'>;
  cap: DailyMailCap;
  logger: Logger;
  links: { webUrl: string; apiPublicUrl: string };
  linkSecret: string;
  now: () => Date;
}

export type MailOutcome = 'sent' | 'skipped' | 'capped';

export interface MailResult {
  outcome: MailOutcome;
  reason?: string;
}

export async function processMail(job: Job, deps: MailProcessorDeps): Promise<MailResult> {
  const parsed = mailJob.schema.safeParse(job.data);
  if (!parsed.success) throw new UnrecoverableError(`invalid ${mailJob.id} v${mailJob.version} job: ${parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ')}`);
  const mail = parsed.data as Required<MailJob>;
  const template = mail.template;
  if (!isTemplateName(template)) throw new UnrecoverableError(`unknown mail template ${template}`);
  const loader = MAIL_LOADERS[template];
  if (!loader) throw new UnrecoverableError(`template ${template} is not sent by the worker`);
  const params = loader.params.safeParse(mail.params);
  if (!params.success) throw new UnrecoverableError(`invalid params for ${template}: ${params.error.issues.map((i) => i.path.join('.') || '(root)').join(', ')}`);
  if (loader.needsAlert && !mail.alertId) throw new UnrecoverableError(`${template} needs an alertId`);

  const log = deps.logger.child({ jobId: job.id, template });
  const skip = (reason: string): MailResult => {
    log.info({ outcome: 'skipped', reason }, 'mail not sent');
    return { outcome: 'skipped', reason };
  };

  const user = await deps.prisma.user.findUnique({ where: { id: mail.userId }, select: { email: true, locale: true, archivedAt: true, suspendedAt: true } });
  if (!user) return skip('recipient-erased');
  if (user.archivedAt || user.suspendedAt) return skip('recipient-inactive');

  let alert: AlertRow | null = null;
  let unsubscribeUrl = '';
  const headers: Record<string, string> = {};
  if (mail.alertId) {
    const row = await deps.prisma.alert.findUnique({
      where: { id: mail.alertId },
      select: { id: true, userId: true, kind: true, name: true, query: true, filters: true, frequency: true, unsubscribedAt: true },
    });
    if (!row || row.userId !== mail.userId) return skip('alert-deleted');
    if (row.unsubscribedAt) return skip('alert-unsubscribed');
    alert = row;
    const token = signLink(deps.linkSecret, 'alert-unsubscribe', row.id);
    unsubscribeUrl = `${deps.links.webUrl}/alertes/desabonnement?token=${token}`;
    // RFC 8058: the mailbox provider POSTs "List-Unsubscribe=One-Click" to this URL, no page, no login.
    headers['List-Unsubscribe'] = `<${deps.links.apiPublicUrl}/api/alerts/unsubscribe?token=${token}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }

  const data = await loader.load(params.data as never, { prisma: deps.prisma, userId: mail.userId, now: deps.now(), locale: user.locale, links: deps.links, alert, unsubscribeUrl });
  if (!data) return skip('content-gone');

  if (!mail.essential && !(await deps.cap.admit(mail.userId, String(job.id), deps.now()))) {
    log.warn({ outcome: 'capped' }, 'mail dropped: daily cap reached for this recipient');
    return { outcome: 'capped' };
  }

  let sent;
  try {
    sent = await deps.mailer.send({ to: user.email, locale: user.locale, template: template as TemplateName, data: data as never, headers });
  } catch (err) {
    // SMTP replies often quote the address; the failure reason is stored with the job and logged, so without it.
    throw new Error(withoutAddresses(errorMessage(err)));
  }
  log.info({ outcome: 'sent', file: sent.file, messageId: sent.file ? undefined : sent.messageId }, 'mail sent');
  return { outcome: 'sent' };
}

function withoutAddresses(text: string): string {
  return text.replace(/[^\s<>@"']+@[^\s<>@"']+/g, '<address>');
}

export interface MailWorkerOptions extends MailProcessorDeps {
  redisUrl: string;
  prefix: string;
  concurrency: number;
}

export function createMailWorker(opts: MailWorkerOptions): Worker {
  const { redisUrl, prefix, concurrency, ...deps } = opts;
  const worker = new Worker(mailJob.queue, (job) => processMail(job, deps), { connection: consumerConnectionOptions(redisUrl), prefix, concurrency });
  worker.on('failed', (job, err) => {
    const final = !job || job.attemptsMade >= (job.opts.attempts ?? 1) || err instanceof UnrecoverableError;
    opts.logger[final ? 'error' : 'warn']({ jobId: job?.id, template: job?.data?.template, attemptsMade: job?.attemptsMade, final, err: errorMessage(err) }, 'mail job failed');
  });
  let lastError = '';
  worker.on('error', (err) => {
    const message = errorMessage(err);
    opts.logger[message === lastError ? 'debug' : 'warn']({ err: message }, 'mail worker error');
    lastError = message;
  });
  worker.on('ready', () => {
    lastError = '';
  });
  return worker;
}
