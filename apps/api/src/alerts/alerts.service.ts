/**
 * Saved searches. Candidates watch offers, recruiters of a verified company watch talents (the same rule as
 * GET /talents); admins keep none. Someone else's alert answers 404, as if it did not exist. The worker's
 * fan-out reads these rows; an unsubscribed alert (unsubscribedAt set) is kept but never delivered.
 */
import { Injectable } from '@nestjs/common';
import { skillSlug, type Prisma } from '@talents/db';
import {
  MAX_ALERTS_PER_USER, type AlertView, type AlertsQuery, type CreateAlertRequest, type Paginated, type UpdateAlertRequest,
} from '@talents/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CompanyAccess } from '../common/auth/company-access';
import { AppError, AppErrorCode } from '../common/errors/app-error';
import { toAlertView } from './alert-view';
import { AlertsRepository, type AlertRow } from './alerts.repository';

@Injectable()
export class AlertsService {
  constructor(
    private readonly repo: AlertsRepository,
    private readonly access: CompanyAccess,
  ) {}

  async list(user: AuthUser, query: AlertsQuery): Promise<Paginated<AlertView>> {
    const { rows, total } = await this.repo.list(user.id, query.kind, query.page, query.pageSize);
    return { items: rows.map(toAlertView), total, page: query.page, pageSize: query.pageSize };
  }

  async create(user: AuthUser, body: CreateAlertRequest): Promise<AlertView> {
    await this.requireMayWatch(user, body.kind);
    const row = await this.repo.transaction(async (tx) => {
      await this.repo.lockUser(tx, user.id);
      if ((await this.repo.countOfUser(tx, user.id)) >= MAX_ALERTS_PER_USER) {
        throw new AppError(AppErrorCode.CONFLICT, [{ field: 'kind', message: 'alert.limitReached' }]);
      }
      return this.repo.create(tx, {
        userId: user.id,
        kind: body.kind,
        name: body.name,
        query: body.query,
        filters: normaliseFilters(body),
        frequency: body.frequency,
      });
    });
    return toAlertView(row);
  }

  async update(user: AuthUser, id: string, body: UpdateAlertRequest): Promise<AlertView> {
    const current = await this.owned(user, id);
    // Turning a talent alert back on is watching talents again: the company must still be verified.
    if (body.active === true && current.unsubscribedAt !== null) await this.requireMayWatch(user, current.kind);
    const data: Prisma.AlertUpdateInput = {};
    if (body.name !== undefined) data.name = body.name;
    if (body.frequency !== undefined) data.frequency = body.frequency;
    if (body.active === true) data.unsubscribedAt = null;
    // Keep the first unsubscribe time when it is already off.
    if (body.active === false && current.unsubscribedAt === null) data.unsubscribedAt = new Date();
    return toAlertView(await this.repo.update(id, data));
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    if (!(await this.repo.deleteOwned(user.id, id))) throw new AppError(AppErrorCode.NOT_FOUND);
  }

  private async owned(user: AuthUser, id: string): Promise<AlertRow> {
    const row = await this.repo.findOwned(user.id, id);
    if (!row) throw new AppError(AppErrorCode.NOT_FOUND);
    return row;
  }

  private async requireMayWatch(user: AuthUser, kind: AlertRow['kind']): Promise<void> {
    switch (user.role) {
      case 'CANDIDATE':
        if (kind !== 'OFFERS') throw new AppError(AppErrorCode.FORBIDDEN, [{ field: 'kind', message: 'alert.offersOnly' }]);
        return;
      case 'RECRUITER':
        if (kind !== 'TALENTS') throw new AppError(AppErrorCode.FORBIDDEN, [{ field: 'kind', message: 'alert.talentsOnly' }]);
        // The same rule as GET /talents: a verified, unsuspended company.
        await this.access.requireAnyVerifiedCompany(user);
        return;
      default:
        throw new AppError(AppErrorCode.FORBIDDEN);
    }
  }
}

/** Skills are stored as the index's slugs ("Node.js" → "node-js"), as GET /talents does, so matching compares like with like. */
function normaliseFilters(body: CreateAlertRequest): Prisma.InputJsonObject {
  if (body.kind === 'OFFERS') return body.filters;
  const { skills, ...rest } = body.filters;
  const slugs = [...new Set((skills ?? []).map(skillSlug).filter(Boolean))];
  return slugs.length > 0 ? { ...rest, skills: slugs } : rest;
}
