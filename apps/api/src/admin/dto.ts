import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Page, UserRole } from '@talents/shared';

export const AdminUsersQuery = Page.extend({
  role: UserRole.optional(),
  /** Prefix of the e-mail address, for support requests. */
  email: z.string().trim().toLowerCase().max(254).optional(),
}).strict();

export class AdminUsersQueryDto extends createZodDto(AdminUsersQuery) {}
