/**
 * Assembles the KPI document: countable figures from the daily aggregates (refreshed first for dirty days),
 * hires and time to hire live; the reads run concurrently. Everything computed here is
 * arithmetic on their counts: cumulative series, funnel stages (furthest stage reached → "reached at least"),
 * rates and shares. Rates are fractions in [0, 1] rounded to 4 decimals, null when undefined (0/0).
 */
import { Injectable } from '@nestjs/common';
import {
  KPI_TIME_ZONE, NOT_DECLARED, NO_SUPPORT_STRUCTURE,
  type KpiCount, type KpiDocument, type KpiFunnelStage, type KpiGenderShare, type KpiPeriod, type KpiQuery,
} from '@talents/shared';
import { KpiBreakdownsRepository, type DimRow } from './kpi-breakdowns.repository';
import { defaultRange } from './kpi-window';
import { KpisRepository } from './kpis.repository';

const FUNNEL_STAGES = ['APPLIED', 'SHORTLISTED', 'INTERVIEW', 'OFFER', 'HIRED'] as const;
const GENDERS = ['FEMALE', 'MALE', 'NON_BINARY', 'UNDISCLOSED', NOT_DECLARED] as const;

export const rate = (num: number, den: number): number | null => (den > 0 ? Math.round((num / den) * 10_000) / 10_000 : null);
const days = (value: number | null): number | null => (value === null ? null : Math.round(value * 10) / 10);

@Injectable()
export class KpisService {
  constructor(
    private readonly kpis: KpisRepository,
    private readonly breakdowns: KpiBreakdownsRepository,
  ) {}

  async document(query: KpiQuery): Promise<KpiDocument> {
    const range = query.from && query.to ? { from: query.from, to: query.to } : this.completeRange(query);
    const w = await this.kpis.window(range.from, range.to, query.groupBy);
    await this.kpis.refresh(w);
    const [labels, agg, hires, hiresBefore, hireDims, tth] = await Promise.all([
      this.kpis.labels(), this.kpis.aggregates(w), this.kpis.hires(w), this.kpis.hiresBefore(w),
      this.breakdowns.hires(w), this.breakdowns.timeToHire(w),
    ]);
    const candidates = agg.series('candidates');
    const companies = agg.series('companies');
    const verified = agg.series('companiesVerified');
    const published = agg.series('offersPublished');
    const closed = { filled: agg.series('offersFilled'), expired: agg.series('offersExpired') };
    const applications = agg.series('applications');
    const contacts = agg.series('contactRequests');
    const before = { candidates: agg.before('candidates'), companies: agg.before('companies'), verified: agg.before('companiesVerified'), hires: hiresBefore };
    const status = agg.breakdown('contactRequests.status');
    const outcomes = { ACCEPTED: status.get('ACCEPTED') ?? 0, DECLINED: status.get('DECLINED') ?? 0, EXPIRED: status.get('EXPIRED') ?? 0, PENDING: status.get('PENDING') ?? 0 };
    /** Aggregate breakdowns as DimRows ("" = not declared), like the live ones. */
    const dims = (prefix: string, names: string[]): DimRow[] =>
      names.flatMap((dim) => [...agg.breakdown(`${prefix}.${dim}`)].map(([key, n]) => ({ dim, key: key === '' ? null : key, n })));
    const candidateDims = dims('candidates', ['basin', 'track', 'gender', 'roleFamily', 'trainingRoute']);
    const offerDims = dims('offersPublished', ['roleFamily', 'basin', 'contractType']);
    const companyDims = dims('companies', ['basin', 'supportStructure']);
    const applicantDims = applicantsByGender(agg.breakdown('applicants'), w.from);
    const reached = agg.breakdown('funnel');
    const funnel = FUNNEL_STAGES.map((_, i) => [...reached].reduce((total, [stage, n]) => (Number(stage) >= i + 1 ? total + n : total), 0));

    const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    let candidatesCumulative = before.candidates;
    let companiesCumulative = before.companies;
    let hiresCumulative = before.hires;
    const series: KpiPeriod[] = w.periods.map((period) => {
      const at = (m: Map<string, number>) => m.get(period) ?? 0;
      candidatesCumulative += at(candidates);
      companiesCumulative += at(companies);
      hiresCumulative += at(hires);
      return {
        period,
        candidatesRegistered: at(candidates), candidatesCumulative,
        companiesRegistered: at(companies), companiesCumulative,
        companiesVerified: at(verified),
        offersPublished: at(published), offersFilled: at(closed.filled), offersExpired: at(closed.expired),
        applications: at(applications), contactRequests: at(contacts),
        hires: at(hires), hiresCumulative,
      };
    });

    const label = (dim: string, key: string) => labels.get(`${dim}:${key}`) ?? key;
    const pick = (rows: DimRow[], dim: string, none = NOT_DECLARED): KpiCount[] =>
      rows
        .filter((r) => r.dim === dim)
        .map((r) => ({ key: r.key ?? none, label: r.key === null ? none : label(dim, r.key), count: r.n }))
        .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));

    const answered = outcomes.ACCEPTED + outcomes.DECLINED + outcomes.EXPIRED;
    return {
      window: { from: w.from, to: w.to, groupBy: w.unit, timeZone: KPI_TIME_ZONE },
      totals: {
        candidatesRegistered: sum(candidates), companiesRegistered: sum(companies), companiesVerified: sum(verified),
        offersPublished: sum(published), offersFilled: sum(closed.filled), offersExpired: sum(closed.expired),
        applications: sum(applications), contactRequests: sum(contacts),
        contactRequestsAccepted: outcomes.ACCEPTED, contactRequestsDeclined: outcomes.DECLINED,
        contactRequestsExpired: outcomes.EXPIRED, contactRequestsPending: outcomes.PENDING,
        contactAcceptanceRate: rate(outcomes.ACCEPTED, answered),
        hires: sum(hires),
        candidatesToDate: before.candidates + sum(candidates), companiesToDate: before.companies + sum(companies),
        verifiedCompaniesToDate: before.verified + sum(verified), hiresToDate: before.hires + sum(hires),
      },
      series,
      breakdowns: {
        hires: {
          roleFamily: pick(hireDims, 'roleFamily'), basin: pick(hireDims, 'basin'), track: pick(hireDims, 'track'),
          contractType: pick(hireDims, 'contractType'), trainingRoute: pick(hireDims, 'trainingRoute'),
          supportStructure: pick(hireDims, 'supportStructure', NO_SUPPORT_STRUCTURE),
        },
        candidates: {
          roleFamily: pick(candidateDims, 'roleFamily'), basin: pick(candidateDims, 'basin'),
          track: pick(candidateDims, 'track'), trainingRoute: pick(candidateDims, 'trainingRoute'),
        },
        offersPublished: { roleFamily: pick(offerDims, 'roleFamily'), basin: pick(offerDims, 'basin'), contractType: pick(offerDims, 'contractType') },
        companies: { basin: pick(companyDims, 'basin'), supportStructure: pick(companyDims, 'supportStructure', NO_SUPPORT_STRUCTURE) },
      },
      gender: {
        candidates: genderShare(candidateDims), applicants: genderShare(applicantDims), hires: genderShare(hireDims),
      },
      funnel: funnelStages(funnel),
      timeToHire: { hires: tth.n, medianDays: days(tth.median), p75Days: days(tth.p75) },
    };
  }

  /** Fills a missing bound: 12 months ending today by default, or 12 months around the one bound given. */
  private completeRange(query: KpiQuery): { from: string; to: string } {
    if (!query.from && !query.to) return defaultRange();
    if (query.to) return defaultRange(new Date(`${query.to}T12:00:00Z`));
    const to = new Date(`${query.from}T00:00:00Z`);
    to.setUTCFullYear(to.getUTCFullYear() + 1);
    to.setUTCDate(to.getUTCDate() - 1);
    return { from: query.from!, to: to.toISOString().slice(0, 10) };
  }
}

