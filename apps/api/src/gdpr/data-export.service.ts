/**
 * Right of access (GDPR art. 15/20): everything stored about the caller, as one JSON document. Rows are read
 * in one repeatable-read snapshot so the sections agree with each other. Secrets (password hash, token hashes,
 * file-store keys) are left out; entries written by others about the person keep only the role of the actor,
 * not who they are (that is the other person's data).
 */
import { Injectable } from '@nestjs/common';
import { Prisma } from '@talents/db';
import type { AccountExport } from '@talents/shared';
import { recordAudit } from '../common/audit/audit';
import type { AuthUser } from '../common/auth/auth-user';
import { AppError, AppErrorCode } from '../common/errors/app-error';
import { PrismaService } from '../common/prisma/prisma.service';

const PROFILE_INCLUDE = {
  roleFamilies: { select: { roleFamilyCode: true } },
  skills: { select: { level: true, skill: { select: { name: true, slug: true } } } },
  trainings: { select: { organisation: true, programme: true, route: true, year: true } },
  languages: { select: { code: true, level: true } },
  links: { select: { kind: true, url: true } },
} satisfies Prisma.CandidateProfileInclude;

@Injectable()
export class DataExportService {
  constructor(private readonly prisma: PrismaService) {}

  async export(caller: AuthUser, ip?: string): Promise<AccountExport> {
    const doc = await this.prisma.$transaction(
      async (tx) => {
        const user = await tx.user.findUnique({ where: { id: caller.id }, omit: { passwordHash: true } });
        if (!user) throw new AppError(AppErrorCode.UNAUTHENTICATED);
        const profile = await tx.candidateProfile.findUnique({ where: { userId: user.id }, include: PROFILE_INCLUDE });
        const profileId = profile?.id ?? null;
        const byCandidate = <T>(rows: () => Promise<T[]>) => (profileId ? rows() : Promise.resolve([] as T[]));

        const applications = await byCandidate(() =>
          tx.application.findMany({
            where: { candidateId: profileId! },
            orderBy: { createdAt: 'asc' },
            include: {
              offer: { select: { id: true, title: true, company: { select: { id: true, name: true } } } },
              statusChanges: { orderBy: { createdAt: 'asc' }, select: { fromStatus: true, toStatus: true, note: true, byUserId: true, createdAt: true } },
            },
          }),
        );
        const received = await byCandidate(() =>
          tx.contactRequest.findMany({
            where: { candidateId: profileId! },
            orderBy: { createdAt: 'asc' },
            select: { id: true, message: true, status: true, createdAt: true, respondedAt: true, expiresAt: true, offerId: true, company: { select: { id: true, name: true } } },
          }),
        );
        const hires = await byCandidate(() =>
          tx.hire.findMany({ where: { candidateId: profileId! }, select: { id: true, offerId: true, companyId: true, hiredAt: true, contractType: true } }),
        );
        const sent = await tx.contactRequest.findMany({
          where: { recruiterId: user.id },
          orderBy: { createdAt: 'asc' },
          select: { id: true, companyId: true, candidateId: true, offerId: true, message: true, status: true, createdAt: true, respondedAt: true },
        });
        const memberships = await tx.companyMembership.findMany({
          where: { userId: user.id },
          select: { role: true, createdAt: true, company: { select: { id: true, name: true, siren: true } } },
        });
        const invitationsSent = await tx.companyInvitation.findMany({
          where: { invitedById: user.id },
          select: { id: true, companyId: true, email: true, createdAt: true, expiresAt: true, acceptedAt: true },
        });
        const invitationsReceived = await tx.companyInvitation.findMany({
          where: { email: user.email },
          select: { id: true, companyId: true, createdAt: true, expiresAt: true, acceptedAt: true },
        });
        const offers = await tx.offer.findMany({
          where: { createdById: user.id },
          orderBy: { createdAt: 'asc' },
          select: { id: true, companyId: true, title: true, status: true, createdAt: true, publishedAt: true, closedAt: true },
        });
        const alerts = await tx.alert.findMany({ where: { userId: user.id }, orderBy: { createdAt: 'asc' } });
        const notifications = await tx.notification.findMany({ where: { userId: user.id }, orderBy: { createdAt: 'asc' } });
        const targets = [
          { targetType: 'user', targetId: user.id },
          ...(profileId ? [{ targetType: 'candidate', targetId: profileId }] : []),
        ];
        const about = await tx.auditLog.findMany({
          where: { OR: targets },
          orderBy: { createdAt: 'asc' },
          select: { action: true, actorRole: true, targetType: true, targetId: true, metadata: true, createdAt: true },
        });
        const by = await tx.auditLog.findMany({ where: { actorId: user.id }, orderBy: { createdAt: 'asc' } });

        const candidateProfile = profile ? profileSection(profile) : null;
        return {
          exportedAt: new Date().toISOString(),
          account: { ...user },
          candidateProfile,
          consents: profile ? [{ consentAt: iso(profile.consentAt), consentVersion: profile.consentVersion }] : [],
          // Same rule as the pipeline view: the company's working notes stay the company's; the person's own notes are theirs.
          applications: applications.map(({ statusChanges, ...a }) => ({
            ...a,
            statusChanges: statusChanges.map(({ byUserId, note, ...c }) => ({ ...c, ...(byUserId === user.id ? { note } : {}) })),
          })),
          contactRequestsReceived: received,
          contactRequestsSent: sent,
          companyMemberships: memberships,
          invitations: { sent: invitationsSent, received: invitationsReceived },
          offersCreated: offers,
          hires,
          alerts,
          notifications,
          audit: { about, by },
        };
      },
      { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
    );
    // Recorded after the read so the document does not contain its own entry.
    await recordAudit(this.prisma, { actor: caller, action: 'user.export', targetType: 'user', targetId: caller.id, ip });
    // Dates become ISO strings, the same as every other API answer.
    return JSON.parse(JSON.stringify(doc)) as AccountExport;
  }
}

type ProfileRow = Prisma.CandidateProfileGetPayload<{ include: typeof PROFILE_INCLUDE }>;

function profileSection(profile: ProfileRow): Record<string, unknown> {
  const { cvStorageKey, cvOriginalName, cvSizeBytes, cvSha256, cvUploadedAt, roleFamilies, skills, ...rest } = profile;
  return {
    ...rest,
    roleFamilies: roleFamilies.map((r) => r.roleFamilyCode),
    skills: skills.map((s) => ({ name: s.skill.name, slug: s.skill.slug, level: s.level })),
    // The storage key is an internal locator, not data about the person; the file itself is downloadable at /candidates/me/cv.
    cv: cvStorageKey ? { fileName: cvOriginalName, sizeBytes: cvSizeBytes, sha256: cvSha256, uploadedAt: iso(cvUploadedAt) } : null,
  };
}

function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}
