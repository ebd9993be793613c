/** HTTP of contact requests: recruiters send them, the addressed candidate answers, both list theirs. */
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ContactRequestView, Paginated } from '@talents/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/decorators';
import { ContactRequestsService } from './contact-requests.service';
import {
  AnswerContactRequestDto, ContactRequestCandidateParamDto, ContactRequestIdParamDto, ContactRequestListDto,
  ContactRequestViewDto, ContactRequestsQueryDto, CreateContactRequestDto,
} from './dto';

@ApiTags('contact-requests')
@ApiBearerAuth()
@Controller()
export class ContactRequestsController {
  constructor(private readonly contactRequests: ContactRequestsService) {}

  @Post('talents/:candidateId/contact-requests')
  @Roles('RECRUITER')
  @ApiCreatedResponse({ type: ContactRequestViewDto })
  create(
    @CurrentUser() user: AuthUser,
    @Param() params: ContactRequestCandidateParamDto,
    @Body() body: CreateContactRequestDto,
  ): Promise<ContactRequestView> {
    return this.contactRequests.create(user, params.candidateId, body);
  }

  @Get('contact-requests')
  @Roles('CANDIDATE', 'RECRUITER')
  @ApiOkResponse({ type: ContactRequestListDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ContactRequestsQueryDto): Promise<Paginated<ContactRequestView>> {
    return this.contactRequests.list(user, query);
  }

  @Patch('contact-requests/:id')
  @Roles('CANDIDATE')
  @ApiOkResponse({ type: ContactRequestViewDto })
  answer(@CurrentUser() user: AuthUser, @Param() params: ContactRequestIdParamDto, @Body() body: AnswerContactRequestDto): Promise<ContactRequestView> {
    return this.contactRequests.answer(user, params.id, body);
  }
}