/** Women share: self-declared FEMALE only (never inferred from names); NULL (never answered) is reported as
 * NOT_DECLARED, separately from UNDISCLOSED (chose "prefer not to say"). */
export function genderShare(rows: DimRow[]): KpiGenderShare {
  const by = new Map<string, number>();
  for (const r of rows) if (r.dim === 'gender') by.set(r.key ?? NOT_DECLARED, (by.get(r.key ?? NOT_DECLARED) ?? 0) + r.n);
  const counts = GENDERS.map((key) => ({ key, label: key, count: by.get(key) ?? 0 }));
  const total = counts.reduce((a, c) => a + c.count, 0);
  const women = by.get('FEMALE') ?? 0;
  const declared = women + (by.get('MALE') ?? 0) + (by.get('NON_BINARY') ?? 0);
  return {
    total, counts,
    womenShare: rate(women, total),
    womenShareOfDeclared: rate(women, declared),
    notDeclaredShare: rate((by.get('UNDISCLOSED') ?? 0) + (by.get(NOT_DECLARED) ?? 0), total),
  };
}

/**
 * Applicants by gender: applications of the window whose candidate's previous application is before the
 * window (or who had none) — one per distinct applicant (see the `applicants` aggregate in packages/db).
 */
function applicantsByGender(rows: Map<string, number>, from: string): DimRow[] {
  const by = new Map<string, number>();
  for (const [key, n] of rows) {
    const [previousDay, gender] = key.split('|') as [string, string];
    if (previousDay < from) by.set(gender, (by.get(gender) ?? 0) + n);
  }
  return [...by].map(([gender, n]) => ({ dim: 'gender', key: gender === '' ? null : gender, n }));
}

function funnelStages(counts: number[]): KpiFunnelStage[] {
  return FUNNEL_STAGES.map((stage, i) => ({
    stage,
    count: counts[i]!,
    conversionFromPrevious: i === 0 ? null : rate(counts[i]!, counts[i - 1]!),
    conversionFromApplied: rate(counts[i]!, counts[0]!),
  }));
}
