/**
 * Matches of an offer (recruiters of its company) and recommendations of offers (candidates): retrieve a
 * pool with the search engine, load the full rows, score each pair with the pure scorer, keep the best.
 */
import { Injectable } from '@nestjs/common';
import type { MatchItem, MatchesResponse, RecommendationItem, RecommendationsResponse } from '@talents/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { CompanyAccess } from '../common/auth/company-access';
import { AppError, AppErrorCode } from '../common/errors/app-error';
import { toMatchedCandidate, toRecommendedOffer } from './match-view';
import { MatchingRepository, toMatchOffer, toMatchProfile } from './matching.repository';
import { MatchRetrieval } from './retrieval';
import { scoreMatch, type MatchScore } from './score';

@Injectable()
export class MatchingService {
  constructor(
    private readonly repo: MatchingRepository,
    private readonly retrieval: MatchRetrieval,
    private readonly access: CompanyAccess,
  ) {}

  async matches(user: AuthUser, offerId: string, limit: number): Promise<MatchesResponse> {
    const row = await this.repo.findOffer(offerId);
    if (!row) throw new AppError(AppErrorCode.NOT_FOUND);
    await this.access.requireMember(user, row.companyId);
    const offer = toMatchOffer(row);
    const profiles = await this.repo.visibleProfiles(await this.retrieval.candidatesFor(offer));
    const today = todayIso();
    const scored = profiles.map((p) => ({ row: p, id: p.id, ...scoreMatch(offer, toMatchProfile(p), today) }));
    const items: MatchItem[] = rank(scored)
      .slice(0, limit)
      .map((s) => ({ candidate: toMatchedCandidate(s.row), score: s.score, reasons: s.reasons }));
    return { offerId, items, total: scored.length, limit };
  }

  /** Without a profile there is nothing to match on: an empty list with hasProfile false (not an error). */
  async recommendations(user: AuthUser, limit: number): Promise<RecommendationsResponse> {
    const row = await this.repo.profileOfUser(user.id);
    if (!row) return { items: [], total: 0, limit, hasProfile: false };
    const profile = toMatchProfile(row);
    const offers = await this.repo.publicOffers(await this.retrieval.offersFor(profile), new Date());
    const today = todayIso();
    const scored = offers.map((o) => ({ row: o, id: o.id, ...scoreMatch(toMatchOffer(o), profile, today) }));
    const items: RecommendationItem[] = rank(scored)
      .slice(0, limit)
      .map((s) => ({ offer: toRecommendedOffer(s.row), score: s.score, reasons: s.reasons }));
    return { items, total: scored.length, limit, hasProfile: true };
  }
}

/** Best score first; ties go to the better required-skill coverage, then to the id, so pages are stable. */
function rank<T extends MatchScore & { id: string }>(scored: T[]): T[] {
  const skillPoints = (s: MatchScore) => s.reasons.find((r) => r.kind === 'skills')?.points ?? 0;
  return [...scored].sort((a, b) => b.score - a.score || skillPoints(b) - skillPoints(a) || a.id.localeCompare(b.id));
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
