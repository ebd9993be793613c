/**
 * Audit trail of admin actions and of access to personal data (who, what, when). The table is append-only at
 * the database level (trigger in the initial migration). Metadata holds ids and reasons, never personal data.
 */
import type { Prisma } from '@talents/db';
import type { AuthUser } from '../auth/auth-user';

export interface AuditEntry {
  actor: AuthUser | null;
  /** Dotted verb: "company.verify", "candidate.view", "candidate.cv.download", "user.suspend". */
  action: string;
  targetType: string;
  targetId: string;
  metadata?: Prisma.InputJsonObject;
  ip?: string;
}

export async function recordAudit(db: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorRole: entry.actor?.role ?? null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      metadata: entry.metadata ?? {},
      ip: entry.ip?.slice(0, 45),
    },
  });
}
