import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { KpiDocument } from '@talents/shared';
import { Roles } from '../common/auth/decorators';
import { KpiQueryDto } from './dto';
import { kpisToCsv } from './kpis-csv';
import { KpisService } from './kpis.service';

/** The operator's KPI panel and its spreadsheet export (reports to funders). Admins only. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('ADMIN')
@Controller('admin/kpis')
export class KpisController {
  constructor(private readonly kpis: KpisService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  document(@Query() query: KpiQueryDto): Promise<KpiDocument> {
    return this.kpis.document(query);
  }

  @Get('export.csv')
  @ApiProduces('text/csv')
  @Header('Cache-Control', 'no-store')
  async exportCsv(@Query() query: KpiQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const doc = await this.kpis.document(query);
    // Set only once the document exists: a CSV content type on an error body made Fastify answer 500.
    reply.header('Content-Type', 'text/csv; charset=utf-8');
    reply.header('Content-Disposition', `attachment; filename="kpis-${doc.window.from}_${doc.window.to}.csv"`);
    return kpisToCsv(doc);
  }
}
