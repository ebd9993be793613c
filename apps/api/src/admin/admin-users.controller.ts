import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Paginated } from '@talents/shared';
import { Roles } from '../common/auth/decorators';
import { AdminUsersRepository } from './admin-users.repository';
import { AdminUsersQueryDto } from './dto';

/** Operator's user directory (support, moderation). Admins only. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('ADMIN')
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly users: AdminUsersRepository) {}

  @Get()
  async list(@Query() query: AdminUsersQueryDto): Promise<Paginated<unknown>> {
    const { items, total } = await this.users.list(query);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }
}
