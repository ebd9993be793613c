import { Module } from '@nestjs/common';
import { FilesModule } from '../common/files/files.module';
import { SearchModule } from '../search/search.module';
import { AccountErasureService } from './account-erasure.service';
import { DataExportService } from './data-export.service';
import { GdprController } from './gdpr.controller';

/** GET /me/export and DELETE /me (export and erasure of the caller's account). */
@Module({
  imports: [FilesModule, SearchModule],
  controllers: [GdprController],
  providers: [DataExportService, AccountErasureService],
})
export class GdprModule {}
