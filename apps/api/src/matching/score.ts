/**
 * The match score, a pure function of an offer and a candidate (no I/O, no clock: `today` is passed in), so
 * the same code ranks matches for recruiters and recommendations for candidates, and is unit-tested alone.
 * Weights and tuning constants live in weights.ts; reasons are data the SPA puts into words.
 */
import type { MatchReason, SkillGap } from '@talents/shared';
import { distanceKm, roundKm } from '@talents/search';
import { CLOSE_CONTRACTS, LEVEL_YEARS, TUNING, WEIGHTS, type Criterion } from './weights';

export interface MatchOffer {
  roleFamily: string;
  contractType: string;
  lat: number | null;
  lon: number | null;
  remotePolicy: string;
  experienceLevel: string;
  /** YYYY-MM-DD or null (as soon as possible). */
  startDate: string | null;
  skills: { slug: string; name: string; required: boolean; minLevel: number | null }[];
}

export interface MatchProfile {
  roleFamilies: string[];
  contractTypes: string[];
  lat: number | null;
  lon: number | null;
  mobilityRadiusKm: number | null;
  remotePreference: string | null;
  /** YYYY-MM-DD or null (available now). */
  availableFrom: string | null;
  yearsOfExperience: number;
  skills: { slug: string; name: string; level: number }[];
}

export interface MatchScore {
  score: number;
  reasons: MatchReason[];
}

const DAY_MS = 24 * 3600 * 1000;

/** today: YYYY-MM-DD, the reference day for offers without a start date. */
export function scoreMatch(offer: MatchOffer, candidate: MatchProfile, today: string): MatchScore {
  const reasons: MatchReason[] = [
    requiredSkills(offer, candidate),
    niceToHave(offer, candidate),
    roleFamily(offer, candidate),
    distance(offer, candidate),
    contract(offer, candidate),
    availability(offer, candidate, today),
    experience(offer, candidate),
  ];
  const total = reasons.reduce((sum, r) => sum + r.points, 0);
  return { score: Math.max(0, Math.min(100, Math.round(total))), reasons };
}

/** Points of a criterion, to one decimal (reasons show them; the score rounds the sum). */
function points(criterion: Criterion, credit: number): { points: number; max: number } {
  const c = Math.max(0, Math.min(1, credit));
  return { points: Math.round(WEIGHTS[criterion] * c * 10) / 10, max: WEIGHTS[criterion] };
}

function levelCredit(level: number, expected: number): number {
  if (level >= expected) return 1;
  return Math.max(TUNING.minHeldCredit, 1 - TUNING.perMissingLevel * (expected - level));
}

function requiredSkills(offer: MatchOffer, candidate: MatchProfile): MatchReason {
  const held = new Map(candidate.skills.map((s) => [s.slug, s.level]));
  const required = offer.skills.filter((s) => s.required);
  const matched: string[] = [];
  const belowLevel: SkillGap[] = [];
  const missing: string[] = [];
  let credit = 0;
  for (const skill of required) {
    const level = held.get(skill.slug);
    const expected = skill.minLevel ?? TUNING.defaultExpectedLevel;
    if (level === undefined) missing.push(skill.name);
    else if (level >= expected) matched.push(skill.name);
    else belowLevel.push({ name: skill.name, level, expected });
    if (level !== undefined) credit += levelCredit(level, expected);
  }
  // An offer listing no required skill tells nothing: every candidate gets the same middle credit.
  const share = required.length ? credit / required.length : TUNING.unknown;
  return { kind: 'skills', matched, belowLevel, missing, ...points('requiredSkills', share) };
}

function niceToHave(offer: MatchOffer, candidate: MatchProfile): MatchReason {
  const held = new Set(candidate.skills.map((s) => s.slug));
  const wanted = offer.skills.filter((s) => !s.required);
  const matched = wanted.filter((s) => held.has(s.slug)).map((s) => s.name);
  const missing = wanted.filter((s) => !held.has(s.slug)).map((s) => s.name);
  const share = wanted.length ? matched.length / wanted.length : TUNING.unknown;
  return { kind: 'niceToHave', matched, missing, ...points('niceToHave', share) };
}

