import { Global, Module } from '@nestjs/common';
import { QueueDashboardController } from './queue-dashboard.controller';
import { QueueRegistry } from './queue-registry.service';

/** The worker's queues seen from the API: health depth, admin dashboard (mounted by app.factory.ts). */
@Global()
@Module({ controllers: [QueueDashboardController], providers: [QueueRegistry], exports: [QueueRegistry] })
export class QueuesModule {}
