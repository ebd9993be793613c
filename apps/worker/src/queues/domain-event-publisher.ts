/**
 * Adds outbox events to the `domain-events` queue. The job id is the event id: BullMQ ignores an add whose
 * job id already exists, so publishing the same event twice (the relay crashed between publishing and marking
 * it published) yields one job — at-least-once relay, idempotent at the queue.
 */
import { Queue } from 'bullmq';
import type Redis from 'ioredis';
import { errorMessage, type Logger } from '../logger';
import { domainEventJob, type DomainEventJob } from './definitions';

export interface OutboxEventRow {
  id: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: unknown;
  createdAt: Date;
}

export interface EventPublisher {
  publish(events: readonly OutboxEventRow[]): Promise<void>;
}

export class RedisUnavailableError extends Error {
  constructor(status: string) {
    super(`redis not ready (${status})`);
    this.name = 'RedisUnavailableError';
  }
}

export interface DomainEventPublisherOptions {
  /** A producer connection (see redis.ts): shared, so closing the publisher leaves it to its owner. */
  connection: Redis;
  prefix: string;
  attempts: number;
  logger: Logger;
}

export class DomainEventPublisher implements EventPublisher {
  private readonly queue: Queue;

  constructor(private readonly opts: DomainEventPublisherOptions) {
    // By default a Queue waits, without limit, for its connection to be ready and then checks the Redis version;
    // on a dead Redis that wait would hang every publish (and an interrupted handshake would break the queue for
    // good). Skipping both makes the Queue a thin command layer over the fail-fast producer connection. The
    // version check still happens in the Worker.
    this.queue = new Queue(domainEventJob.queue, {
      connection: opts.connection,
      prefix: opts.prefix,
      skipWaitingForReady: true,
      skipVersionCheck: true,
    });
    // Without a listener an 'error' event would crash the process; the relay already reports failed publishes.
    this.queue.on('error', (err) => opts.logger.debug({ err: errorMessage(err) }, 'queue error'));
  }

  async publish(events: readonly OutboxEventRow[]): Promise<void> {
    if (events.length === 0) return;
    // Checked first for a clear error; a connection lost mid-publish fails fast too (no offline queue, command
    // timeout on the producer connection).
    const status = this.opts.connection.status;
    if (status !== 'ready') throw new RedisUnavailableError(status);
    await this.queue.addBulk(events.map((event) => this.toJob(event)));
  }

  async close(): Promise<void> {
    await this.queue.close();
  }

  private toJob(event: OutboxEventRow) {
    const data: DomainEventJob = {
      eventId: event.id,
      type: event.type,
      aggregateType: event.aggregateType,
      aggregateId: event.aggregateId,
      // Passed through as stored: a malformed payload fails its job visibly in the processor rather than being
      // silently replaced here.
      payload: event.payload as DomainEventJob['payload'],
      createdAt: event.createdAt.toISOString(),
    };
    return {
      name: event.type,
      data,
      opts: { ...domainEventJob.defaultOptions, attempts: this.opts.attempts, jobId: event.id },
    };
  }
}
