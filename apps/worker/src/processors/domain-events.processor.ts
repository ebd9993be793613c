/**
 * Consumer of the `domain-events` queue: validates each job against the versioned definition, then runs the
 * handlers registered for the event type. An invalid job fails at once without retries (UnrecoverableError:
 * retrying cannot fix it) and stays visible in the failed set; a handler error fails the attempt and BullMQ
 * retries with exponential backoff. Events that no handler wants are acknowledged.
 */
import type { PrismaClient } from '@talents/db';
import type { Indexer } from '@talents/search';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import { errorMessage, type Logger } from '../logger';
import { domainEventJob } from '../queues/definitions';
import { consumerConnectionOptions } from '../redis';
import type { MailQueue } from '../mail/mail-queue';
import type { HandlerRegistry } from './event-handlers';

export interface DomainEventsProcessorDeps {
  registry: HandlerRegistry;
  prisma: PrismaClient;
  indexer: Indexer;
  mail: MailQueue;
  logger: Logger;
}

export interface ProcessResult {
  handled: number;
}

export async function processDomainEvent(job: Job, deps: DomainEventsProcessorDeps): Promise<ProcessResult> {
  const parsed = domainEventJob.schema.safeParse(job.data);
  if (!parsed.success) throw new UnrecoverableError(`invalid ${domainEventJob.id} v${domainEventJob.version} job: ${describeIssues(parsed.error.issues)}`);
  const event = parsed.data;
  if (job.name !== event.type) throw new UnrecoverableError(`job name "${job.name}" does not match event type "${event.type}"`);

  const log = deps.logger.child({ jobId: job.id, eventId: event.eventId, type: event.type });
  const handlers = deps.registry.get(event.type) ?? [];
  if (handlers.length === 0) {
    log.debug('no handler for event type, acknowledged');
    return { handled: 0 };
  }

  for (const handler of handlers) {
    const payload = handler.payloadSchema.safeParse(event.payload);
    if (!payload.success) {
      throw new UnrecoverableError(`payload rejected by ${handler.id} v${handler.version}: ${describeIssues(payload.error.issues)}`);
    }
    const handlerLog = log.child({ handler: handler.id, handlerVersion: handler.version });
    await handler.handle({ ...event, payload: payload.data }, { prisma: deps.prisma, indexer: deps.indexer, mail: deps.mail, logger: handlerLog, attempt: job.attemptsMade + 1 });
    handlerLog.debug('handled');
  }
  return { handled: handlers.length };
}

export interface DomainEventsWorkerOptions extends DomainEventsProcessorDeps {
  redisUrl: string;
  prefix: string;
  concurrency: number;
}

export function createDomainEventsWorker(opts: DomainEventsWorkerOptions): Worker {
  const { registry, prisma, indexer, mail, logger } = opts;
  const worker = new Worker(domainEventJob.queue, (job) => processDomainEvent(job, { registry, prisma, indexer, mail, logger }), {
    connection: consumerConnectionOptions(opts.redisUrl),
    prefix: opts.prefix,
    concurrency: opts.concurrency,
  });
  worker.on('failed', (job, err) => {
    logger.warn({ jobId: job?.id, type: job?.name, attemptsMade: job?.attemptsMade, err: errorMessage(err) }, 'domain event job failed');
  });
  // Connection errors arrive here on every reconnect attempt: warn once per distinct message, not in a loop.
  // (An 'error' event without a listener would crash the process.)
  let lastError = '';
  worker.on('error', (err) => {
    const message = errorMessage(err);
    logger[message === lastError ? 'debug' : 'warn']({ err: message }, 'domain-events worker error');
    lastError = message;
  });
  worker.on('ready', () => {
    lastError = '';
  });
  return worker;
}

/** Paths and messages only: zod's issues can echo the offending values, which may be personal data. */
function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}
