/**
 * Right to erasure (GDPR art. 17). Everything personal goes in ONE transaction (removePersonalData in
 * @talents/db, shared with the worker's retention job): DELETE FROM users cascades to sessions, tokens, profile
 * and its children, applications, contact requests received, memberships, alerts, notifications, while rows that
 * feed anonymous statistics or the audit trail only lose their link (hires, offers, audit entries). The CV file
 * and the external search engine are outside the database, so they are cleaned after the commit; a failure there
 * is logged and the `user.erased` outbox event lets the worker retry. See docs/decisions/0009-erasure.md.
 */
import { Inject, Injectable, Logger } from '@nestjs/common';
import { lockAccount, Prisma, removePersonalData } from '@talents/db';
import { recordAudit } from '../common/audit/audit';
import type { AuthUser } from '../common/auth/auth-user';
import { AppError, AppErrorCode } from '../common/errors/app-error';
import { FILE_STORE, type FileStore } from '../common/files/file-store';
import { PrismaService } from '../common/prisma/prisma.service';
import { verifyPassword } from '../auth/secrets';
import { IndexerService } from '../search/indexer.service';

@Injectable()
export class AccountErasureService {
  private readonly logger = new Logger(AccountErasureService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly indexer: IndexerService,
    @Inject(FILE_STORE) private readonly files: FileStore,
  ) {}

  async erase(caller: AuthUser, password: string): Promise<void> {
    const user = await this.prisma.user.findUnique({ where: { id: caller.id }, select: { passwordHash: true } });
    if (!user) throw new AppError(AppErrorCode.UNAUTHENTICATED);
    if (!(await verifyPassword(user.passwordHash, password))) throw new AppError(AppErrorCode.INVALID_CREDENTIALS);

    const erased = await this.prisma.$transaction((tx) => this.eraseIn(tx, caller.id), { timeout: 30_000 });

    // After the commit: the database no longer points at these, so a failure leaves an orphan (logged, retried).
    if (erased.cvKey) {
      await this.files.delete(erased.cvKey).catch((err: unknown) => this.logger.error({ err, userId: caller.id }, 'CV file not deleted after erasure'));
    }
    if (erased.profileId) {
      await this.indexer
        .syncCandidate(erased.profileId)
        .catch((err: unknown) => this.logger.error({ err, candidateId: erased.profileId }, 'search document not removed after erasure; the worker retries'));
    }
    this.logger.log({ role: erased.role }, 'account erased');
  }

  private async eraseIn(tx: Prisma.TransactionClient, userId: string) {
    const row = await lockAccount(tx, userId);
    if (!row) throw new AppError(AppErrorCode.UNAUTHENTICATED);
    if (row.role === 'ADMIN') await assertNotLastAdmin(tx, userId);
    const removed = await removePersonalData(tx, userId, 'erase');
    if (!removed) throw new AppError(AppErrorCode.UNAUTHENTICATED);
    // Without personal data: the old id (already meaningless once the row is gone) and the role.
    await recordAudit(tx, { actor: null, action: 'user.erase', targetType: 'user', targetId: userId, metadata: { role: removed.role } });
    return removed;
  }
}

async function assertNotLastAdmin(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  // Locking every admin row serialises two admins erasing themselves at once: the second sees the first gone.
  const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE role = 'ADMIN' AND archived_at IS NULL FOR UPDATE`;
  if (!admins.some((a) => a.id !== userId)) {
    throw new AppError(AppErrorCode.CONFLICT, [{ field: 'role', message: 'account.lastAdmin' }]);
  }
}
