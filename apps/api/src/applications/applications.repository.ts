/** Prisma queries of the application pipeline. Writes take the transaction client of their use case. */
import { Injectable } from '@nestjs/common';
import type { ApplicationStatus, Prisma } from '@talents/db';
import { PrismaService } from '../common/prisma/prisma.service';

export const applicationInclude = {
  offer: { select: { id: true, title: true, status: true, companyId: true, company: { select: { name: true } } } },
  candidate: {
    select: {
      id: true, userId: true, firstName: true, lastName: true, phone: true, headline: true, yearsOfExperience: true,
      track: true, basinCode: true, town: true, visibility: true, user: { select: { email: true } },
    },
  },
  statusChanges: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], include: { byUser: { select: { role: true } } } },
  hire: { select: { id: true, hiredAt: true } },
} satisfies Prisma.ApplicationInclude;
export type ApplicationRow = Prisma.ApplicationGetPayload<{ include: typeof applicationInclude }>;

export interface ApplicationFilter {
  candidateId?: string;
  companyIds?: string[];
  status?: ApplicationStatus;
  offerId?: string;
}

@Injectable()
export class ApplicationsRepository {
  constructor(readonly prisma: PrismaService) {}

  transaction<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
  }

  findProfileIdOfUser(userId: string): Promise<{ id: string } | null> {
    return this.prisma.candidateProfile.findUnique({ where: { userId }, select: { id: true } });
  }

  findOffer(offerId: string) {
    return this.prisma.offer.findUnique({
      where: { id: offerId },
      select: { id: true, title: true, status: true, expiresAt: true, companyId: true, company: { select: { suspendedAt: true } } },
    });
  }

  findApplication(id: string, db: Prisma.TransactionClient = this.prisma): Promise<ApplicationRow | null> {
    return db.application.findUnique({ where: { id }, include: applicationInclude });
  }

  async list(filter: ApplicationFilter, page: number, pageSize: number): Promise<{ rows: ApplicationRow[]; total: number }> {
    const where: Prisma.ApplicationWhereInput = {
      ...(filter.candidateId ? { candidateId: filter.candidateId } : {}),
      ...(filter.companyIds ? { offer: { companyId: { in: filter.companyIds } } } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.offerId ? { offerId: filter.offerId } : {}),
    };
    // Not a batch transaction: Prisma runs nested includes in parallel on its one connection (pg warns).
    const [rows, total] = await Promise.all([
      this.prisma.application.findMany({
        where,
        include: applicationInclude,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
      this.prisma.application.count({ where }),
    ]);
    return { rows, total };
  }

  async memberUserIds(tx: Prisma.TransactionClient, companyId: string): Promise<string[]> {
    const rows = await tx.companyMembership.findMany({ where: { companyId }, select: { userId: true } });
    return rows.map((r) => r.userId);
  }

  /**
   * Moves an application only if it is still in `from`: two recruiters clicking at once cannot both win, and
   * the loser gets a 409 instead of a history that skips a step.
   */
  async moveIfStill(
    tx: Prisma.TransactionClient,
    id: string,
    from: ApplicationStatus,
    to: ApplicationStatus,
    rejectionReason: Prisma.ApplicationUpdateManyMutationInput['rejectionReason'] = null,
  ): Promise<boolean> {
    const { count } = await tx.application.updateMany({ where: { id, status: from }, data: { status: to, rejectionReason } });
    return count === 1;
  }

  /** A new application with its first history entry (null → APPLIED); the unique (offer, candidate) index answers races. */
  createApplication(tx: Prisma.TransactionClient, data: { offerId: string; candidateId: string; message: string | null; byUserId: string }) {
    return tx.application.create({
      data: {
        offerId: data.offerId,
        candidateId: data.candidateId,
        message: data.message,
        statusChanges: { create: { fromStatus: null, toStatus: 'APPLIED', byUserId: data.byUserId } },
      },
      select: { id: true },
    });
  }

  recordChange(tx: Prisma.TransactionClient, data: Prisma.ApplicationStatusChangeUncheckedCreateInput) {
    return tx.applicationStatusChange.create({ data });
  }
}
