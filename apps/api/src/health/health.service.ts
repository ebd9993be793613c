/** Dependency checks for load balancers and the operator: each dependency's state, with a short timeout. */
import { Inject, Injectable } from '@nestjs/common';
import { PrismaService } from '../common/prisma/prisma.service';
import { RedisService } from '../common/redis/redis.service';
import { SEARCH_ENGINE, type SearchEngine } from '@talents/search';
import type { QueueName } from '@talents/shared';
import { QueueRegistry, type QueueDepth } from '../queues/queue-registry.service';

type State = 'up' | 'down';
export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  db: State;
  redis: State;
  search: State;
  details: {
    searchEngine: 'postgres' | 'meilisearch';
    /** Job counts per BullMQ queue; null for a queue Redis did not report in time. */
    queues: Record<QueueName, QueueDepth | null>;
    /** Domain events not yet relayed to the queues (grows while Redis or the worker is down); null if the database did not answer. */
    outbox: { unpublished: number; oldestAgeSeconds: number | null } | null;
  };
}

const TIMEOUT_MS = 1000;

@Injectable()
export class HealthService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly redis: RedisService,
    private readonly queues: QueueRegistry,
    @Inject(SEARCH_ENGINE) private readonly search: SearchEngine,
  ) {}

  async check(): Promise<HealthReport> {
    const [db, redis, searchUp, queues, outbox] = await Promise.all([
      this.pingDb(),
      this.redis.ping(TIMEOUT_MS),
      this.search.health().catch(() => false),
      this.queues.depths(TIMEOUT_MS),
      this.outboxBacklog(),
    ]);
    const dbState: State = db ? 'up' : 'down';
    const redisState: State = redis ? 'up' : 'down';
    const search: State = searchUp ? 'up' : 'down';
    const status = dbState === 'down' ? 'down' : redisState === 'up' && search === 'up' ? 'ok' : 'degraded';
    return { status, db: dbState, redis: redisState, search, details: { searchEngine: this.search.kind, queues, outbox } };
  }

  private async outboxBacklog(): Promise<HealthReport['details']['outbox']> {
    try {
      const rows = await withTimeout(
        this.prisma.$queryRaw<{ unpublished: bigint; oldest: Date | null }[]>`
          SELECT count(*) AS unpublished, min(created_at) AS oldest FROM outbox_events WHERE published_at IS NULL`,
        2000,
      );
      const row = rows[0];
      const oldest = row?.oldest ?? null;
      return { unpublished: Number(row?.unpublished ?? 0), oldestAgeSeconds: oldest ? Math.max(0, Math.round((Date.now() - oldest.getTime()) / 1000)) : null };
    } catch {
      return null;
    }
  }

  private async pingDb(): Promise<boolean> {
    try {
      await withTimeout(this.prisma.$queryRaw`SELECT 1`, 2000);
      return true;
    } catch {
      return false;
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);
}
