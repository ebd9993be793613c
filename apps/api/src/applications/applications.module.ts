import { Module } from '@nestjs/common';
import { ApplicationsController } from './applications.controller';
import { ApplicationsRepository } from './applications.repository';
import { ApplyToOffer } from './use-cases/apply-to-offer';
import { ChangeApplicationStatus } from './use-cases/change-application-status';
import { GetApplication } from './use-cases/get-application';
import { ListApplications } from './use-cases/list-applications';

@Module({
  controllers: [ApplicationsController],
  providers: [ApplicationsRepository, ApplyToOffer, ListApplications, GetApplication, ChangeApplicationStatus],
})
export class ApplicationsModule {}
