/**
 * Public unsubscribe link of alert mails. GET shows what the link would turn off (for the web confirmation page,
 * and harmless when a mail scanner prefetches it); POST turns it off. Mail clients honouring
 * `List-Unsubscribe-Post: List-Unsubscribe=One-Click` POST a form body, which is accepted here and ignored: the
 * signed token in the query string is the whole authorisation.
 */
import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiTags } from '@nestjs/swagger';
import type { UnsubscribePreview } from '@talents/shared';
import { Public } from '../common/auth/decorators';
import { AlertUnsubscribeService } from './alert-unsubscribe.service';
import { UnsubscribeQueryDto } from './dto';

/** The one route that accepts (and ignores) any request body (see common/http/lenient-body.ts). */
export const UNSUBSCRIBE_PATH = '/api/alerts/unsubscribe';

@ApiTags('alerts')
@Public()
@Controller('alerts/unsubscribe')
export class AlertUnsubscribeController {
  constructor(private readonly unsubscribes: AlertUnsubscribeService) {}

  @Get()
  @RouteConfig({ rateLimit: 'auth' })
  preview(@Query() query: UnsubscribeQueryDto): Promise<UnsubscribePreview> {
    return this.unsubscribes.preview(query.token);
  }

  @Post()
  @HttpCode(200)
  @RouteConfig({ rateLimit: 'auth' })
  unsubscribe(@Query() query: UnsubscribeQueryDto): Promise<UnsubscribePreview> {
    return this.unsubscribes.unsubscribe(query.token);
  }
}
