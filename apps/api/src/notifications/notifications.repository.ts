/** Prisma queries of in-app notifications; every query is scoped to the owner's user id. */
import { Injectable } from '@nestjs/common';
import type { Prisma } from '@talents/db';
import { PrismaService } from '../common/prisma/prisma.service';

const select = { id: true, type: true, payload: true, readAt: true, createdAt: true } satisfies Prisma.NotificationSelect;
export type NotificationRow = Prisma.NotificationGetPayload<{ select: typeof select }>;

@Injectable()
export class NotificationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(userId: string, unreadOnly: boolean, page: number, pageSize: number) {
    const where: Prisma.NotificationWhereInput = { userId, ...(unreadOnly ? { readAt: null } : {}) };
    // Not a batch transaction: Prisma runs nested includes in parallel on its one connection (pg warns).
    const [rows, total, unreadCount] = await Promise.all([
      this.prisma.notification.findMany({
        where,
        select,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
      this.prisma.notification.count({ where }),
      this.prisma.notification.count({ where: { userId, readAt: null } }),
    ]);
    return { rows, total, unreadCount };
  }

  /** Marks one of the user's notifications read (keeping the first read time); null if it is not theirs. */
  async markRead(userId: string, id: string): Promise<NotificationRow | null> {
    await this.prisma.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: new Date() } });
    return this.prisma.notification.findFirst({ where: { id, userId }, select });
  }

  async markAllRead(userId: string): Promise<number> {
    const { count } = await this.prisma.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
    return count;
  }
}
