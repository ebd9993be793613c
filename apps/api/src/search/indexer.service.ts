/** The indexer (packages/search) as a Nest provider, over the API's Prisma client and configured engine. */
import { Inject, Injectable } from '@nestjs/common';
import { Indexer, SEARCH_ENGINE, type SearchEngine } from '@talents/search';
import { PrismaService } from '../common/prisma/prisma.service';

@Injectable()
export class IndexerService extends Indexer {
  constructor(prisma: PrismaService, @Inject(SEARCH_ENGINE) engine: SearchEngine) {
    super(prisma, engine);
  }
}
