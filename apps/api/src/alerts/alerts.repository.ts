/** Prisma queries of saved searches; every read and write of the owner's routes is scoped to their user id. */
import { Injectable } from '@nestjs/common';
import type { AlertKind, Prisma } from '@talents/db';
import { PrismaService } from '../common/prisma/prisma.service';

export const alertSelect = {
  id: true, userId: true, kind: true, name: true, query: true, filters: true, frequency: true,
  unsubscribedAt: true, lastRunAt: true, createdAt: true,
} satisfies Prisma.AlertSelect;
export type AlertRow = Prisma.AlertGetPayload<{ select: typeof alertSelect }>;

@Injectable()
export class AlertsRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
  }

  async list(userId: string, kind: AlertKind | undefined, page: number, pageSize: number) {
    const where: Prisma.AlertWhereInput = { userId, ...(kind ? { kind } : {}) };
    const [rows, total] = await Promise.all([
      this.prisma.alert.findMany({ where, select: alertSelect, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: (page - 1) * pageSize, take: pageSize }),
      this.prisma.alert.count({ where }),
    ]);
    return { rows, total };
  }

  /** Serialises one user's alert creations, so two simultaneous requests cannot both pass the per-user cap. */
  async lockUser(tx: Prisma.TransactionClient, userId: string): Promise<void> {
    await tx.$queryRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtext(${'alerts:' + userId}))`;
  }

  countOfUser(tx: Prisma.TransactionClient, userId: string): Promise<number> {
    return tx.alert.count({ where: { userId } });
  }

  create(tx: Prisma.TransactionClient, data: Prisma.AlertUncheckedCreateInput): Promise<AlertRow> {
    return tx.alert.create({ data, select: alertSelect });
  }

  findOwned(userId: string, id: string): Promise<AlertRow | null> {
    return this.prisma.alert.findFirst({ where: { id, userId }, select: alertSelect });
  }

  findById(id: string, db: Prisma.TransactionClient = this.prisma): Promise<AlertRow | null> {
    return db.alert.findUnique({ where: { id }, select: alertSelect });
  }

  update(id: string, data: Prisma.AlertUpdateInput): Promise<AlertRow> {
    return this.prisma.alert.update({ where: { id }, data, select: alertSelect });
  }

  /** Sets unsubscribedAt once (the first time wins); false when the alert was already unsubscribed. */
  async unsubscribe(tx: Prisma.TransactionClient, id: string, at: Date): Promise<boolean> {
    const { count } = await tx.alert.updateMany({ where: { id, unsubscribedAt: null }, data: { unsubscribedAt: at } });
    return count === 1;
  }

  async deleteOwned(userId: string, id: string): Promise<boolean> {
    const { count } = await this.prisma.alert.deleteMany({ where: { id, userId } });
    return count === 1;
  }
}
