/**
 * THE place where the match score is tuned (docs/decisions/0008-matching.md). A score is the sum, over the
 * criteria below, of weight × credit, where each credit is between 0 and 1 (score.ts computes them); the
 * weights add up to 100 so the score reads as a percentage. Change a number here, run the relevance test
 * (test/matching-relevance.e2e-spec.ts, precision@5 ≥ 0.8), and update the decision record.
 */
export const WEIGHTS = {
  /** Required skills covered, each at the expected level: the heart of a recruiter's judgement. */
  requiredSkills: 40,
  /** Nice-to-have skills: a tie-breaker between candidates who cover the required ones. */
  niceToHave: 8,
  /** The offer's role family among the candidate's wished families. */
  roleFamily: 10,
  /** Distance vs mobility radius, softened by the remote policy. */
  distance: 15,
  /** Contract type wanted by the candidate. */
  contract: 12,
  /** Available by the start date. */
  availability: 5,
  /** Years of experience vs the offer's level. */
  experience: 10,
} as const;

export type Criterion = keyof typeof WEIGHTS;

export const TUNING = {
  /** Expected level (1–5) of a required skill when the offer sets no minimum. */
  defaultExpectedLevel: 2,
  /** Credit lost per level below the expected one, and the floor for a skill held at all. */
  perMissingLevel: 0.3,
  minHeldCredit: 0.3,
  /** Credit of a criterion the offer or the profile says nothing about (no skills listed, no contract…). */
  unknown: 0.5,
  /** Mobility radius assumed when the candidate gives none. */
  defaultRadiusKm: 30,
  /** HYBRID offers need fewer trips: the radius stretches by this factor. */
  hybridRadiusFactor: 1.5,
  /** Beyond the radius, the distance credit falls linearly to 0 over this many km. */
  distanceFalloffKm: 50,
  /** A candidate who wants full remote facing an ONSITE offer keeps this share of the distance credit. */
  remoteWishOnsitePenalty: 0.5,
  /** Close contract types (CDI↔CDD, ALTERNANCE↔STAGE) earn this share. */
  closeContractCredit: 0.4,
  /** Availability after the start date: credit by delay (days ≤ key → credit), 0 beyond the last. */
  lateCredit: [
    [0, 1],
    [30, 0.7],
    [90, 0.35],
  ] as readonly (readonly [number, number])[],
  /** Years below the level's minimum cost this share each; years above its maximum cost less. */
  perYearBelow: 0.3,
  perYearAbove: 0.1,
  minAboveCredit: 0.4,
} as const;

/** Years of experience each level expects (shared/offers.ts: ENTRY none, JUNIOR < 3, MID 3–6, SENIOR > 6). */
export const LEVEL_YEARS: Record<string, { min: number; max: number }> = {
  ENTRY: { min: 0, max: 2 },
  JUNIOR: { min: 0, max: 3 },
  MID: { min: 3, max: 7 },
  SENIOR: { min: 6, max: Number.POSITIVE_INFINITY },
};

/** Contract types close enough to earn part of the contract credit. */
export const CLOSE_CONTRACTS: Record<string, readonly string[]> = {
  CDI: ['CDD'],
  CDD: ['CDI'],
  ALTERNANCE: ['STAGE'],
  STAGE: ['ALTERNANCE'],
  FREELANCE: [],
};
