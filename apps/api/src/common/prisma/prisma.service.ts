/** The one database client of the process, injected wherever a repository needs it (never a global). */
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaClient, createPgAdapter } from '@talents/db';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({ adapter: createPgAdapter(config.DATABASE_URL, { max: config.DATABASE_POOL_SIZE }) });
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}
