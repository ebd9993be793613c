import { Module } from '@nestjs/common';
import { CompaniesController, InvitationsController } from './companies.controller';
import { CompaniesService } from './companies.service';
import { InvitationsService } from './invitations.service';

@Module({
  controllers: [CompaniesController, InvitationsController],
  providers: [CompaniesService, InvitationsService],
})
export class CompaniesModule {}
