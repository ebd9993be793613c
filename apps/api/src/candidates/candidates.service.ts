/**
 * Candidate profile use cases: read and replace one's own profile, and view someone else's as a recruiter or
 * admin (masking in profile-view.ts, audit of every unmasked view).
 */
import { Injectable } from '@nestjs/common';
import type { CandidateProfileInput, OwnerProfile, ViewerProfile } from '@talents/shared';
import type { Prisma } from '@talents/db';
import { PrismaService } from '../common/prisma/prisma.service';
import { CompanyAccess } from '../common/auth/company-access';
import type { AuthUser } from '../common/auth/auth-user';
import { AppError, AppErrorCode } from '../common/errors/app-error';
import { recordAudit } from '../common/audit/audit';
import { recordEvent } from '../common/outbox/outbox';
import { CandidatesRepository } from './candidates.repository';
import { emptyOwnerProfile, toOwnerProfile } from './profile-mapper';
import { toViewerProfile, type Viewer } from './profile-view';
import type { ProfileWrite } from './profile-write';
import { normaliseSkills, type NormalisedSkill } from '@talents/db';

type Detail = { field: string; message: string };

@Injectable()
export class CandidatesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repo: CandidatesRepository,
    private readonly companies: CompanyAccess,
  ) {}

  async getMine(user: AuthUser): Promise<OwnerProfile> {
    const row = await this.repo.findByUserId(user.id);
    if (row) return toOwnerProfile(row);
    const email = await this.repo.userEmail(user.id);
    if (email === null) throw new AppError(AppErrorCode.UNAUTHENTICATED);
    return emptyOwnerProfile(email);
  }

  /** PUT: every database-dependent check runs before the transaction, so a 400 changes nothing. */
  async replaceMine(user: AuthUser, input: CandidateProfileInput): Promise<OwnerProfile> {
    const details: Detail[] = [];
    const unknown = new Set(await this.repo.unknownRoleFamilies(input.roleFamilies));
    input.roleFamilies.forEach((code, i) => unknown.has(code) && details.push({ field: `roleFamilies.${i}`, message: 'roleFamily.invalid' }));
    const basin = await this.repo.basin(input.basinCode);
    if (!basin) details.push({ field: 'basinCode', message: 'candidate.basinInvalid' });
    const { skills, invalid } = normaliseSkills(input.skills);
    invalid.forEach((i) => details.push({ field: `skills.${i}.name`, message: 'skill.invalid' }));
    if (details.length) throw new AppError(AppErrorCode.VALIDATION_FAILED, details);

    // No coordinates given: the basin's centre stands in, so distance search still places the candidate.
    const write: ProfileWrite = input.lat === null ? { ...input, lat: basin?.lat ?? null, lon: basin?.lon ?? null } : input;
    return this.save(user, write, skills);
  }

  /** Writes a profile and its outbox event in one transaction; used by PUT and by the JSON Resume import. */
  async save(user: AuthUser, write: ProfileWrite, skills: NormalisedSkill[] = normaliseSkills(write.skills).skills): Promise<OwnerProfile> {
    const row = await this.prisma.$transaction(async (tx: Prisma.TransactionClient) => {
      const candidateId = await this.repo.replace(tx, user.id, write, skills);
      await recordEvent(tx, {
        type: 'candidate.profile-updated',
        aggregateType: 'candidate',
        aggregateId: candidateId,
        payload: { candidateId, visibility: write.visibility },
      });
      return this.repo.findByUserId(user.id, tx);
    });
    return toOwnerProfile(row!);
  }

  /** GET /candidates/:id for a recruiter (verified company required) or an admin. */
  async viewAs(user: AuthUser, candidateId: string, ip: string): Promise<ViewerProfile> {
    const viewer = await this.viewerFor(user, candidateId);
    const row = await this.repo.findById(candidateId);
    if (!row) throw new AppError(AppErrorCode.NOT_FOUND);
    // Archived or suspended accounts are out of the catalogue, whatever their visibility.
    if (user.role !== 'ADMIN' && (row.user.archivedAt || row.user.suspendedAt)) throw new AppError(AppErrorCode.NOT_FOUND);
    const result = toViewerProfile(toOwnerProfile(row), viewer);
    if (!result.visible) throw new AppError(AppErrorCode.NOT_FOUND);
    if (result.full) {
      await recordAudit(this.prisma, {
        actor: user,
        action: 'candidate.view',
        targetType: 'candidate',
        targetId: candidateId,
        metadata: { reason: result.reason, visibility: row.visibility },
        ip,
      });
    }
    return result.profile;
  }

  /** Recruiters act for their verified, unsuspended companies; the relationship is computed over all of them. */
  async viewerFor(user: AuthUser, candidateId: string): Promise<Viewer> {
    if (user.role === 'ADMIN') return { role: 'ADMIN' };
    if (user.role !== 'RECRUITER') throw new AppError(AppErrorCode.FORBIDDEN);
    await this.companies.requireAnyVerifiedCompany(user);
    const companyIds = (await this.companies.membershipsOf(user.id)).filter((m) => m.verified && !m.suspended).map((m) => m.companyId);
    return { role: 'RECRUITER', relationship: await this.repo.relationship(candidateId, companyIds) };
  }
}
