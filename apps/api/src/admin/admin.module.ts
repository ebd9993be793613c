import { Module } from '@nestjs/common';
import { AdminCompaniesController } from './admin-companies.controller';
import { AdminCompaniesService } from './admin-companies.service';
import { AdminUsersController } from './admin-users.controller';
import { AdminUsersRepository } from './admin-users.repository';

@Module({
  controllers: [AdminUsersController, AdminCompaniesController],
  providers: [AdminUsersRepository, AdminCompaniesService],
})
export class AdminModule {}
