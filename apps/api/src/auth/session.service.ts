/**
 * Sessions: a short-lived access JWT (in the SPA's memory) and a rotating refresh token (httpOnly cookie).
 * Each refresh consumes the presented token and issues its successor in the same family; presenting a token
 * that was already consumed means it leaked, so the whole family is revoked (RFC 6819 §5.2.2.3).
 */
import { Inject, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import type { UserRole } from '@talents/shared';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { AppError, AppErrorCode } from '../common/errors/app-error';
import { PrismaService } from '../common/prisma/prisma.service';
import { hashToken, newOpaqueToken } from './secrets';

export const JWT_ISSUER = 'talents-api';
export const JWT_AUDIENCE = 'talents-web';

export interface IssuedSession {
  accessToken: string;
  refreshToken: string;
  refreshExpiresAt: Date;
  userId: string;
}

const DAY_MS = 24 * 3600 * 1000;

@Injectable()
export class SessionService {
  private readonly logger = new Logger('Sessions');

  constructor(
    private readonly prisma: PrismaService,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  signAccessToken(user: { id: string; role: UserRole }): string {
    return this.jwt.sign(
      { role: user.role },
      { subject: user.id, algorithm: 'HS256', issuer: JWT_ISSUER, audience: JWT_AUDIENCE, expiresIn: this.config.JWT_ACCESS_TTL_SECONDS },
    );
  }

  async start(user: { id: string; role: UserRole }, userAgent?: string): Promise<IssuedSession> {
    const { token, tokenHash } = newOpaqueToken();
    const expiresAt = this.refreshExpiry();
    await this.prisma.refreshToken.create({
      data: { userId: user.id, familyId: randomUUID(), tokenHash, expiresAt, userAgent: userAgent?.slice(0, 512) },
    });
    return { accessToken: this.signAccessToken(user), refreshToken: token, refreshExpiresAt: expiresAt, userId: user.id };
  }

  async rotate(presented: string | undefined, userAgent?: string): Promise<IssuedSession> {
    if (!presented) throw new AppError(AppErrorCode.REFRESH_INVALID);
    const current = await this.prisma.refreshToken.findUnique({
      where: { tokenHash: hashToken(presented) },
      include: { user: { select: { id: true, role: true, suspendedAt: true, archivedAt: true } } },
    });
    if (!current) throw new AppError(AppErrorCode.REFRESH_INVALID);
    if (current.usedAt || current.revokedAt) {
      if (current.usedAt) {
        this.logger.warn({ familyId: current.familyId }, 'refresh token reuse detected: family revoked');
        await this.revokeFamily(current.familyId);
      }
      throw new AppError(AppErrorCode.REFRESH_INVALID);
    }
    if (current.expiresAt <= new Date() || current.user.suspendedAt || current.user.archivedAt) {
      await this.revokeFamily(current.familyId);
      throw new AppError(AppErrorCode.REFRESH_INVALID);
    }
    const { token, tokenHash } = newOpaqueToken();
    const expiresAt = this.refreshExpiry();
    const rotated = await this.prisma.$transaction(async (tx) => {
      // The guard on usedAt makes two concurrent refreshes with one token count as reuse, not as two sessions.
      const { count } = await tx.refreshToken.updateMany({ where: { id: current.id, usedAt: null }, data: { usedAt: new Date() } });
      if (count !== 1) return false;
      const next = await tx.refreshToken.create({
        data: { userId: current.userId, familyId: current.familyId, tokenHash, expiresAt, userAgent: userAgent?.slice(0, 512) },
      });
      await tx.refreshToken.update({ where: { id: current.id }, data: { replacedById: next.id } });
      // A session kept alive is activity too (retention, docs/architecture.md): it moves lastLoginAt, at most once
      // a day, and cancels an inactivity warning, so an account in use is never archived.
      const now = new Date();
      await tx.user.updateMany({
        where: { id: current.userId, OR: [{ lastLoginAt: null }, { lastLoginAt: { lt: new Date(now.getTime() - DAY_MS) } }, { warnedInactiveAt: { not: null } }] },
        data: { lastLoginAt: now, warnedInactiveAt: null },
      });
      return true;
    });
    if (!rotated) {
      await this.revokeFamily(current.familyId);
      throw new AppError(AppErrorCode.REFRESH_INVALID);
    }
    const user = { id: current.user.id, role: current.user.role as UserRole };
    return { accessToken: this.signAccessToken(user), refreshToken: token, refreshExpiresAt: expiresAt, userId: user.id };
  }

  /** Logout: the family of the presented token ends; an unknown token is not an error (idempotent). */
  async end(presented: string | undefined): Promise<void> {
    if (!presented) return;
    const current = await this.prisma.refreshToken.findUnique({ where: { tokenHash: hashToken(presented) } });
    if (current) await this.revokeFamily(current.familyId);
  }

  async revokeAllOfUser(userId: string): Promise<void> {
    await this.prisma.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.prisma.refreshToken.updateMany({ where: { familyId, revokedAt: null }, data: { revokedAt: new Date() } });
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + this.config.REFRESH_TTL_DAYS * 24 * 3600 * 1000);
  }
}
