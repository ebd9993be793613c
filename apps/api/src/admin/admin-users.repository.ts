import { Injectable } from '@nestjs/common';
import type { Prisma } from '@talents/db';
import { PrismaService } from '../common/prisma/prisma.service';
import type { z } from 'zod';
import type { AdminUsersQuery } from './dto';
import { literalLike } from '../common/prisma/literal-like';

/** What the operator sees of an account (never the password hash). */
export const ADMIN_USER_SELECT = {
  id: true,
  email: true,
  role: true,
  locale: true,
  emailVerifiedAt: true,
  suspendedAt: true,
  suspensionReason: true,
  createdAt: true,
  lastLoginAt: true,
} satisfies Prisma.UserSelect;
export type AdminUserRow = Prisma.UserGetPayload<{ select: typeof ADMIN_USER_SELECT }>;

@Injectable()
export class AdminUsersRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(query: z.infer<typeof AdminUsersQuery>) {
    const where: Prisma.UserWhereInput = {
      ...(query.role ? { role: query.role } : {}),
      ...(query.email ? { email: { startsWith: literalLike(query.email) } } : {}),
      ...(query.suspended === undefined ? {} : { suspendedAt: query.suspended ? { not: null } : null }),
    };
    const [items, total] = await this.prisma.$transaction([
      this.prisma.user.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
        select: ADMIN_USER_SELECT,
      }),
      this.prisma.user.count({ where }),
    ]);
    return { items, total };
  }
}