function roleFamily(offer: MatchOffer, candidate: MatchProfile): MatchReason {
  const match = candidate.roleFamilies.length ? candidate.roleFamilies.includes(offer.roleFamily) : null;
  const credit = match === null ? TUNING.unknown : match ? 1 : 0;
  return { kind: 'roleFamily', roleFamily: offer.roleFamily, match, ...points('roleFamily', credit) };
}

function distance(offer: MatchOffer, candidate: MatchProfile): MatchReason {
  const radiusKm = candidate.mobilityRadiusKm ?? TUNING.defaultRadiusKm;
  const known = offer.lat !== null && offer.lon !== null && candidate.lat !== null && candidate.lon !== null;
  const km = known ? roundKm(distanceKm(candidate.lat!, candidate.lon!, offer.lat!, offer.lon!)) : null;
  const reach = radiusKm * (offer.remotePolicy === 'HYBRID' ? TUNING.hybridRadiusFactor : 1);
  const withinRadius = km === null ? null : km <= reach;
  let credit: number;
  // Full remote: where the candidate lives does not matter.
  if (offer.remotePolicy === 'REMOTE') credit = 1;
  else if (km === null) credit = TUNING.unknown;
  else credit = km <= reach ? 1 : Math.max(0, 1 - (km - reach) / TUNING.distanceFalloffKm);
  if (offer.remotePolicy === 'ONSITE' && candidate.remotePreference === 'REMOTE') credit *= TUNING.remoteWishOnsitePenalty;
  return {
    kind: 'distance', km, radiusKm, remotePolicy: offer.remotePolicy, remotePreference: candidate.remotePreference, withinRadius,
    ...points('distance', credit),
  };
}

function contract(offer: MatchOffer, candidate: MatchProfile): MatchReason {
  const wanted = candidate.contractTypes;
  const fit = !wanted.length
    ? 'UNKNOWN'
    : wanted.includes(offer.contractType)
      ? 'EXACT'
      : wanted.some((c) => CLOSE_CONTRACTS[offer.contractType]?.includes(c))
        ? 'CLOSE'
        : 'NONE';
  const credit = { EXACT: 1, CLOSE: TUNING.closeContractCredit, NONE: 0, UNKNOWN: TUNING.unknown }[fit];
  return { kind: 'contract', contractType: offer.contractType, fit, ...points('contract', credit) };
}

function availability(offer: MatchOffer, candidate: MatchProfile, today: string): MatchReason {
  const start = offer.startDate && offer.startDate > today ? offer.startDate : today;
  const daysLate = candidate.availableFrom
    ? Math.max(0, Math.round((Date.parse(candidate.availableFrom) - Date.parse(start)) / DAY_MS))
    : 0;
  const step = TUNING.lateCredit.find(([days]) => daysLate <= days);
  return {
    kind: 'availability', availableFrom: candidate.availableFrom, startDate: offer.startDate, daysLate,
    ...points('availability', step ? step[1] : 0),
  };
}

function experience(offer: MatchOffer, candidate: MatchProfile): MatchReason {
  const years = candidate.yearsOfExperience;
  const range = LEVEL_YEARS[offer.experienceLevel] ?? { min: 0, max: Number.POSITIVE_INFINITY };
  let fit: 'BELOW' | 'MATCH' | 'ABOVE' = 'MATCH';
  let credit = 1;
  if (years < range.min) {
    fit = 'BELOW';
    credit = 1 - TUNING.perYearBelow * (range.min - years);
  } else if (years > range.max) {
    // Over-qualified matters less than under-qualified, but a junior post rarely suits a veteran.
    fit = 'ABOVE';
    credit = Math.max(TUNING.minAboveCredit, 1 - TUNING.perYearAbove * (years - range.max));
  }
  return { kind: 'experience', years, level: offer.experienceLevel, fit, ...points('experience', credit) };
}
