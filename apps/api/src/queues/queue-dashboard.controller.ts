/** Opens and closes an admin's queue dashboard session (the cookie the dashboard's pages require). */
import { Controller, Delete, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/decorators';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { DASHBOARD_PATH, clearDashboardSession, setDashboardSession } from './dashboard-session';

@ApiTags('operations')
@ApiBearerAuth()
@Roles('ADMIN')
@Controller('admin/queues/session')
export class QueueDashboardController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Sets the 15-minute dashboard cookie; the SPA then opens `url` in a new tab. */
  @Post()
  @HttpCode(200)
  open(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) reply: FastifyReply): { url: string; expiresAt: string } {
    const expires = setDashboardSession(reply, this.config, user.id);
    return { url: `${DASHBOARD_PATH}/`, expiresAt: expires.toISOString() };
  }

  @Delete()
  @HttpCode(204)
  close(@Res({ passthrough: true }) reply: FastifyReply): void {
    clearDashboardSession(reply, this.config);
  }
}
