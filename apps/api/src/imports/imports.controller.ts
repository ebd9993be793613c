/** Bulk candidate import for partners (schools, bootcamps), run by an admin. Contract: @talents/shared imports.ts. */
import { Controller, Get, Header, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { IMPORT_MAX_FILE_BYTES, type ImportJobView, type Paginated } from '@talents/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/decorators';
import { AppError, AppErrorCode } from '../common/errors/app-error';
import { readFileUpload, safeFileName } from '../common/http/file-upload';
import { ImportIdParamDto, ImportsQueryDto } from './dto';
import { importTemplateCsv } from './import-template';
import { toImportJobView } from './import-view';
import { ImportsRepository } from './imports.repository';
import { ImportsService } from './imports.service';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('ADMIN')
@Controller('admin/imports')
export class ImportsController {
  constructor(
    private readonly service: ImportsService,
    private readonly repo: ImportsRepository,
  ) {}

  /** multipart/form-data, field `file`: the CSV (10 MB at most). 202: the worker validates and imports it. */
  @Post('candidates')
  @HttpCode(202)
  @ApiConsumes('multipart/form-data')
  async start(@CurrentUser() admin: AuthUser, @Req() request: FastifyRequest): Promise<ImportJobView> {
    const upload = await readFileUpload(request, { maxBytes: IMPORT_MAX_FILE_BYTES, missingMessage: 'import.fileRequired', tooLargeMessage: 'import.fileTooLarge' });
    return this.service.start(admin, { data: upload.data, fileName: safeFileName(upload.rawFileName, 'import.csv') }, request.ip);
  }

  @Get()
  @Header('Cache-Control', 'no-store')
  async list(@Query() query: ImportsQueryDto): Promise<Paginated<ImportJobView>> {
    const { items, total } = await this.repo.list(query);
    return { items: items.map((job) => toImportJobView(job)), total, page: query.page, pageSize: query.pageSize };
  }

  /** Declared before `:id` so that the literal path wins. */
  @Get('template.csv')
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="modele-import-candidats.csv"')
  template(): string {
    return importTemplateCsv();
  }

  /** Progress (processed / total) while it runs, then the outcome with every bad row, ordered by row. */
  @Get(':id')
  @Header('Cache-Control', 'no-store')
  async get(@Param() params: ImportIdParamDto): Promise<ImportJobView> {
    const job = await this.repo.findWithErrors(params.id);
    if (!job) throw new AppError(AppErrorCode.NOT_FOUND);
    return toImportJobView(job, job.rowErrors);
  }
}
