/**
 * What matching returns about each side. Candidates: the talent-search card (no contact, no coordinates,
 * no bio), with the name only for PUBLIC profiles — ANONYMOUS ones get the same stable pseudonym as
 * GET /candidates/:id (candidates/profile-view.ts). HIDDEN profiles never reach this point (repository).
 */
import type { MatchedCandidate, RecommendedOffer } from '@talents/shared';
import { anonymousName } from '../candidates/profile-view';
import type { MatchOfferRow, MatchProfileRow } from './matching.repository';

export function toMatchedCandidate(p: MatchProfileRow): MatchedCandidate {
  const masked = p.visibility !== 'PUBLIC';
  return {
    id: p.id,
    displayName: masked ? anonymousName(p.id) : `${p.firstName} ${p.lastName}`.trim() || anonymousName(p.id),
    masked,
    headline: p.headline,
    skills: p.skills
      .map((s) => ({ name: s.skill.name, slug: s.skill.slug, level: s.level }))
      .sort((a, b) => b.level - a.level || a.name.localeCompare(b.name)),
    roleFamilies: p.roleFamilies.map((r) => r.roleFamilyCode).sort(),
    track: p.track,
    basinCode: p.basinCode,
    town: p.town,
    contractTypes: [...p.contractTypes].sort(),
    availableFrom: p.availableFrom ? p.availableFrom.toISOString().slice(0, 10) : null,
    yearsOfExperience: p.yearsOfExperience,
  };
}

export function toRecommendedOffer(o: MatchOfferRow): RecommendedOffer {
  return {
    id: o.id,
    title: o.title,
    companyName: o.company.name,
    roleFamilyCode: o.roleFamilyCode,
    contractType: o.contractType,
    basinCode: o.basinCode,
    town: o.town,
    remotePolicy: o.remotePolicy,
    experienceLevel: o.experienceLevel,
    salaryMin: o.salaryMin,
    salaryMax: o.salaryMax,
    startDate: o.startDate ? o.startDate.toISOString().slice(0, 10) : null,
    publishedAt: o.publishedAt?.toISOString() ?? null,
  };
}
