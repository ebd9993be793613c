/** The Prisma queries of bulk imports: jobs and their row errors (written by the worker, read here). */
import { Injectable } from '@nestjs/common';
import type { ImportJob, ImportRowError, Prisma } from '@talents/db';
import { MAX_LISTED_ROW_ERRORS, type ImportsQuery } from '@talents/shared';
import { PrismaService } from '../common/prisma/prisma.service';

@Injectable()
export class ImportsRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(tx: Prisma.TransactionClient, data: { createdById: string; fileName: string; storageKey: string }): Promise<ImportJob> {
    return tx.importJob.create({ data });
  }

  /** Newest first; the id (uuid v7, time-ordered) breaks ties. */
  async list(query: ImportsQuery): Promise<{ items: ImportJob[]; total: number }> {
    const where: Prisma.ImportJobWhereInput = query.status ? { status: query.status } : {};
    const [items, total] = await this.prisma.$transaction([
      this.prisma.importJob.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: (query.page - 1) * query.pageSize, take: query.pageSize }),
      this.prisma.importJob.count({ where }),
    ]);
    return { items, total };
  }

  /** The job with its first MAX_LISTED_ROW_ERRORS row errors (errorCount still counts them all). */
  findWithErrors(id: string): Promise<(ImportJob & { rowErrors: ImportRowError[] }) | null> {
    return this.prisma.importJob.findUnique({
      where: { id },
      include: { rowErrors: { orderBy: [{ rowNumber: 'asc' }, { id: 'asc' }], take: MAX_LISTED_ROW_ERRORS } },
    });
  }
}
