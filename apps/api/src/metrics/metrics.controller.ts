import { Controller, Get, Headers, Inject, NotFoundException, Res, UnauthorizedException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { Public } from '../common/auth/decorators';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { MetricsService } from './metrics.service';

/**
 * GET /api/metrics for Prometheus. With METRICS_TOKEN set, the scraper sends `Authorization: Bearer <token>`;
 * without it the endpoint is open in development and absent (404) in production, so a public deployment never
 * exposes it by accident.
 */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const token = this.config.METRICS_TOKEN;
    if (!token) {
      if (this.config.NODE_ENV === 'production') throw new NotFoundException();
    } else if (!sameSecret(authorization ?? '', `Bearer ${token}`)) {
      throw new UnauthorizedException();
    }
    reply.header('Content-Type', this.metrics.registry.contentType);
    reply.header('Cache-Control', 'no-store');
    return this.metrics.render();
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
