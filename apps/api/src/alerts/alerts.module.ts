import { Module } from '@nestjs/common';
import { AlertUnsubscribeController } from './alert-unsubscribe.controller';
import { AlertUnsubscribeService } from './alert-unsubscribe.service';
import { AlertsController } from './alerts.controller';
import { AlertsRepository } from './alerts.repository';
import { AlertsService } from './alerts.service';

@Module({
  // The unsubscribe controller first: its static path must not be read as an alert id.
  controllers: [AlertUnsubscribeController, AlertsController],
  providers: [AlertsRepository, AlertsService, AlertUnsubscribeService],
})
export class AlertsModule {}
