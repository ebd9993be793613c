/**
 * Accounts: registration with e-mail verification, credential checks, password reset. Answers never tell
 * whether an e-mail is registered, except registration's 409, which a sign-up form cannot avoid.
 */
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Locale, RegisterRequest, UserRole, UserView } from '@talents/shared';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { AppError, AppErrorCode } from '../common/errors/app-error';
import { recordEvent } from '../common/outbox/outbox';
import { MailService } from '../mail/mail.service';
import { AuthRepository, type UserWithLinks } from './auth.repository';
import { hashPassword, hashToken, newOpaqueToken, verifyPassword } from './secrets';
import { SessionService } from './session.service';
import { LoginThrottle } from './login-throttle';

const VERIFY_TTL_MS = 24 * 3600 * 1000;
const RESET_TTL_MS = 3600 * 1000;

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly repository: AuthRepository,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
    private readonly loginThrottle: LoginThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async register(input: RegisterRequest): Promise<UserView> {
    if (await this.repository.findUserByEmail(input.email)) throw new AppError(AppErrorCode.EMAIL_TAKEN);
    const passwordHash = await hashPassword(input.password);
    const { token, tokenHash } = newOpaqueToken();
    const locale = input.locale ?? 'fr';
    const userId = await this.repository
      .transaction(async (tx) => {
        const user = await tx.user.create({ data: { email: input.email, passwordHash, role: input.role, locale } });
        await this.repository.createOneTimeToken(user.id, 'EMAIL_VERIFICATION', tokenHash, VERIFY_TTL_MS, tx);
        await recordEvent(tx, { type: 'user.registered', aggregateType: 'user', aggregateId: user.id, payload: { role: input.role } });
        return user.id;
      })
      .catch((err: unknown) => {
        // Two sign-ups racing on one address: the unique index decides.
        if ((err as { code?: string }).code === 'P2002') throw new AppError(AppErrorCode.EMAIL_TAKEN);
        throw err;
      });
    await this.sendLink(input.email, locale, 'verify-email', `/verify-email?token=${token}`);
    this.logger.log({ userId, role: input.role }, 'user registered');
    return this.me(userId);
  }

  async verifyEmail(token: string): Promise<void> {
    await this.repository.transaction(async (tx) => {
      const userId = await this.repository.consumeOneTimeToken(tx, hashToken(token), 'EMAIL_VERIFICATION');
      if (!userId) throw new AppError(AppErrorCode.TOKEN_INVALID);
      await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: new Date() } });
      await recordEvent(tx, { type: 'user.email-verified', aggregateType: 'user', aggregateId: userId });
    });
  }

  /** Sends a fresh verification link to an unverified account; silent otherwise. */
  async resendVerification(email: string): Promise<void> {
    const user = await this.repository.findUserByEmail(email);
    if (!user || user.emailVerifiedAt || user.archivedAt) return;
    const { token, tokenHash } = newOpaqueToken();
    await this.repository.createOneTimeToken(user.id, 'EMAIL_VERIFICATION', tokenHash, VERIFY_TTL_MS);
    await this.sendLink(user.email, user.locale, 'verify-email', `/verify-email?token=${token}`);
  }

  /** Used by the local strategy. Wrong e-mail and wrong password are indistinguishable, in answer and timing. */
  async validateCredentials(email: string, password: string): Promise<{ id: string; role: UserRole }> {
    await this.loginThrottle.assertAllowed(email);
    const user = await this.repository.findUserByEmail(email.trim().toLowerCase());
    const valid = await verifyPassword(user?.passwordHash, password);
    if (!user || !valid || user.archivedAt) {
      await this.loginThrottle.recordFailure(email);
      throw new AppError(AppErrorCode.INVALID_CREDENTIALS);
    }
    await this.loginThrottle.reset(email);
    if (!user.emailVerifiedAt) throw new AppError(AppErrorCode.EMAIL_NOT_VERIFIED);
    if (user.suspendedAt) throw new AppError(AppErrorCode.ACCOUNT_SUSPENDED);
    await this.repository.touchLogin(user.id);
    return { id: user.id, role: user.role as UserRole };
  }

  async forgotPassword(email: string): Promise<void> {
    const user = await this.repository.findUserByEmail(email);
    if (!user || user.archivedAt) return;
    const { token, tokenHash } = newOpaqueToken();
    await this.repository.createOneTimeToken(user.id, 'PASSWORD_RESET', tokenHash, RESET_TTL_MS);
    await this.sendLink(user.email, user.locale, 'reset-password', `/reset-password?token=${token}`);
  }

  async resetPassword(token: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    const user = await this.repository.transaction(async (tx) => {
      const userId = await this.repository.consumeOneTimeToken(tx, hashToken(token), 'PASSWORD_RESET');
      if (!userId) throw new AppError(AppErrorCode.TOKEN_INVALID);
      // Following the link proves the mailbox, so an unverified address becomes verified.
      const updated = await tx.user.update({ where: { id: userId }, data: { passwordHash, emailVerifiedAt: new Date() } });
      await tx.oneTimeToken.updateMany({ where: { userId, purpose: 'PASSWORD_RESET', usedAt: null }, data: { usedAt: new Date() } });
      return updated;
    });
    await this.sessions.revokeAllOfUser(user.id);
    await this.mail.send({ to: user.email, locale: user.locale, template: 'password-changed', data: {} });
  }

  async me(userId: string): Promise<UserView> {
    const user = await this.repository.findUserWithLinks(userId);
    if (!user) throw new AppError(AppErrorCode.UNAUTHENTICATED);
    return toUserView(user);
  }

  private async sendLink(to: string, locale: Locale, template: 'verify-email' | 'reset-password', path: string) {
    await this.mail.send({ to, locale, template, data: { link: `${this.config.WEB_URL}${path}` } });
  }
}

export function toUserView(user: UserWithLinks): UserView {
  return {
    id: user.id,
    email: user.email,
    role: user.role as UserRole,
    locale: user.locale,
    emailVerified: user.emailVerifiedAt !== null,
    createdAt: user.createdAt.toISOString(),
    candidateProfileId: user.candidateProfile?.id ?? null,
    companyIds: user.memberships.map((m) => m.companyId),
  };
}
