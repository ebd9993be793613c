/**
 * Right to erasure (GDPR art. 17). Everything personal goes in ONE transaction, most of it through the foreign
 * keys of prisma/schema.prisma (DELETE FROM users cascades to sessions, tokens, profile and its children,
 * applications, contact requests received, memberships, alerts, notifications), while rows that feed anonymous
 * statistics or the audit trail only lose their link (hires, offers, audit entries: ON DELETE SET NULL).
 * What no foreign key reaches is removed here explicitly: invitations addressed to the e-mail, the search
 * document, alert matches pointing at the profile. The CV file and the external search engine are outside the
 * database, so they are cleaned after the commit; a failure there is logged and the `user.erased` outbox event
 * lets the worker retry. See docs/decisions/0009-erasure.md.
 */
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Prisma } from '@talents/db';
import { recordAudit } from '../common/audit/audit';
import type { AuthUser } from '../common/auth/auth-user';
import { AppError, AppErrorCode } from '../common/errors/app-error';
import { FILE_STORE, type FileStore } from '../common/files/file-store';
import { recordEvent } from '../common/outbox/outbox';
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
    // Re-read under a row lock: a concurrent erasure or role change of the same account waits for us.
    const [row] = await tx.$queryRaw<{ email: string; role: string }[]>`SELECT email, role::text AS role FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
    if (!row) throw new AppError(AppErrorCode.UNAUTHENTICATED);
    if (row.role === 'ADMIN') await assertNotLastAdmin(tx, userId);

    const profile = await tx.candidateProfile.findUnique({ where: { userId }, select: { id: true, cvStorageKey: true } });
    await handOverOwnership(tx, userId);

    // Not reached by any foreign key: pending invitations name the person by address.
    await tx.companyInvitation.deleteMany({ where: { email: row.email } });
    if (profile) {
      // The PostgreSQL engine's document has no foreign key (a derived index must not block erasure), so it goes
      // here, in the same transaction; syncCandidate after the commit covers an external engine as well.
      await tx.$executeRaw`DELETE FROM search_candidates WHERE id = ${profile.id}::uuid`;
      // Other people's talent alerts remember which candidates they were told about.
      await tx.alertDelivery.deleteMany({ where: { itemId: profile.id } });
    }

    // Without personal data: the old id (already meaningless once the row is gone) and the role.
    await recordAudit(tx, { actor: null, action: 'user.erase', targetType: 'user', targetId: userId, metadata: { role: row.role } });
    await recordEvent(tx, { type: 'user.erased', aggregateType: 'user', aggregateId: userId, payload: { candidateId: profile?.id ?? null } });
    await tx.user.delete({ where: { id: userId } });
    return { role: row.role, profileId: profile?.id ?? null, cvKey: profile?.cvStorageKey ?? null };
  }
}

async function assertNotLastAdmin(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  // Locking every admin row serialises two admins erasing themselves at once: the second sees the first gone.
  const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE role = 'ADMIN' AND archived_at IS NULL FOR UPDATE`;
  if (!admins.some((a) => a.id !== userId)) {
    throw new AppError(AppErrorCode.CONFLICT, [{ field: 'role', message: 'account.lastAdmin' }]);
  }
}

/**
 * A company is an organisation, not personal data: it stays. Where the person was the only owner and colleagues
 * remain, the longest-standing member becomes owner so the company can still be managed; where they were the
 * last member, the company is left without members (an admin can see it in moderation).
 */
async function handOverOwnership(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  const owned = await tx.companyMembership.findMany({ where: { userId, role: 'OWNER' }, select: { companyId: true } });
  for (const { companyId } of owned) {
    const others = await tx.companyMembership.findMany({ where: { companyId, userId: { not: userId } }, orderBy: { createdAt: 'asc' } });
    if (others.length === 0 || others.some((m) => m.role === 'OWNER')) continue;
    const heir = others[0]!;
    await tx.companyMembership.update({ where: { id: heir.id }, data: { role: 'OWNER' } });
    await recordEvent(tx, { type: 'company.owner-changed', aggregateType: 'company', aggregateId: companyId, payload: { userId: heir.userId } });
  }
}
