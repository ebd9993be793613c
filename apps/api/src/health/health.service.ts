/** Dependency checks for load balancers and the operator: each dependency's state, with a short timeout. */
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { PrismaService } from '../common/prisma/prisma.service';
import { RedisService } from '../common/redis/redis.service';

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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(): Promise<HealthReport> {
    const [db, redis] = await Promise.all([this.pingDb(), this.redis.ping()]);
    const dbState: State = db ? 'up' : 'down';
    const redisState: State = redis ? 'up' : 'down';
    // Until the search issue lands, search is the PostgreSQL engine: it is up when the database is.
    const search: State = dbState;
    const status = dbState === 'down' ? 'down' : redisState === 'up' && search === 'up' ? 'ok' : 'degraded';
    return { status, db: dbState, redis: redisState, search, details: { searchEngine: this.config.MEILI_URL ? 'meilisearch' : 'postgres' } };
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
