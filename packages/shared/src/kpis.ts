/**
 * Contract of the operator's KPI document (GET /admin/kpis) and of the public statistics (GET /stats).
 * What every figure counts is defined in docs/kpis.md and next to its query in apps/api/src/kpis/.
 */
import { z } from 'zod';

/** Calendar periods are cut in the region's time zone, whatever the server's. */
export const KPI_TIME_ZONE = 'Europe/Paris';
/** Longest window the KPI document accepts: keeps the query cost and the series length bounded. */
export const KPI_MAX_RANGE_YEARS = 5;
export const KPI_GROUP_BY = ['week', 'month'] as const;
export const KpiGroupBy = z.enum(KPI_GROUP_BY);
export type KpiGroupBy = z.infer<typeof KpiGroupBy>;

/** Key used in breakdowns for a dimension the person did not fill in (gender, track, basin, training route). */
export const NOT_DECLARED = 'NOT_DECLARED';
/** Key used for companies without an incubator/accelerator. */
export const NO_SUPPORT_STRUCTURE = 'NONE';

/** `from`/`to` are calendar days in Europe/Paris, both included. Defaults: the 12 months ending today. */
export const KpiQuery = z
  .object({
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    groupBy: KpiGroupBy.default('week'),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to) ctx.addIssue({ code: 'custom', path: ['from'], message: 'kpis.fromAfterTo' });
    if (q.from && q.to) {
      const limit = new Date(`${q.from}T00:00:00Z`);
      limit.setUTCFullYear(limit.getUTCFullYear() + KPI_MAX_RANGE_YEARS);
      if (new Date(`${q.to}T00:00:00Z`) > limit) ctx.addIssue({ code: 'custom', path: ['to'], message: 'kpis.rangeTooLong' });
    }
  });
export type KpiQuery = z.infer<typeof KpiQuery>;

export interface KpiCount {
  key: string;
  /** Human label (French) for role families and basins; the key otherwise. */
  label: string;
  count: number;
}

export interface KpiPeriod {
  /** First day of the week (Monday) or month, Europe/Paris, YYYY-MM-DD. The first/last may be partial. */
  period: string;
  candidatesRegistered: number;
  candidatesCumulative: number;
  companiesRegistered: number;
  companiesCumulative: number;
  companiesVerified: number;
  offersPublished: number;
  offersFilled: number;
  offersExpired: number;
  applications: number;
  contactRequests: number;
  hires: number;
  hiresCumulative: number;
}

export interface KpiTotals {
  candidatesRegistered: number;
  companiesRegistered: number;
  companiesVerified: number;
  offersPublished: number;
  offersFilled: number;
  offersExpired: number;
  applications: number;
  contactRequests: number;
  contactRequestsAccepted: number;
  contactRequestsDeclined: number;
  contactRequestsExpired: number;
  contactRequestsPending: number;
  /** accepted / (accepted + declined + expired); null when no request got an outcome. */
  contactAcceptanceRate: number | null;
  hires: number;
  /** All-time totals at the end of the window (the "cumulative" success KPIs). */
  candidatesToDate: number;
  companiesToDate: number;
  verifiedCompaniesToDate: number;
  hiresToDate: number;
}

export interface KpiGenderShare {
  total: number;
  /** FEMALE, MALE, NON_BINARY, UNDISCLOSED (chose not to say), NOT_DECLARED (never answered). */
  counts: KpiCount[];
  /** Self-declared women / everyone (declared or not); null when total is 0. */
  womenShare: number | null;
  /** Self-declared women / people who declared FEMALE, MALE or NON_BINARY; null when none did. */
  womenShareOfDeclared: number | null;
  notDeclaredShare: number | null;
}

export interface KpiFunnelStage {
  stage: 'APPLIED' | 'SHORTLISTED' | 'INTERVIEW' | 'OFFER' | 'HIRED';
  /** Applications of the window that reached at least this stage (now). */
  count: number;
  /** count / previous stage's count; null for APPLIED or when the previous stage is 0. */
  conversionFromPrevious: number | null;
  /** count / APPLIED count; null when there are no applications. */
  conversionFromApplied: number | null;
}

export interface KpiDocument {
  window: { from: string; to: string; groupBy: KpiGroupBy; timeZone: string };
  totals: KpiTotals;
  series: KpiPeriod[];
  breakdowns: {
    hires: Record<'roleFamily' | 'basin' | 'track' | 'contractType' | 'trainingRoute' | 'supportStructure', KpiCount[]>;
    candidates: Record<'roleFamily' | 'basin' | 'track' | 'trainingRoute', KpiCount[]>;
    offersPublished: Record<'roleFamily' | 'basin' | 'contractType', KpiCount[]>;
    companies: Record<'basin' | 'supportStructure', KpiCount[]>;
  };
  gender: { candidates: KpiGenderShare; applicants: KpiGenderShare; hires: KpiGenderShare };
  funnel: KpiFunnelStage[];
  timeToHire: { hires: number; medianDays: number | null; p75Days: number | null };
}

/** Public statistics: counts under this are replaced by null (`suppressed: true`). */
export const STATS_MIN_COUNT = 5;

export interface StatsCell {
  key: string;
  label: string;
  count: number | null;
  suppressed: boolean;
}

export interface StatsFigure {
  count: number | null;
  suppressed: boolean;
}

export interface PublicStats {
  generatedAt: string;
  minCount: number;
  candidatesRegistered: StatsFigure;
  companiesRegistered: StatsFigure;
  hires: StatsFigure;
  candidatesByRoleFamily: StatsCell[];
  candidatesByBasin: StatsCell[];
  hiresByRoleFamily: StatsCell[];
  hiresByBasin: StatsCell[];
}
