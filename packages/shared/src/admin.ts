/** Operator endpoints on accounts and the audit trail (GET/PATCH /admin/users, GET /admin/audit-log). */
import { z } from 'zod';
import { Page } from './errors';
import type { UserRole } from './enums';

export const AdminUserUpdate = z
  .strictObject({
    suspended: z.boolean(),
    reason: z.string().trim().min(3).max(500).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.suspended && !body.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'suspension.reasonRequired' });
  });
export type AdminUserUpdate = z.infer<typeof AdminUserUpdate>;

export interface AdminUserItem {
  id: string;
  email: string;
  role: UserRole;
  locale: string;
  emailVerifiedAt: string | null;
  suspendedAt: string | null;
  suspensionReason: string | null;
  createdAt: string;
  lastLoginAt: string | null;
}

/** A calendar day (whole day, UTC) or an instant with its offset. */
const Instant = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export const AuditLogQuery = Page.extend({
  action: z.string().trim().min(1).max(80).optional(),
  actorId: z.uuid().optional(),
  targetType: z.string().trim().min(1).max(40).optional(),
  targetId: z.string().trim().min(1).max(64).optional(),
  from: Instant.optional(),
  to: Instant.optional(),
})
  .strict()
  .superRefine((q, ctx) => {
    if (q.from && q.to && new Date(q.from) > new Date(q.to)) ctx.addIssue({ code: 'custom', path: ['from'], message: 'dateRange.order' });
  });
export type AuditLogQuery = z.infer<typeof AuditLogQuery>;

export interface AuditLogItem {
  id: string;
  actorId: string | null;
  actorRole: UserRole | null;
  action: string;
  targetType: string;
  targetId: string | null;
  metadata: Record<string, unknown>;
  ip: string | null;
  createdAt: string;
}
