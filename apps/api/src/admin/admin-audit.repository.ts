import { Injectable } from '@nestjs/common';
import type { Prisma } from '@talents/db';
import type { AuditLogItem, AuditLogQuery, Paginated, UserRole } from '@talents/shared';
import { PrismaService } from '../common/prisma/prisma.service';

const DAY_MS = 24 * 3600 * 1000;

@Injectable()
export class AdminAuditRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Newest first; the id (uuid v7, time-ordered) breaks ties between entries of the same millisecond. */
  async list(query: AuditLogQuery): Promise<Paginated<AuditLogItem>> {
    const createdAt: Prisma.DateTimeFilter = {
      ...(query.from ? { gte: new Date(query.from) } : {}),
      // A calendar day as `to` includes that whole day.
      ...(query.to ? (isDay(query.to) ? { lt: new Date(new Date(query.to).getTime() + DAY_MS) } : { lte: new Date(query.to) }) : {}),
    };
    const where: Prisma.AuditLogWhereInput = {
      ...(query.action ? { action: query.action } : {}),
      ...(query.actorId ? { actorId: query.actorId } : {}),
      ...(query.targetType ? { targetType: query.targetType } : {}),
      ...(query.targetId ? { targetId: query.targetId } : {}),
      ...(query.from || query.to ? { createdAt } : {}),
    };
    const [rows, total] = await this.prisma.$transaction([
      this.prisma.auditLog.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      this.prisma.auditLog.count({ where }),
    ]);
    const items = rows.map((row) => ({
      id: row.id,
      actorId: row.actorId,
      actorRole: row.actorRole as UserRole | null,
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId,
      metadata: (row.metadata ?? {}) as Record<string, unknown>,
      ip: row.ip,
      createdAt: row.createdAt.toISOString(),
    }));
    return { items, total, page: query.page, pageSize: query.pageSize };
  }
}

function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}
