import { Module } from '@nestjs/common';
import { OfferFeedService } from './offer-feed.service';
import { OfferLifecycleService } from './offer-lifecycle.service';
import { OfferSearchRepository } from './offer-search.repository';
import { CompanyOffersController, OffersController } from './offers.controller';
import { OffersService } from './offers.service';
import { PublicOffersController } from './public-offers.controller';

/** PublicOffersController first: its static routes (feed.json, feed.csv) must not be read as `:id`. */
@Module({
  controllers: [PublicOffersController, OffersController, CompanyOffersController],
  providers: [OffersService, OfferLifecycleService, OfferSearchRepository, OfferFeedService],
  exports: [OffersService, OfferLifecycleService],
})
export class OffersModule {}
