import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuditLogItem, Paginated } from '@talents/shared';
import { Roles } from '../common/auth/decorators';
import { AdminAuditRepository } from './admin-audit.repository';
import { AuditLogQueryDto } from './dto';

/** The audit trail (admin actions, access to personal data), read-only: the table itself is append-only. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('ADMIN')
@Controller('admin/audit-log')
export class AdminAuditController {
  constructor(private readonly audit: AdminAuditRepository) {}

  @Get()
  list(@Query() query: AuditLogQueryDto): Promise<Paginated<AuditLogItem>> {
    return this.audit.list(query);
  }
}
