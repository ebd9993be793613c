import { Module } from '@nestjs/common';
import { SearchModule } from '../search/search.module';
import { OfferMatchesController, RecommendationsController } from './matching.controller';
import { MatchingRepository } from './matching.repository';
import { MatchingService } from './matching.service';
import { MatchRetrieval } from './retrieval';

/** Offer ↔ candidate matching: engine retrieval + pure scoring (docs/decisions/0008-matching.md). */
@Module({
  imports: [SearchModule],
  controllers: [OfferMatchesController, RecommendationsController],
  providers: [MatchingService, MatchingRepository, MatchRetrieval],
})
export class MatchingModule {}
