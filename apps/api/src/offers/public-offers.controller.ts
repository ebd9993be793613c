import { Controller, Get, Header, Param, Query, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { OfferView } from '@talents/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Public } from '../common/auth/decorators';
import { UuidParamPipe } from '../companies/uuid-param.pipe';
import { OfferWithJsonLdDto, OffersPageDto, OffersQueryDto } from './dto';
import type { JobPosting } from './offer-json-ld';
import { OfferFeedService } from './offer-feed.service';
import { OfferSearchService, type OffersPage } from './offer-search.service';
import { OffersService } from './offers.service';
import { OptionalJwtGuard } from './optional-jwt.guard';

/** Anyone: search (on the search engine), one offer (with JSON-LD) and the aggregator feeds. Static routes are declared before `:id`. */
@ApiTags('offers')
@Public()
@Controller('offers')
export class PublicOffersController {
  constructor(
    private readonly search: OfferSearchService,
    private readonly offers: OffersService,
    private readonly feed: OfferFeedService,
  ) {}

  @Get()
  @ApiOkResponse({ type: OffersPageDto })
  list(@Query() query: OffersQueryDto): Promise<OffersPage> {
    return this.search.search(query);
  }

  @Get('feed.json')
  @Header('Cache-Control', 'public, max-age=300')
  feedJson() {
    return this.feed.json();
  }

  @Get('feed.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'inline; filename="offers.csv"')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiProduces('text/csv')
  feedCsv(): Promise<string> {
    return this.feed.csv();
  }

  /** Public when published; members of the company (and admins) see drafts and closed offers; others get 404. */
  @Get(':id')
  @UseGuards(OptionalJwtGuard)
  @ApiOkResponse({ type: OfferWithJsonLdDto })
  get(@CurrentUser() user: AuthUser | null, @Param('id', UuidParamPipe) id: string): Promise<OfferView & { jsonLd: JobPosting | null }> {
    return this.offers.get(user ?? null, id);
  }
}
