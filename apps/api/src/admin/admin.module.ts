import { Module } from '@nestjs/common';
import { AdminCompaniesController } from './admin-companies.controller';
import { AdminCompaniesService } from './admin-companies.service';
import { AdminUsersController } from './admin-users.controller';
import { AdminUsersRepository } from './admin-users.repository';
import { AdminUsersService } from './admin-users.service';
import { AdminAuditController } from './admin-audit.controller';
import { AdminAuditRepository } from './admin-audit.repository';

@Module({
  controllers: [AdminUsersController, AdminCompaniesController, AdminAuditController],
  providers: [AdminUsersRepository, AdminCompaniesService, AdminUsersService, AdminAuditRepository],
})
export class AdminModule {}
