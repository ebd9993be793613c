/** Dependency checks for load balancers and the operator: each dependency's state, with a short timeout. */
import { Inject, Injectable } from '@nestjs/common';
import { PrismaService } from '../common/prisma/prisma.service';
import { RedisService } from '../common/redis/redis.service';
import { SEARCH_ENGINE, type SearchEngine } from '@talents/search';

type State = 'up' | 'down';
export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  db: State;
  redis: State;
  search: State;
  details: { searchEngine: 'postgres' | 'meilisearch' };
}

@Injectable()
export class HealthService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly redis: RedisService,
    @Inject(SEARCH_ENGINE) private readonly search: SearchEngine,
  ) {}

  async check(): Promise<HealthReport> {
    const [db, redis, searchUp] = await Promise.all([this.pingDb(), this.redis.ping(), this.search.health().catch(() => false)]);
    const dbState: State = db ? 'up' : 'down';
    const redisState: State = redis ? 'up' : 'down';
    const search: State = searchUp ? 'up' : 'down';
    const status = dbState === 'down' ? 'down' : redisState === 'up' && search === 'up' ? 'ok' : 'degraded';
    return { status, db: dbState, redis: redisState, search, details: { searchEngine: this.search.kind } };
  }

  private async pingDb(): Promise<boolean> {
    try {
      await Promise.race([
        this.prisma.$queryRaw`SELECT 1`,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      return true;
    } catch {
      return false;
    }
  }
}
