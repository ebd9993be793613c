import { Module } from '@nestjs/common';
import { SearchModule } from '../search/search.module';
import { OfferFeedService } from './offer-feed.service';
import { OfferLifecycleService } from './offer-lifecycle.service';
import { OfferSearchService } from './offer-search.service';
import { CompanyOffersController, OffersController } from './offers.controller';
import { OffersService } from './offers.service';
import { PublicOffersController } from './public-offers.controller';

/** PublicOffersController first: its static routes (feed.json, feed.csv) must not be read as `:id`. */
@Module({
  imports: [SearchModule],
  controllers: [PublicOffersController, OffersController, CompanyOffersController],
  providers: [OffersService, OfferLifecycleService, OfferSearchService, OfferFeedService],
  exports: [OffersService, OfferLifecycleService],
})
export class OffersModule {}
