import { Module } from '@nestjs/common';
import { SearchModule } from '../search/search.module';
import { TalentsController } from './talents.controller';
import { TalentsService } from './talents.service';

@Module({ imports: [SearchModule], controllers: [TalentsController], providers: [TalentsService] })
export class TalentsModule {}
