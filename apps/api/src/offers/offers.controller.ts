import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { OfferView, Paginated } from '@talents/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/decorators';
import { UuidParamPipe } from '../companies/uuid-param.pipe';
import { CloseOfferDto, CompanyOffersQueryDto, CreateOfferDto, OfferViewDto, UpdateOfferDto } from './dto';
import { OfferLifecycleService } from './offer-lifecycle.service';
import { OffersService } from './offers.service';

/** Recruiter side: drafting, editing and the lifecycle. Only members of the offer's company (403 otherwise). */
@ApiTags('offers')
@ApiBearerAuth()
@Roles('RECRUITER')
@Controller('offers')
export class OffersController {
  constructor(
    private readonly offers: OffersService,
    private readonly lifecycle: OfferLifecycleService,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: OfferViewDto })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateOfferDto): Promise<OfferView> {
    return this.offers.create(user, body);
  }

  @Patch(':id')
  @ApiOkResponse({ type: OfferViewDto })
  update(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() body: UpdateOfferDto): Promise<OfferView> {
    return this.offers.update(user, id, body);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOkResponse({ type: OfferViewDto })
  publish(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<OfferView> {
    return this.lifecycle.publish(user, id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOkResponse({ type: OfferViewDto })
  close(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() body: CloseOfferDto): Promise<OfferView> {
    return this.lifecycle.close(user, id, body.reason);
  }
}

/** A company's offers in every state, for its members (and admins). */
@ApiTags('offers')
@ApiBearerAuth()
@Roles('RECRUITER', 'ADMIN')
@Controller('companies')
export class CompanyOffersController {
  constructor(private readonly offers: OffersService) {}

  @Get(':id/offers')
  list(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Query() query: CompanyOffersQueryDto): Promise<Paginated<OfferView>> {
    return this.offers.listForCompany(user, id, query);
  }
}
