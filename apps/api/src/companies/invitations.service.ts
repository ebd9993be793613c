/**
 * Colleagues join a company by invitation: the owner names an e-mail address, the invitee receives a one-time
 * link (only its SHA-256 is stored), signs up or logs in as a recruiter with that same address and accepts.
 */
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { CompanyView, InvitationView } from '@talents/shared';
import { hashToken, newOpaqueToken } from '../auth/secrets';
import type { AuthUser } from '../common/auth/auth-user';
import { CompanyAccess } from '../common/auth/company-access';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { AppError, AppErrorCode } from '../common/errors/app-error';
import { notify } from '../common/notifications/notify';
import { recordEvent } from '../common/outbox/outbox';
import { PrismaService } from '../common/prisma/prisma.service';
import { MailService } from '../mail/mail.service';
import { toCompanyView } from './company-view';

export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

@Injectable()
export class InvitationsService {
  private readonly logger = new Logger('Invitations');

  constructor(
    private readonly prisma: PrismaService,
    private readonly access: CompanyAccess,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async invite(user: AuthUser, companyId: string, email: string): Promise<InvitationView> {
    await this.access.requireOwner(user, companyId);
    const existing = await this.prisma.user.findUnique({ where: { email }, select: { id: true, locale: true } });
    if (existing && (await this.prisma.companyMembership.findUnique({ where: { companyId_userId: { companyId, userId: existing.id } } }))) {
      throw new AppError(AppErrorCode.CONFLICT, [{ field: 'email', message: 'invitation.alreadyMember' }]);
    }
    const { token, tokenHash } = newOpaqueToken();
    const invitation = await this.prisma.$transaction(async (tx) => {
      const company = await tx.company.findUniqueOrThrow({ where: { id: companyId }, select: { name: true } });
      const created = await tx.companyInvitation.create({
        data: { companyId, email, tokenHash, invitedById: user.id, expiresAt: new Date(Date.now() + INVITATION_TTL_MS) },
      });
      // An invitee who already has an account also sees it in the app; the payload names the company, not the inviter.
      if (existing) await notify(tx, existing.id, 'company.invitation', { companyId, companyName: company.name, invitationId: created.id });
      await recordEvent(tx, { type: 'company.invitation-created', aggregateType: 'company', aggregateId: companyId, payload: { invitationId: created.id } });
      return created;
    });
    await this.mail.send({
      to: email,
      locale: existing?.locale ?? 'fr',
      template: 'company-invitation',
      data: { link: `${this.config.WEB_URL}/invitations/accept?token=${token}` },
    });
    this.logger.log({ companyId, invitationId: invitation.id }, 'invitation sent');
    return {
      id: invitation.id,
      companyId,
      email: invitation.email,
      expiresAt: invitation.expiresAt.toISOString(),
      createdAt: invitation.createdAt.toISOString(),
    };
  }

  /** Unknown, used and expired tokens are one answer (400); a valid token for another address is 403. */
  async accept(user: AuthUser, token: string): Promise<CompanyView> {
    const account = await this.prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true } });
    return this.prisma.$transaction(async (tx) => {
      const invitation = await tx.companyInvitation.findUnique({ where: { tokenHash: hashToken(token) } });
      if (!invitation || invitation.acceptedAt || invitation.expiresAt <= new Date()) throw new AppError(AppErrorCode.TOKEN_INVALID);
      if (invitation.email !== account.email) throw new AppError(AppErrorCode.FORBIDDEN);
      // The conditional update makes a token usable once even when two requests race.
      const claimed = await tx.companyInvitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: new Date() } });
      if (claimed.count !== 1) throw new AppError(AppErrorCode.TOKEN_INVALID);
      const membership = await tx.companyMembership.upsert({
        where: { companyId_userId: { companyId: invitation.companyId, userId: user.id } },
        create: { companyId: invitation.companyId, userId: user.id, role: 'MEMBER' },
        update: {},
      });
      const owners = await tx.companyMembership.findMany({ where: { companyId: invitation.companyId, role: 'OWNER' }, select: { userId: true } });
      await notify(tx, owners.map((o) => o.userId).filter((id) => id !== user.id), 'company.member-joined', { companyId: invitation.companyId, invitationId: invitation.id });
      await recordEvent(tx, { type: 'company.member-joined', aggregateType: 'company', aggregateId: invitation.companyId, payload: { userId: user.id } });
      const company = await tx.company.findUniqueOrThrow({ where: { id: invitation.companyId } });
      return toCompanyView(company, membership.role);
    });
  }
}
