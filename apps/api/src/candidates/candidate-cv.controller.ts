/** CV upload and downloads. Multipart is read by hand (pdf-upload.ts) to check the bytes, not the name. */
import { Controller, Get, HttpCode, Param, Post, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { CvInfo } from '@talents/shared';
import { CurrentUser, Roles } from '../common/auth/decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { CandidateCvService } from './candidate-cv.service';
import { readPdfUpload } from './pdf-upload';
import { CandidateIdParamDto, CvInfoDto } from './dto';

@ApiTags('candidates')
@ApiBearerAuth()
@Controller('candidates')
export class CandidateCvController {
  constructor(private readonly cv: CandidateCvService) {}

  /** multipart/form-data, field `file`: a PDF (checked by its %PDF- signature) of 5 MB at most. */
  @Post('me/cv')
  @HttpCode(200)
  @Roles('CANDIDATE')
  @ApiConsumes('multipart/form-data')
  @ApiOkResponse({ type: CvInfoDto })
  async upload(@CurrentUser() user: AuthUser, @Req() request: FastifyRequest): Promise<CvInfo> {
    return this.cv.upload(user, await readPdfUpload(request));
  }

  @Get('me/cv')
  @Roles('CANDIDATE')
  @ApiProduces('application/pdf')
  downloadOwn(@CurrentUser() user: AuthUser): Promise<StreamableFile> {
    return this.cv.downloadOwn(user);
  }

  /** Only for a recruiter whose company got an accepted contact request or an application from the candidate. */
  @Get(':id/cv')
  @Roles('RECRUITER')
  @ApiProduces('application/pdf')
  downloadAs(@CurrentUser() user: AuthUser, @Param() params: CandidateIdParamDto, @Req() request: FastifyRequest): Promise<StreamableFile> {
    return this.cv.downloadAs(user, params.id, request.ip);
  }
}
