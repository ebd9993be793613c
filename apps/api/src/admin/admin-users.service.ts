/**
 * Suspension of an account by the operator. Suspending ends every session at once: refresh tokens are revoked
 * and the JWT strategy re-reads the user on each request, so even a live access token stops working. The
 * change, its audit entry and its outbox event are one transaction; setting the state it already has is a no-op.
 */
import { Injectable } from '@nestjs/common';
import type { AdminUserItem, AdminUserUpdate, UserRole } from '@talents/shared';
import { recordAudit } from '../common/audit/audit';
import type { AuthUser } from '../common/auth/auth-user';
import { AppError, AppErrorCode } from '../common/errors/app-error';
import { recordEvent } from '../common/outbox/outbox';
import { PrismaService } from '../common/prisma/prisma.service';
import { ADMIN_USER_SELECT, type AdminUserRow } from './admin-users.repository';

@Injectable()
export class AdminUsersService {
  constructor(private readonly prisma: PrismaService) {}

  async update(admin: AuthUser, userId: string, input: AdminUserUpdate, ip?: string): Promise<AdminUserItem> {
    // An admin locking themselves out (possibly the last one) could only be undone from the CLI.
    if (userId === admin.id) throw new AppError(AppErrorCode.CONFLICT, [{ field: 'id', message: 'suspension.self' }]);
    const row = await this.prisma.$transaction(async (tx) => {
      const current = await tx.user.findUnique({ where: { id: userId }, select: { suspendedAt: true } });
      if (!current) throw new AppError(AppErrorCode.NOT_FOUND);
      if (input.suspended && !current.suspendedAt) {
        const now = new Date();
        await tx.user.update({ where: { id: userId }, data: { suspendedAt: now, suspensionReason: input.reason ?? null } });
        await tx.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
        await recordAudit(tx, { actor: admin, action: 'user.suspend', targetType: 'user', targetId: userId, metadata: { reason: input.reason ?? null }, ip });
        await recordEvent(tx, { type: 'user.suspended', aggregateType: 'user', aggregateId: userId });
      } else if (!input.suspended && current.suspendedAt) {
        await tx.user.update({ where: { id: userId }, data: { suspendedAt: null, suspensionReason: null } });
        await recordAudit(tx, { actor: admin, action: 'user.reinstate', targetType: 'user', targetId: userId, ip });
        await recordEvent(tx, { type: 'user.reinstated', aggregateType: 'user', aggregateId: userId });
      }
      return tx.user.findUniqueOrThrow({ where: { id: userId }, select: ADMIN_USER_SELECT });
    });
    return toAdminUserItem(row);
  }
}

export function toAdminUserItem(row: AdminUserRow): AdminUserItem {
  return {
    id: row.id,
    email: row.email,
    role: row.role as UserRole,
    locale: row.locale,
    emailVerifiedAt: row.emailVerifiedAt?.toISOString() ?? null,
    suspendedAt: row.suspendedAt?.toISOString() ?? null,
    suspensionReason: row.suspensionReason,
    createdAt: row.createdAt.toISOString(),
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
  };
}
