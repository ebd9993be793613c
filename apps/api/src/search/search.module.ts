/**
 * Provides the search engine chosen by the configuration (SEARCH_ENGINE) and the indexer. Settings are
 * applied at start; an unreachable Meilisearch does not stop the API (health reports search: down).
 */
import { Inject, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { PrismaService } from '../common/prisma/prisma.service';
import { IndexerService } from './indexer.service';
import { SEARCH_ENGINE, createSearchEngine, type SearchEngine } from '@talents/search';

@Module({
  providers: [
    {
      provide: SEARCH_ENGINE,
      inject: [APP_CONFIG, PrismaService],
      useFactory: (config: AppConfig, prisma: PrismaService) => createSearchEngine(config, prisma),
    },
    IndexerService,
  ],
  exports: [SEARCH_ENGINE, IndexerService],
})
export class SearchModule implements OnApplicationBootstrap {
  private readonly logger = new Logger(SearchModule.name);

  constructor(@Inject(SEARCH_ENGINE) private readonly engine: SearchEngine) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.engine.applySettings();
    } catch (err) {
      this.logger.error(`search settings not applied (${this.engine.kind}): ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}
