/**
 * Queue and job definitions: names, payload schemas and default job options live here so that the producer
 * (outbox relay) and the consumer (processor) cannot disagree. Definitions are versioned (documenso style): a
 * breaking change to a payload gets a new version and both versions are accepted while old jobs drain.
 */
import type { JobsOptions } from 'bullmq';
import { z } from 'zod';

export { QUEUE_NAMES, type QueueName } from '@talents/shared';
import type { QueueName } from '@talents/shared';
import { QUEUE_NAMES } from '@talents/shared';

/** Event types look like `user.registered`, `profile.published`: the BullMQ job name is the event type. */
export const EventTypeSchema = z.string().regex(/^[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_-]*)+$/, 'expected "aggregate.action"');

/** Data of a `domain-events` job: one outbox row, as published by the relay. */
export const DomainEventJobSchema = z.object({
  eventId: z.uuid(),
  type: EventTypeSchema,
  aggregateType: z.string().min(1).max(60),
  aggregateId: z.string().min(1).max(64),
  /** Identifiers and facts only (see the API's recordEvent); handlers read personal data from the database. */
  payload: z.record(z.string(), z.unknown()),
  createdAt: z.iso.datetime({ offset: true }),
});

export type DomainEventJob = z.infer<typeof DomainEventJobSchema>;

export interface JobDefinition<TData> {
  /** Stable identifier of the job kind. */
  id: string;
  /** Bumped on any breaking change of `schema`. */
  version: number;
  queue: QueueName;
  schema: z.ZodType<TData>;
  /** Defaults applied by producers (which add `jobId`, and `attempts` from the configuration). */
  defaultOptions: Omit<JobsOptions, 'jobId' | 'attempts'>;
}

export function defineJob<TData>(definition: JobDefinition<TData>): JobDefinition<TData> {
  return definition;
}

const HOUR_S = 3600;

export const domainEventJob = defineJob<DomainEventJob>({
  id: 'domain-event',
  version: 1,
  queue: QUEUE_NAMES.domainEvents,
  schema: DomainEventJobSchema,
  defaultOptions: {
    // 1 s, 2 s, 4 s, … ~2 min: rides out a short outage of whatever a handler depends on.
    backoff: { type: 'exponential', delay: 1000 },
    // Completed jobs are kept a day: BullMQ deduplicates by jobId only while the job exists, so this is the
    // window in which a re-relayed event (crash between publish and published_at) is recognised.
    removeOnComplete: { age: 24 * HOUR_S, count: 50_000 },
    // Failed jobs are kept a week for inspection and manual retry.
    removeOnFail: { age: 7 * 24 * HOUR_S },
  },
});
