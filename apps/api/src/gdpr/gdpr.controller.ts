/** /me: the caller's data-subject rights — any role, including admins. */
import { Body, Controller, Delete, Get, Header, HttpCode, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AccountExport } from '@talents/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/decorators';
import { AccountErasureService } from './account-erasure.service';
import { DataExportService } from './data-export.service';
import { DeleteAccountRequestDto } from './dto';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class GdprController {
  constructor(
    private readonly exporter: DataExportService,
    private readonly erasure: AccountErasureService,
  ) {}

  @Get('export')
  @Header('Content-Disposition', 'attachment; filename="banque-des-talents-export.json"')
  @Header('Cache-Control', 'no-store')
  export(@CurrentUser() user: AuthUser, @Req() request: FastifyRequest): Promise<AccountExport> {
    return this.exporter.export(user, request.ip);
  }

  /** Irreversible; the password is asked again. 204, then the session is worthless (the account is gone). */
  @Delete()
  @HttpCode(204)
  async erase(@CurrentUser() user: AuthUser, @Body() body: DeleteAccountRequestDto): Promise<void> {
    await this.erasure.erase(user, body.password);
  }
}
