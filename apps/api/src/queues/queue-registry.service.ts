/**
 * The worker's BullMQ queues as the API sees them: read-only handles for their depth in /api/health and for the
 * admin dashboard (which may retry or remove jobs). One Redis connection shared by every queue, failing fast
 * while Redis is down so that neither health nor any request waits on it.
 */
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ALL_QUEUE_NAMES, type QueueName } from '@talents/shared';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';

export interface QueueDepth {
  /** Waiting to run (prioritised jobs included). */
  waiting: number;
  active: number;
  delayed: number;
  /** Exhausted their retries; kept for inspection and retry from the dashboard. */
  failed: number;
}

@Injectable()
export class QueueRegistry implements OnModuleDestroy {
  readonly queues: ReadonlyMap<QueueName, Queue>;
  private readonly connection: Redis;
  private readonly logger = new Logger('Queues');

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.connection = new Redis(config.REDIS_URL, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      retryStrategy: (times) => Math.min(times * 200, 5000),
    });
    this.connection.on('error', (err: Error) => this.logger.debug(`redis: ${err.message}`));
    this.queues = new Map(
      ALL_QUEUE_NAMES.map((name) => {
        const queue = new Queue(name, { connection: this.connection, prefix: config.QUEUE_PREFIX });
        // An EventEmitter 'error' without a listener would crash the process during a Redis outage.
        queue.on('error', (err: Error) => this.logger.debug(`queue ${name}: ${err.message}`));
        return [name, queue] as const;
      }),
    );
  }

  /** Each queue's job counts, or null for a queue that did not answer within the timeout (Redis down). */
  async depths(timeoutMs = 1000): Promise<Record<QueueName, QueueDepth | null>> {
    const entries = await Promise.all(
      [...this.queues].map(async ([name, queue]) => [name, await withTimeout(this.depthOf(queue), timeoutMs).catch(() => null)] as const),
    );
    return Object.fromEntries(entries) as Record<QueueName, QueueDepth | null>;
  }

  private async depthOf(queue: Queue): Promise<QueueDepth> {
    const counts = await queue.getJobCounts('wait', 'prioritized', 'active', 'delayed', 'failed');
    return {
      waiting: (counts.wait ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      failed: counts.failed ?? 0,
    };
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close().catch(() => undefined)));
    this.connection.disconnect();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);
}
