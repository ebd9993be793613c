/**
 * In-app notifications of the calling user. Another user's notification answers 404, as if it did not exist:
 * notification ids are nobody else's business.
 */
import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { NotificationList, NotificationView } from '@talents/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/decorators';
import { AppError, AppErrorCode } from '../common/errors/app-error';
import { NotificationIdParamDto, NotificationListDto, NotificationViewDto, NotificationsQueryDto } from './dto';
import { NotificationsRepository, type NotificationRow } from './notifications.repository';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsRepository) {}

  @Get()
  @ApiOkResponse({ type: NotificationListDto })
  async list(@CurrentUser() user: AuthUser, @Query() query: NotificationsQueryDto): Promise<NotificationList> {
    const { rows, total, unreadCount } = await this.notifications.list(user.id, query.unread === true, query.page, query.pageSize);
    return { items: rows.map(toView), total, page: query.page, pageSize: query.pageSize, unreadCount };
  }

  @Post('read-all')
  @HttpCode(200)
  async readAll(@CurrentUser() user: AuthUser): Promise<{ updated: number }> {
    return { updated: await this.notifications.markAllRead(user.id) };
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationViewDto })
  async read(@CurrentUser() user: AuthUser, @Param() params: NotificationIdParamDto): Promise<NotificationView> {
    const row = await this.notifications.markRead(user.id, params.id);
    if (!row) throw new AppError(AppErrorCode.NOT_FOUND);
    return toView(row);
  }
}

function toView(row: NotificationRow): NotificationView {
  return {
    id: row.id,
    type: row.type,
    payload: (row.payload ?? {}) as Record<string, unknown>,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
