/**
 * /candidates: the candidate's own profile (me), and a candidate as a recruiter or admin may see it (:id).
 * Static "me" routes win over ":id" in Fastify's router whatever the declaration order.
 */
import { Body, Controller, Get, HttpCode, Param, Post, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { JsonResumeImportResult, OwnerProfile, ViewerProfile } from '@talents/shared';
import { CurrentUser, Roles } from '../common/auth/decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { CandidatesService } from './candidates.service';
import { CandidateJsonResumeService } from './candidate-json-resume.service';
import {
  CandidateIdParamDto, CandidateProfileInputDto, JsonResumeDocumentDto, JsonResumeImportResultDto, OwnerProfileDto, ViewerProfileDto,
} from './dto';

@ApiTags('candidates')
@ApiBearerAuth()
@Controller('candidates')
export class CandidatesController {
  constructor(
    private readonly candidates: CandidatesService,
    private readonly jsonResume: CandidateJsonResumeService,
  ) {}

  /** Always 200: `exists: false` with empty fields before the first save. */
  @Get('me')
  @Roles('CANDIDATE')
  @ApiOkResponse({ type: OwnerProfileDto })
  getMine(@CurrentUser() user: AuthUser): Promise<OwnerProfile> {
    return this.candidates.getMine(user);
  }

  /** Replaces the whole profile (absent optional fields are cleared). */
  @Put('me')
  @Roles('CANDIDATE')
  @ApiOkResponse({ type: OwnerProfileDto })
  replaceMine(@CurrentUser() user: AuthUser, @Body() body: CandidateProfileInputDto): Promise<OwnerProfile> {
    return this.candidates.replaceMine(user, body);
  }

  @Get('me/json-resume')
  @Roles('CANDIDATE')
  exportJsonResume(@CurrentUser() user: AuthUser) {
    return this.jsonResume.export(user);
  }

  @Post('me/json-resume')
  @HttpCode(200)
  @Roles('CANDIDATE')
  @ApiOkResponse({ type: JsonResumeImportResultDto })
  importJsonResume(@CurrentUser() user: AuthUser, @Body() body: JsonResumeDocumentDto): Promise<JsonResumeImportResult> {
    return this.jsonResume.import(user, body);
  }

  /** 404 for hidden profiles (and unknown ids); masked for anonymous ones without consent; never the gender. */
  @Get(':id')
  @Roles('RECRUITER', 'ADMIN')
  @ApiOkResponse({ type: ViewerProfileDto })
  view(@CurrentUser() user: AuthUser, @Param() params: CandidateIdParamDto, @Req() request: FastifyRequest): Promise<ViewerProfile> {
    return this.candidates.viewAs(user, params.id, request.ip);
  }
}
