/**
 * Matching (GET /offers/:id/matches, GET /candidates/me/recommendations): the query, and the score reasons.
 * Reasons are structured data, never sentences, so the SPA words them in French or English
 * (docs/decisions/0008-matching.md). `points` is what the criterion added to the 0–100 score, `max` its weight.
 */
import { z } from 'zod';

export const MATCH_LIMIT_MAX = 50;
export const MATCH_LIMIT_DEFAULT = 20;

export const MatchesQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(MATCH_LIMIT_MAX).default(MATCH_LIMIT_DEFAULT),
});
export type MatchesQuery = z.infer<typeof MatchesQuery>;

interface Scored {
  points: number;
  max: number;
}

/** A required skill held below the expected level. */
export interface SkillGap {
  name: string;
  level: number;
  expected: number;
}

export type MatchReason =
  /** Required skills: held at the expected level, held below it, or missing. */
  | ({ kind: 'skills'; matched: string[]; belowLevel: SkillGap[]; missing: string[] } & Scored)
  | ({ kind: 'niceToHave'; matched: string[]; missing: string[] } & Scored)
  /** match: the candidate names the offer's family; null when the candidate names none. */
  | ({ kind: 'roleFamily'; roleFamily: string; match: boolean | null } & Scored)
  /** km: null when a position is unknown; radiusKm: the candidate's mobility radius (or the default). */
  | ({ kind: 'distance'; km: number | null; radiusKm: number; remotePolicy: string; remotePreference: string | null; withinRadius: boolean | null } & Scored)
  /** fit: EXACT contract wanted, CLOSE (CDI↔CDD, ALTERNANCE↔STAGE), NONE, or UNKNOWN (candidate listed none). */
  | ({ kind: 'contract'; contractType: string; fit: 'EXACT' | 'CLOSE' | 'NONE' | 'UNKNOWN' } & Scored)
  /** daysLate: days between the start date (today when none) and the candidate's availability, 0 if on time. */
  | ({ kind: 'availability'; availableFrom: string | null; startDate: string | null; daysLate: number } & Scored)
  | ({ kind: 'experience'; years: number; level: string; fit: 'BELOW' | 'MATCH' | 'ABOVE' } & Scored);

export type MatchReasonKind = MatchReason['kind'];

/** What a recruiter sees of a matched candidate: the talent-search card; anonymous profiles are masked. */
export interface MatchedCandidate {
  id: string;
  /** The name for PUBLIC profiles, "Candidat·e #xxxxxx" for masked ones. */
  displayName: string;
  masked: boolean;
  headline: string | null;
  skills: { name: string; slug: string; level: number }[];
  roleFamilies: string[];
  track: string | null;
  basinCode: string | null;
  town: string | null;
  contractTypes: string[];
  availableFrom: string | null;
  yearsOfExperience: number;
}

export interface MatchItem {
  candidate: MatchedCandidate;
  score: number;
  reasons: MatchReason[];
}

export interface MatchesResponse {
  offerId: string;
  items: MatchItem[];
  /** Candidates retrieved and scored (the list holds the best `limit` of them). */
  total: number;
  limit: number;
}

export interface RecommendedOffer {
  id: string;
  title: string;
  companyName: string;
  roleFamilyCode: string;
  contractType: string;
  basinCode: string;
  town: string | null;
  remotePolicy: string;
  experienceLevel: string;
  salaryMin: number;
  salaryMax: number;
  startDate: string | null;
  publishedAt: string | null;
}

export interface RecommendationItem {
  offer: RecommendedOffer;
  score: number;
  reasons: MatchReason[];
}

export interface RecommendationsResponse {
  items: RecommendationItem[];
  total: number;
  limit: number;
  /** false when the candidate has no profile yet: the list is then empty. */
  hasProfile: boolean;
}
