import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { FILE_STORE } from './file-store';
import { LocalFileStore } from '@talents/db';

/** Provides the FileStore; the local disk today, an S3 implementation would be chosen here from the config. */
@Module({
  providers: [{ provide: FILE_STORE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new LocalFileStore(config.FILE_STORE_DIR) }],
  exports: [FILE_STORE],
})
export class FilesModule {}
