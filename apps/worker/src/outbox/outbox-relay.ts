/**
 * Outbox relay: moves domain events from `outbox_events` (written by the API in the same transaction as each
 * change) to the `domain-events` queue.
 *
 * Each round claims a batch with `FOR UPDATE SKIP LOCKED` inside a transaction and keeps the row locks until it
 * has published and marked the batch, so several worker instances work on disjoint batches and never publish
 * the same one concurrently. A crash between publishing and committing leaves the rows unpublished: they are
 * published again later, and BullMQ drops the duplicate because the job id is the event id.
 *
 * A failed publish (Redis down) marks nothing published; it increments `attempts`, stores a short `last_error`
 * (never the payload) and makes the loop back off exponentially. No error escapes a round.
 */
import type { PrismaClient } from '@talents/db';
import { errorMessage, type Logger } from '../logger';
import type { EventPublisher, OutboxEventRow } from '../queues/domain-event-publisher';

export interface OutboxRelayOptions {
  prisma: PrismaClient;
  publisher: EventPublisher;
  logger: Logger;
  batchSize: number;
  pollMs: number;
  maxBackoffMs: number;
  /** Upper bound of the time spent publishing one batch; bounds how long row locks are held. */
  publishTimeoutMs: number;
}

export type RelayRound =
  | { status: 'idle' }
  | { status: 'published'; count: number }
  | { status: 'failed'; count: number; error: string };

const LAST_ERROR_MAX = 300;

export class OutboxRelay {
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private consecutiveFailures = 0;

  constructor(private readonly opts: OutboxRelayOptions) {}

  /** Starts polling in the background; call stop() to end it. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops polling and waits for the round in progress, so no batch is left half-handled. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = null;
  }

  /** One round: claim a batch, publish it, mark it. Resolves in every case (never rejects). */
  async relayOnce(): Promise<RelayRound> {
    const { prisma, batchSize } = this.opts;
    try {
      return await prisma.$transaction(
        async (tx) => {
          const rows = await tx.$queryRaw<OutboxEventRow[]>`
            SELECT id, type, aggregate_type AS "aggregateType", aggregate_id AS "aggregateId", payload, created_at AS "createdAt"
            FROM outbox_events
            WHERE published_at IS NULL
            ORDER BY created_at, id
            LIMIT ${batchSize}
            FOR UPDATE SKIP LOCKED`;
          if (rows.length === 0) return { status: 'idle' } as const;
          const ids = rows.map((row) => row.id);
          try {
            await this.opts.publisher.publish(rows);
          } catch (err) {
            const error = errorMessage(err, LAST_ERROR_MAX);
            await tx.outboxEvent.updateMany({ where: { id: { in: ids } }, data: { attempts: { increment: 1 }, lastError: error } });
            return { status: 'failed', count: rows.length, error } as const;
          }
          await tx.outboxEvent.updateMany({ where: { id: { in: ids } }, data: { publishedAt: new Date() } });
          return { status: 'published', count: rows.length } as const;
        },
        // The publish happens inside the transaction: leave it room, but no more than needed to release locks.
        { maxWait: 10_000, timeout: this.opts.publishTimeoutMs + 10_000 },
      );
    } catch (err) {
      // PostgreSQL unreachable, transaction timed out…: nothing was marked, the next round retries.
      return { status: 'failed', count: 0, error: errorMessage(err, LAST_ERROR_MAX) };
    }
  }

  private async run(): Promise<void> {
    const { logger, batchSize, pollMs } = this.opts;
    while (this.running) {
      const round = await this.relayOnce();
      if (round.status === 'failed') {
        this.consecutiveFailures += 1;
        const level = this.consecutiveFailures === 1 ? 'warn' : 'debug';
        logger[level]({ events: round.count, failures: this.consecutiveFailures, err: round.error }, 'outbox relay failed, backing off');
        await this.sleep(this.backoffMs());
        continue;
      }
      if (this.consecutiveFailures > 0) logger.info({ failures: this.consecutiveFailures }, 'outbox relay recovered');
      this.consecutiveFailures = 0;
      if (round.status === 'published') logger.debug({ events: round.count }, 'outbox events published');
      // A full batch means more may be waiting: go again at once instead of sleeping.
      if (round.status === 'idle' || round.count < batchSize) await this.sleep(pollMs);
    }
  }

  private backoffMs(): number {
    const exp = Math.min(this.consecutiveFailures - 1, 16);
    return Math.min(this.opts.pollMs * 2 ** exp, this.opts.maxBackoffMs);
  }

  /** A sleep that stop() cuts short. */
  private sleep(ms: number): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}
