/**
 * Public statistics, cached in Redis (shared by every API process, so the API stays stateless) for
 * STATS_CACHE_TTL_SECONDS: the page is anonymous and could be hammered, and these all-time counts change
 * slowly. The key is namespaced by database so that environments sharing one Redis never mix figures.
 * If Redis is down or answers garbage, the figures are computed on each request instead of failing.
 */
import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { STATS_MIN_COUNT, type PublicStats } from '@talents/shared';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { RedisService } from '../common/redis/redis.service';
import { StatsRepository } from './stats.repository';
import { suppressCells, suppressFigure } from './suppression';

export const STATS_CACHE_TTL_SECONDS = 600;

@Injectable()
export class StatsService {
  private readonly logger = new Logger('Stats');
  readonly cacheKey: string;

  constructor(
    private readonly stats: StatsRepository,
    private readonly redis: RedisService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const db = createHash('sha256').update(config.DATABASE_URL).digest('hex').slice(0, 12);
    this.cacheKey = `talents:stats:v1:${db}`;
  }

  async publicStats(): Promise<PublicStats> {
    const cached = await this.redis.client.get(this.cacheKey).catch((err: Error) => {
      this.logger.warn(`stats cache read failed, computing: ${err.message}`);
      return null;
    });
    if (cached) {
      try {
        return JSON.parse(cached) as PublicStats;
      } catch {
        // A corrupt entry is recomputed and overwritten below.
      }
    }
    const fresh = await this.compute();
    await this.redis.client.set(this.cacheKey, JSON.stringify(fresh), 'EX', STATS_CACHE_TTL_SECONDS).catch((err: Error) => {
      this.logger.warn(`stats cache write failed: ${err.message}`);
    });
    return fresh;
  }

  private async compute(): Promise<PublicStats> {
    const [totals, candRf, candBasin, hireRf, hireBasin] = await Promise.all([
      this.stats.totals(), this.stats.candidatesByRoleFamily(), this.stats.candidatesByBasin(),
      this.stats.hiresByRoleFamily(), this.stats.hiresByBasin(),
    ]);
    return {
      generatedAt: new Date().toISOString(),
      minCount: STATS_MIN_COUNT,
      candidatesRegistered: suppressFigure(totals.candidates),
      companiesRegistered: suppressFigure(totals.companies),
      hires: suppressFigure(totals.hires),
      candidatesByRoleFamily: suppressCells(candRf),
      candidatesByBasin: suppressCells(candBasin),
      hiresByRoleFamily: suppressCells(hireRf),
      hiresByBasin: suppressCells(hireBasin),
    };
  }
}
