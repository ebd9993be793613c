/** One application with its history, for the candidate who sent it or a recruiter of the offer's company. */
import { Injectable } from '@nestjs/common';
import type { ApplicationView } from '@talents/shared';
import type { AuthUser } from '../../common/auth/auth-user';
import { CompanyAccess } from '../../common/auth/company-access';
import { recordAudit } from '../../common/audit/audit';
import { AppError, AppErrorCode } from '../../common/errors/app-error';
import { toApplicationView } from '../application-view';
import { ApplicationsRepository, type ApplicationRow } from '../applications.repository';
import { revealedPairs } from '../candidate-disclosure';

@Injectable()
export class GetApplication {
  constructor(
    private readonly repo: ApplicationsRepository,
    private readonly access: CompanyAccess,
  ) {}

  async execute(user: AuthUser, id: string): Promise<ApplicationView> {
    const row = await this.repo.findApplication(id);
    if (!row) throw new AppError(AppErrorCode.NOT_FOUND);
    await this.requireParty(user, row);
    const view = await this.view(user, row);
    if (user.role === 'RECRUITER' && view.candidate.revealed) {
      // Opening one applicant's file is access to personal data (0005): audited like GET /candidates/:id.
      const reason = row.candidate.visibility === 'PUBLIC' ? 'PUBLIC' : row.status !== 'WITHDRAWN' ? 'APPLIED' : 'CONTACT_ACCEPTED';
      await recordAudit(this.repo.prisma, {
        actor: user, action: 'candidate.view', targetType: 'candidate', targetId: row.candidate.id,
        metadata: { reason, applicationId: row.id },
      });
    }
    return view;
  }

  /** The candidate of the application, or a member of the offer's company; anyone else gets 403. */
  async requireParty(user: AuthUser, row: ApplicationRow): Promise<'CANDIDATE' | 'RECRUITER'> {
    if (user.role === 'CANDIDATE' && row.candidate.userId === user.id) return 'CANDIDATE';
    if (user.role === 'RECRUITER') {
      await this.access.requireMember(user, row.offer.companyId);
      return 'RECRUITER';
    }
    throw new AppError(AppErrorCode.FORBIDDEN);
  }

  async view(user: AuthUser, row: ApplicationRow): Promise<ApplicationView> {
    const revealed = user.role === 'RECRUITER' ? await revealedPairs(this.repo.prisma, [row.offer.companyId], [row.candidate.id]) : new Set<string>();
    return toApplicationView(row, user, revealed);
  }
}
