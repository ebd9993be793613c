import { Injectable } from '@nestjs/common';
import type { Prisma } from '@talents/db';
import { PrismaService } from '../common/prisma/prisma.service';
import type { z } from 'zod';
import type { AdminUsersQuery } from './dto';

@Injectable()
export class AdminUsersRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(query: z.infer<typeof AdminUsersQuery>) {
    const where: Prisma.UserWhereInput = {
      ...(query.role ? { role: query.role } : {}),
      ...(query.email ? { email: { startsWith: query.email } } : {}),
    };
    const [items, total] = await this.prisma.$transaction([
      this.prisma.user.findMany({
        where,
        orderBy: { createdAt: 'desc' },
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
        select: { id: true, email: true, role: true, locale: true, emailVerifiedAt: true, suspendedAt: true, createdAt: true, lastLoginAt: true },
      }),
      this.prisma.user.count({ where }),
    ]);
    return { items, total };
  }
}
