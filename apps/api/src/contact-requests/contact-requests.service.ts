/**
 * Contact requests: a recruiter of a verified company asks an anonymous candidate to reveal their identity.
 * Limits protect candidates from being spammed: one pending request per company and candidate, and at most
 * CONTACT_REQUESTS_PER_COMPANY_PER_DAY per company over a rolling 24 hours.
 */
import { Injectable } from '@nestjs/common';
import {
  CONTACT_REQUESTS_PER_COMPANY_PER_DAY, type AnswerContactRequest, type ContactRequestView, type ContactRequestsQuery,
  type CreateContactRequest, type Paginated,
} from '@talents/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CompanyAccess, type Membership } from '../common/auth/company-access';
import { AppError, AppErrorCode } from '../common/errors/app-error';
import { notify } from '../common/notifications/notify';
import { recordEvent } from '../common/outbox/outbox';
import { pairKey, revealedPairs, toApplicantView } from '../applications/candidate-disclosure';
import { ContactRequestsRepository, type ContactRequestRow } from './contact-requests.repository';

const DAY_MS = 24 * 3600 * 1000;
/** Unanswered requests expire after this (the retention job marks them EXPIRED; the API already ignores them). */
const PENDING_TTL_MS = 30 * DAY_MS;

@Injectable()
export class ContactRequestsService {
  constructor(
    private readonly repo: ContactRequestsRepository,
    private readonly access: CompanyAccess,
  ) {}

  async create(user: AuthUser, candidateId: string, body: CreateContactRequest): Promise<ContactRequestView> {
    // The company first: an unverified recruiter learns nothing about which candidates exist.
    const { membership, offer } = await this.actingCompany(user, body.offerId);
    const candidate = await this.repo.findCandidate(candidateId);
    if (!candidate || candidate.visibility === 'HIDDEN' || candidate.user.suspendedAt || candidate.user.archivedAt) {
      throw new AppError(AppErrorCode.NOT_FOUND);
    }
    const companyId = membership.companyId;
    const now = new Date();
    const id = await this.repo.transaction(async (tx) => {
      await this.repo.lockCompany(tx, companyId);
      if ((await this.repo.countPending(tx, companyId, candidateId, now)) > 0) {
        throw new AppError(AppErrorCode.CONFLICT, [{ field: 'candidateId', message: 'contactRequest.pendingExists' }]);
      }
      if ((await this.repo.countSentSince(tx, companyId, new Date(now.getTime() - DAY_MS))) >= CONTACT_REQUESTS_PER_COMPANY_PER_DAY) {
        throw new AppError(AppErrorCode.DAILY_LIMIT_REACHED, [{ field: 'companyId', message: 'contactRequest.dailyLimit' }]);
      }
      const created = await this.repo.create(tx, {
        companyId,
        recruiterId: user.id,
        candidateId,
        offerId: offer?.id ?? null,
        message: body.message,
        expiresAt: new Date(now.getTime() + PENDING_TTL_MS),
      });
      await recordEvent(tx, {
        type: 'contact-request.created',
        aggregateType: 'contact-request',
        aggregateId: created.id,
        payload: { contactRequestId: created.id, companyId, candidateId, offerId: offer?.id ?? null },
      });
      const company = await this.repo.findCompanyName(companyId);
      await notify(tx, candidate.userId, 'contact-request.created', {
        contactRequestId: created.id,
        companyId,
        companyName: company.name,
        ...(offer ? { offerId: offer.id, offerTitle: offer.title } : {}),
      });
      return created.id;
    });
    return this.viewFor(user, id);
  }

  async list(user: AuthUser, query: ContactRequestsQuery): Promise<Paginated<ContactRequestView>> {
    const empty = { items: [], total: 0, page: query.page, pageSize: query.pageSize };
    const status = query.status ? { status: query.status } : {};
    let where;
    if (user.role === 'CANDIDATE') {
      const profile = await this.repo.findProfileIdOfUser(user.id);
      if (!profile) return empty;
      where = { candidateId: profile.id, ...status };
    } else {
      const companyIds = (await this.access.membershipsOf(user.id)).map((m) => m.companyId);
      if (companyIds.length === 0) return empty;
      where = { companyId: { in: companyIds }, ...status };
    }
    const { rows, total } = await this.repo.list(where, query.page, query.pageSize);
    const items = await this.views(user, rows);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  async answer(user: AuthUser, id: string, body: AnswerContactRequest): Promise<ContactRequestView> {
    const row = await this.repo.findById(id);
    if (!row) throw new AppError(AppErrorCode.NOT_FOUND);
    if (row.candidate.userId !== user.id) throw new AppError(AppErrorCode.FORBIDDEN);
    const now = new Date();
    await this.repo.transaction(async (tx) => {
      if (!(await this.repo.answerIfPending(tx, id, body.status, now))) {
        throw new AppError(AppErrorCode.CONFLICT, [{ field: 'status', message: 'contactRequest.notPending' }]);
      }
      await recordEvent(tx, {
        type: 'contact-request.answered',
        aggregateType: 'contact-request',
        aggregateId: id,
        payload: { contactRequestId: id, companyId: row.companyId, candidateId: row.candidateId, status: body.status },
      });
      // The recruiter who asked; the whole company if that account has been erased since.
      const recipients = row.recruiterId ? [row.recruiterId] : await this.repo.memberUserIds(tx, row.companyId);
      await notify(tx, recipients, 'contact-request.answered', { contactRequestId: id, candidateId: row.candidateId, status: body.status });
    });
    return this.viewFor(user, id);
  }

  /** The company a request is sent for: the offer's (which the recruiter must belong to), else their first verified one. */
  private async actingCompany(user: AuthUser, offerId: string | undefined): Promise<{ membership: Membership; offer: { id: string; title: string } | null }> {
    if (!offerId) return { membership: await this.access.requireAnyVerifiedCompany(user), offer: null };
    const offer = await this.repo.findOffer(offerId);
    if (!offer) throw new AppError(AppErrorCode.NOT_FOUND);
    return { membership: await this.access.requireVerifiedMember(user, offer.companyId), offer };
  }

  private async viewFor(user: AuthUser, id: string): Promise<ContactRequestView> {
    const row = await this.repo.findById(id);
    if (!row) throw new AppError(AppErrorCode.NOT_FOUND);
    return (await this.views(user, [row]))[0]!;
  }

  private async views(user: AuthUser, rows: ContactRequestRow[]): Promise<ContactRequestView[]> {
    const revealed = user.role === 'CANDIDATE'
      ? null
      : await revealedPairs(this.repo.prisma, [...new Set(rows.map((r) => r.companyId))], [...new Set(rows.map((r) => r.candidateId))]);
    return rows.map((r) => ({
      id: r.id,
      status: r.status,
      message: r.message,
      createdAt: r.createdAt.toISOString(),
      respondedAt: r.respondedAt?.toISOString() ?? null,
      expiresAt: r.expiresAt?.toISOString() ?? null,
      company: r.company,
      offer: r.offer,
      candidate: toApplicantView(r.candidate, revealed === null || revealed.has(pairKey(r.companyId, r.candidateId))),
    }));
  }
}
