/**
 * Starting a bulk import: the CSV goes to the file store, then ONE transaction creates the ImportJob (PENDING),
 * the audit entry and an `import.requested` outbox event. The worker turns that event into a job on the
 * `imports` queue (job id = import id), so an upload accepted while Redis is down is still processed once Redis
 * is back, and the API needs no queue client. Parsing and validation are the worker's (docs/imports.md).
 */
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ImportJobView } from '@talents/shared';
import { recordAudit } from '../common/audit/audit';
import type { AuthUser } from '../common/auth/auth-user';
import { FILE_STORE, type FileStore } from '../common/files/file-store';
import { recordEvent } from '../common/outbox/outbox';
import { PrismaService } from '../common/prisma/prisma.service';
import { toImportJobView } from './import-view';
import { ImportsRepository } from './imports.repository';

@Injectable()
export class ImportsService {
  private readonly logger = new Logger(ImportsService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly repo: ImportsRepository,
    @Inject(FILE_STORE) private readonly files: FileStore,
  ) {}

  async start(admin: AuthUser, upload: { data: Buffer; fileName: string }, ip: string): Promise<ImportJobView> {
    const stored = await this.files.put('imports', upload.data);
    try {
      const job = await this.prisma.$transaction(async (tx) => {
        const created = await this.repo.create(tx, { createdById: admin.id, fileName: upload.fileName, storageKey: stored.key });
        await recordAudit(tx, { actor: admin, action: 'import.create', targetType: 'import', targetId: created.id, metadata: { sizeBytes: stored.sizeBytes }, ip });
        await recordEvent(tx, { type: 'import.requested', aggregateType: 'import', aggregateId: created.id });
        return created;
      });
      return toImportJobView(job);
    } catch (err) {
      // Nothing points at the file: remove it rather than keep personal data nobody will process.
      await this.files.delete(stored.key).catch((cleanup: unknown) => this.logger.error({ err: cleanup }, 'orphan import file not deleted'));
      throw err;
    }
  }
}
