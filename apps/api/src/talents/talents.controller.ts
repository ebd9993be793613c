import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { TalentsPage } from '@talents/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CompanyAccess } from '../common/auth/company-access';
import { CurrentUser, Roles } from '../common/auth/decorators';
import { TalentsQueryDto } from './dto';
import { TalentsService } from './talents.service';

/** The talent catalogue: recruiters of a verified company, and admins. */
@ApiTags('talents')
@ApiBearerAuth()
@Controller('talents')
export class TalentsController {
  constructor(
    private readonly talents: TalentsService,
    private readonly access: CompanyAccess,
  ) {}

  @Roles('RECRUITER', 'ADMIN')
  @Get()
  async search(@CurrentUser() user: AuthUser, @Query() query: TalentsQueryDto): Promise<TalentsPage> {
    if (user.role === 'RECRUITER') await this.access.requireAnyVerifiedCompany(user);
    return this.talents.search(query);
  }
}
