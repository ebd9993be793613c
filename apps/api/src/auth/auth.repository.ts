/** Prisma queries of the auth domain. */
import { Injectable } from '@nestjs/common';
import type { Prisma, TokenPurpose } from '@talents/db';
import { PrismaService } from '../common/prisma/prisma.service';

const userWithLinks = {
  candidateProfile: { select: { id: true } },
  memberships: { select: { companyId: true } },
} satisfies Prisma.UserInclude;
export type UserWithLinks = Prisma.UserGetPayload<{ include: typeof userWithLinks }>;

@Injectable()
export class AuthRepository {
  constructor(private readonly prisma: PrismaService) {}

  findUserByEmail(email: string) {
    return this.prisma.user.findUnique({ where: { email } });
  }

  findUserWithLinks(id: string): Promise<UserWithLinks | null> {
    return this.prisma.user.findUnique({ where: { id }, include: userWithLinks });
  }

  findActiveUser(id: string) {
    return this.prisma.user.findFirst({
      where: { id, suspendedAt: null, archivedAt: null },
      select: { id: true, role: true },
    });
  }

  transaction<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
  }

  /** Marks a one-time token used if it is valid; returns its user id, or null (unknown, used or expired). */
  async consumeOneTimeToken(tx: Prisma.TransactionClient, tokenHash: string, purpose: TokenPurpose): Promise<string | null> {
    const token = await tx.oneTimeToken.findUnique({ where: { tokenHash } });
    if (!token || token.purpose !== purpose) return null;
    const { count } = await tx.oneTimeToken.updateMany({
      where: { id: token.id, usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    return count === 1 ? token.userId : null;
  }

  createOneTimeToken(userId: string, purpose: TokenPurpose, tokenHash: string, ttlMs: number, tx: Prisma.TransactionClient = this.prisma) {
    return tx.oneTimeToken.create({ data: { userId, purpose, tokenHash, expiresAt: new Date(Date.now() + ttlMs) } });
  }

  /** Logging in after the retention warning cancels the planned archiving (see the worker's retention task). */
  touchLogin(userId: string) {
    return this.prisma.user.update({ where: { id: userId }, data: { lastLoginAt: new Date(), warnedInactiveAt: null }, select: { id: true } });
  }
}
