/**
 * HTTP of the application pipeline. Full paths on purpose: applying lives under /offers/:id but belongs to
 * this domain (OffersController stays the offers' own). Admins get 403: they follow the pipeline through
 * aggregate KPIs, not individual files (docs/decisions/0006-application-pipeline.md).
 */
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ApplicationView, Paginated } from '@talents/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/decorators';
import {
  ApplicationIdParamDto, ApplicationListDto, ApplicationViewDto, ApplicationsQueryDto, ApplyDto, UpdateApplicationDto,
} from './dto';
import { ApplyToOffer } from './use-cases/apply-to-offer';
import { ChangeApplicationStatus } from './use-cases/change-application-status';
import { GetApplication } from './use-cases/get-application';
import { ListApplications } from './use-cases/list-applications';

@ApiTags('applications')
@ApiBearerAuth()
@Controller()
export class ApplicationsController {
  constructor(
    private readonly applyToOffer: ApplyToOffer,
    private readonly listApplications: ListApplications,
    private readonly getApplication: GetApplication,
    private readonly changeStatus: ChangeApplicationStatus,
  ) {}

  @Post('offers/:id/applications')
  @Roles('CANDIDATE')
  @ApiCreatedResponse({ type: ApplicationViewDto })
  apply(@CurrentUser() user: AuthUser, @Param() params: ApplicationIdParamDto, @Body() body: ApplyDto): Promise<ApplicationView> {
    return this.applyToOffer.execute(user, params.id, body);
  }

  @Get('applications')
  @Roles('CANDIDATE', 'RECRUITER')
  @ApiOkResponse({ type: ApplicationListDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ApplicationsQueryDto): Promise<Paginated<ApplicationView>> {
    return this.listApplications.execute(user, query);
  }

  @Get('applications/:id')
  @Roles('CANDIDATE', 'RECRUITER')
  @ApiOkResponse({ type: ApplicationViewDto })
  get(@CurrentUser() user: AuthUser, @Param() params: ApplicationIdParamDto): Promise<ApplicationView> {
    return this.getApplication.execute(user, params.id);
  }

  @Patch('applications/:id')
  @Roles('CANDIDATE', 'RECRUITER')
  @ApiOkResponse({ type: ApplicationViewDto })
  update(@CurrentUser() user: AuthUser, @Param() params: ApplicationIdParamDto, @Body() body: UpdateApplicationDto): Promise<ApplicationView> {
    return this.changeStatus.execute(user, params.id, body);
  }
}
