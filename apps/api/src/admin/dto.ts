import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { AdminUserUpdate, AuditLogQuery, Page, UserRole } from '@talents/shared';

const BooleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const AdminUsersQuery = Page.extend({
  role: UserRole.optional(),
  /** Prefix of the e-mail address, for support requests. */
  email: z.string().trim().toLowerCase().max(254).optional(),
  suspended: BooleanQuery.optional(),
}).strict();

export class AdminUsersQueryDto extends createZodDto(AdminUsersQuery) {}
export class AdminUserUpdateDto extends createZodDto(AdminUserUpdate) {}
export class AuditLogQueryDto extends createZodDto(AuditLogQuery) {}
