/** HTTP of saved searches: each user their own; admins keep none (403). */
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AlertView, CreateAlertRequest, Paginated } from '@talents/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/decorators';
import { AlertsService } from './alerts.service';
import { AlertIdParamDto, AlertsQueryDto, CreateAlertDto, UpdateAlertDto } from './dto';

@ApiTags('alerts')
@ApiBearerAuth()
@Roles('CANDIDATE', 'RECRUITER')
@Controller('alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  list(@CurrentUser() user: AuthUser, @Query() query: AlertsQueryDto): Promise<Paginated<AlertView>> {
    return this.alerts.list(user, query);
  }

  @Post()
  create(@CurrentUser() user: AuthUser, @Body() body: CreateAlertDto): Promise<AlertView> {
    return this.alerts.create(user, body as CreateAlertRequest);
  }

  @Patch(':id')
  update(@CurrentUser() user: AuthUser, @Param() params: AlertIdParamDto, @Body() body: UpdateAlertDto): Promise<AlertView> {
    return this.alerts.update(user, params.id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@CurrentUser() user: AuthUser, @Param() params: AlertIdParamDto): Promise<void> {
    await this.alerts.remove(user, params.id);
  }
}
