import { Body, Controller, Get, Param, Patch, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AdminUserItem, Paginated } from '@talents/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/decorators';
import { UuidParamPipe } from '../companies/uuid-param.pipe';
import { AdminUsersRepository } from './admin-users.repository';
import { AdminUsersService, toAdminUserItem } from './admin-users.service';
import { AdminUsersQueryDto, AdminUserUpdateDto } from './dto';

/** Operator's user directory (support, moderation) and account suspension. Admins only. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('ADMIN')
@Controller('admin/users')
export class AdminUsersController {
  constructor(
    private readonly users: AdminUsersRepository,
    private readonly service: AdminUsersService,
  ) {}

  @Get()
  async list(@Query() query: AdminUsersQueryDto): Promise<Paginated<AdminUserItem>> {
    const { items, total } = await this.users.list(query);
    return { items: items.map(toAdminUserItem), total, page: query.page, pageSize: query.pageSize };
  }

  /** `{suspended: true, reason}` suspends (sessions end at once); `{suspended: false}` reinstates. */
  @Patch(':id')
  update(
    @CurrentUser() admin: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: AdminUserUpdateDto,
    @Req() request: FastifyRequest,
  ): Promise<AdminUserItem> {
    return this.service.update(admin, id, body, request.ip);
  }
}
