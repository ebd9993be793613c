import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CompanyMemberView, CompanyView, InvitationView, Paginated, PublicCompanyView } from '@talents/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/decorators';
import { CompaniesService } from './companies.service';
import {
  AcceptInvitationDto, CompanyViewDto, CreateCompanyDto, CreateInvitationDto, InvitationEnvelopeDto, MembersPageDto,
  MembersQueryDto, UpdateCompanyDto,
} from './dto';
import { InvitationsService } from './invitations.service';
import { UuidParamPipe } from './uuid-param.pipe';

@ApiTags('companies')
@ApiBearerAuth()
@Controller('companies')
export class CompaniesController {
  constructor(
    private readonly companies: CompaniesService,
    private readonly invitations: InvitationsService,
  ) {}

  @Post()
  @Roles('RECRUITER')
  @ApiCreatedResponse({ type: CompanyViewDto })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateCompanyDto): Promise<CompanyView> {
    return this.companies.create(user, body);
  }

  /** Members and admins get the full record; other users the public card of a verified company (403 otherwise). */
  @Get(':id')
  @ApiOkResponse({ type: CompanyViewDto })
  get(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<CompanyView | PublicCompanyView> {
    return this.companies.get(user, id);
  }

  @Patch(':id')
  @Roles('RECRUITER')
  @ApiOkResponse({ type: CompanyViewDto })
  update(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() body: UpdateCompanyDto): Promise<CompanyView> {
    return this.companies.update(user, id, body);
  }

  @Get(':id/members')
  @Roles('RECRUITER', 'ADMIN')
  @ApiOkResponse({ type: MembersPageDto })
  members(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Query() query: MembersQueryDto): Promise<Paginated<CompanyMemberView>> {
    return this.companies.members(user, id, query);
  }

  @Post(':id/invitations')
  @Roles('RECRUITER')
  @ApiCreatedResponse({ type: InvitationEnvelopeDto })
  async invite(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() body: CreateInvitationDto): Promise<{ invitation: InvitationView }> {
    return { invitation: await this.invitations.invite(user, id, body.email) };
  }
}

@ApiTags('companies')
@ApiBearerAuth()
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  /** The invitee must be logged in as a recruiter with the invited address (register or log in first). */
  @Post('accept')
  @Roles('RECRUITER')
  @ApiOkResponse({ type: CompanyViewDto })
  async accept(@CurrentUser() user: AuthUser, @Body() body: AcceptInvitationDto): Promise<{ company: CompanyView }> {
    return { company: await this.invitations.accept(user, body.token) };
  }
}
