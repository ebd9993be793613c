/** Candidates list their own applications; recruiters those sent to any of their companies' offers. */
import { Injectable } from '@nestjs/common';
import type { ApplicationView, ApplicationsQuery, Paginated } from '@talents/shared';
import type { AuthUser } from '../../common/auth/auth-user';
import { CompanyAccess } from '../../common/auth/company-access';
import { toApplicationView } from '../application-view';
import { ApplicationsRepository, type ApplicationFilter } from '../applications.repository';
import { revealedPairs } from '../candidate-disclosure';

@Injectable()
export class ListApplications {
  constructor(
    private readonly repo: ApplicationsRepository,
    private readonly access: CompanyAccess,
  ) {}

  async execute(user: AuthUser, query: ApplicationsQuery): Promise<Paginated<ApplicationView>> {
    const empty = { items: [], total: 0, page: query.page, pageSize: query.pageSize };
    const filter: ApplicationFilter = { status: query.status, offerId: query.offerId };
    if (user.role === 'CANDIDATE') {
      const profile = await this.repo.findProfileIdOfUser(user.id);
      if (!profile) return empty;
      filter.candidateId = profile.id;
    } else {
      const companyIds = (await this.access.membershipsOf(user.id)).map((m) => m.companyId);
      if (companyIds.length === 0) return empty;
      filter.companyIds = companyIds;
    }
    const { rows, total } = await this.repo.list(filter, query.page, query.pageSize);
    const revealed = user.role === 'RECRUITER'
      ? await revealedPairs(this.repo.prisma, [...new Set(rows.map((r) => r.offer.companyId))], [...new Set(rows.map((r) => r.candidate.id))])
      : new Set<string>();
    return { items: rows.map((r) => toApplicationView(r, user, revealed)), total, page: query.page, pageSize: query.pageSize };
  }
}
