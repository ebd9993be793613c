import { Controller, Get, Header } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { PublicStats } from '@talents/shared';
import { Public } from '../common/auth/decorators';
import { STATS_CACHE_TTL_SECONDS, StatsService } from './stats.service';

/** Anonymous aggregates for funders and partners (small counts suppressed, see suppression.ts). */
@ApiTags('stats')
@Public()
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get()
  @Header('Cache-Control', `public, max-age=${STATS_CACHE_TTL_SECONDS}`)
  get(): Promise<PublicStats> {
    return this.stats.publicStats();
  }
}
