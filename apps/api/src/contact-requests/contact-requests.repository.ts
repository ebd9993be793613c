/** Prisma queries of contact requests. Writes take the transaction client of the service. */
import { Injectable } from '@nestjs/common';
import type { ContactRequestStatus, Prisma } from '@talents/db';
import { PrismaService } from '../common/prisma/prisma.service';

const candidateSelect = {
  id: true, userId: true, firstName: true, lastName: true, phone: true, headline: true, yearsOfExperience: true,
  track: true, basinCode: true, town: true, visibility: true, user: { select: { email: true, suspendedAt: true, archivedAt: true } },
} satisfies Prisma.CandidateProfileSelect;

export const contactRequestInclude = {
  company: { select: { id: true, name: true } },
  offer: { select: { id: true, title: true } },
  candidate: { select: candidateSelect },
} satisfies Prisma.ContactRequestInclude;
export type ContactRequestRow = Prisma.ContactRequestGetPayload<{ include: typeof contactRequestInclude }>;

@Injectable()
export class ContactRequestsRepository {
  constructor(readonly prisma: PrismaService) {}

  transaction<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
  }

  findCandidate(id: string) {
    return this.prisma.candidateProfile.findUnique({ where: { id }, select: candidateSelect });
  }

  findProfileIdOfUser(userId: string) {
    return this.prisma.candidateProfile.findUnique({ where: { userId }, select: { id: true } });
  }

  findOffer(id: string) {
    return this.prisma.offer.findUnique({ where: { id }, select: { id: true, title: true, companyId: true } });
  }

  findCompanyName(id: string) {
    return this.prisma.company.findUniqueOrThrow({ where: { id }, select: { name: true } });
  }

  findById(id: string, db: Prisma.TransactionClient = this.prisma): Promise<ContactRequestRow | null> {
    return db.contactRequest.findUnique({ where: { id }, include: contactRequestInclude });
  }

  /**
   * Serialises the contact requests of one company until the transaction ends, so that the "one pending per
   * candidate" and "20 a day" checks cannot both pass for two requests sent at the same instant.
   */
  async lockCompany(tx: Prisma.TransactionClient, companyId: string): Promise<void> {
    await tx.$queryRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtext(${'contact-requests:' + companyId}))`;
  }

  countPending(tx: Prisma.TransactionClient, companyId: string, candidateId: string, now: Date): Promise<number> {
    return tx.contactRequest.count({
      where: { companyId, candidateId, status: 'PENDING', OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    });
  }

  countSentSince(tx: Prisma.TransactionClient, companyId: string, since: Date): Promise<number> {
    return tx.contactRequest.count({ where: { companyId, createdAt: { gt: since } } });
  }

  create(tx: Prisma.TransactionClient, data: Prisma.ContactRequestUncheckedCreateInput) {
    return tx.contactRequest.create({ data, select: { id: true } });
  }

  /** Answers a request only if it is still pending and unexpired (the loser of a race gets a 409). */
  async answerIfPending(tx: Prisma.TransactionClient, id: string, status: ContactRequestStatus, now: Date): Promise<boolean> {
    const { count } = await tx.contactRequest.updateMany({
      where: { id, status: 'PENDING', OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
      data: { status, respondedAt: now },
    });
    return count === 1;
  }

  async memberUserIds(tx: Prisma.TransactionClient, companyId: string): Promise<string[]> {
    const rows = await tx.companyMembership.findMany({ where: { companyId }, select: { userId: true } });
    return rows.map((r) => r.userId);
  }

  async list(where: Prisma.ContactRequestWhereInput, page: number, pageSize: number) {
    // Not a batch transaction: Prisma runs nested includes in parallel on its one connection (pg warns).
    const [rows, total] = await Promise.all([
      this.prisma.contactRequest.findMany({
        where,
        include: contactRequestInclude,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
      this.prisma.contactRequest.count({ where }),
    ]);
    return { rows, total };
  }
}
