import { Body, Controller, Get, Param, Patch, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { CompanyView, Paginated } from '@talents/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/decorators';
import { UuidParamPipe } from '../companies/uuid-param.pipe';
import { AdminCompaniesQueryDto, AdminCompanyUpdateDto } from './admin-companies.dto';
import { AdminCompaniesService, type AdminCompanyItem } from './admin-companies.service';

/** Company moderation by the operator: list with filters, verify, suspend (with a reason), reinstate. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('ADMIN')
@Controller('admin/companies')
export class AdminCompaniesController {
  constructor(private readonly companies: AdminCompaniesService) {}

  @Get()
  list(@Query() query: AdminCompaniesQueryDto): Promise<Paginated<AdminCompanyItem>> {
    return this.companies.list(query);
  }

  @Patch(':id')
  update(
    @CurrentUser() admin: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: AdminCompanyUpdateDto,
    @Req() request: FastifyRequest,
  ): Promise<CompanyView> {
    return this.companies.update(admin, id, body, request.ip);
  }
}
