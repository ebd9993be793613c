import { Module } from '@nestjs/common';
import { KpiBreakdownsRepository } from './kpi-breakdowns.repository';
import { KpisController } from './kpis.controller';
import { KpisRepository } from './kpis.repository';
import { KpisService } from './kpis.service';

@Module({ controllers: [KpisController], providers: [KpisService, KpisRepository, KpiBreakdownsRepository], exports: [KpisService] })
export class KpisModule {}
