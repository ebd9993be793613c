import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AdminModule } from './admin/admin.module';
import { AuthModule } from './auth/auth.module';
import { CompanyAccessModule } from './common/auth/company-access.module';
import { JwtAuthGuard } from './common/auth/jwt-auth.guard';
import { RolesGuard } from './common/auth/roles.guard';
import { APP_CONFIG, type AppConfig } from './common/config/app-config';
import { ConfigModule } from './common/config/config.module';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { loggerOptions } from './common/http/logger-options';
import { PrismaModule } from './common/prisma/prisma.module';
import { RedisModule } from './common/redis/redis.module';
import { ZodValidationPipe } from './common/validation/zod-validation.pipe';
import { HealthModule } from './health/health.module';
import { MailModule } from './mail/mail.module';
import { CompaniesModule } from './companies/companies.module';
import { OffersModule } from './offers/offers.module';
import { ApplicationsModule } from './applications/applications.module';
import { ContactRequestsModule } from './contact-requests/contact-requests.module';
import { NotificationsModule } from './notifications/notifications.module';
import { KpisModule } from './kpis/kpis.module';
import { StatsModule } from './stats/stats.module';
import { CandidatesModule } from './candidates/candidates.module';
import { TalentsModule } from './talents/talents.module';
import { GdprModule } from './gdpr/gdpr.module';
import { MetricsModule } from './metrics/metrics.module';
import { MatchingModule } from './matching/matching.module';
import { ImportsModule } from './imports/imports.module';
import { AlertsModule } from './alerts/alerts.module';
import { QueuesModule } from './queues/queues.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot(config), ...FEATURES],
      providers: GLOBALS,
    };
  }
}

const FEATURES = [
  LoggerModule.forRootAsync({ inject: [APP_CONFIG], useFactory: (config: AppConfig) => loggerOptions(config) }),
  PrismaModule,
  RedisModule,
  QueuesModule,
  MailModule,
  CompanyAccessModule,
  AuthModule,
  AdminModule,
  HealthModule,
  // Feature modules of the marketplace are added below, one line each.
  CompaniesModule,
  OffersModule,
  ApplicationsModule,
  ContactRequestsModule,
  NotificationsModule,
  KpisModule,
  StatsModule,
  CandidatesModule,
  TalentsModule,
  GdprModule,
  MatchingModule,
  MetricsModule,
  ImportsModule,
  AlertsModule,
];

/** Every route: zod validation, JWT unless @Public(), @Roles() checks, one error shape. */
const GLOBALS = [
  { provide: APP_PIPE, useClass: ZodValidationPipe },
  { provide: APP_GUARD, useClass: JwtAuthGuard },
  { provide: APP_GUARD, useClass: RolesGuard },
  { provide: APP_FILTER, useClass: AllExceptionsFilter },
];
