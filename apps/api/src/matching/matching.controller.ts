/**
 * GET /offers/:id/matches (recruiters of the offer's company, any offer status: matches help before
 * publishing too) and GET /candidates/me/recommendations (candidates). Two controllers because the paths
 * live under two prefixes; Fastify's router prefers these static tails over the other modules' `:id` routes.
 */
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { MatchesResponse, RecommendationsResponse } from '@talents/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/decorators';
import { UuidParamPipe } from '../companies/uuid-param.pipe';
import { MatchesQueryDto } from './dto';
import { MatchingService } from './matching.service';

@ApiTags('matching')
@ApiBearerAuth()
@Controller('offers')
export class OfferMatchesController {
  constructor(private readonly matching: MatchingService) {}

  @Roles('RECRUITER')
  @Get(':id/matches')
  matches(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Query() query: MatchesQueryDto): Promise<MatchesResponse> {
    return this.matching.matches(user, id, query.limit);
  }
}

@ApiTags('matching')
@ApiBearerAuth()
@Controller('candidates')
export class RecommendationsController {
  constructor(private readonly matching: MatchingService) {}

  @Roles('CANDIDATE')
  @Get('me/recommendations')
  recommendations(@CurrentUser() user: AuthUser, @Query() query: MatchesQueryDto): Promise<RecommendationsResponse> {
    return this.matching.recommendations(user, query.limit);
  }
}
