/**
 * KPI figures over time: one small, parameterised query per figure (Prisma.sql tagged templates, never string
 * concatenation of input). Each returns counts per period of the window; definitions are in docs/kpis.md.
 * Counts are cast to int so that no BigInt leaks into JSON.
 */
import { Injectable } from '@nestjs/common';
import { Prisma } from '@talents/db';
import { KPI_TIME_ZONE, type KpiGroupBy } from '@talents/shared';
import { PrismaService } from '../common/prisma/prisma.service';
import { bucketOf, col, within, type KpiWindow } from './kpi-window';

type PeriodCounts = Map<string, number>;
interface PeriodRow { period: string; n: number }

@Injectable()
export class KpisRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Turns calendar days into Paris instants and lists the periods, so SQL and JSON agree on the calendar. */
  async window(from: string, to: string, unit: KpiGroupBy): Promise<KpiWindow> {
    const [row] = await this.prisma.$queryRaw<{ start: Date; end: Date; periods: string[] }[]>(Prisma.sql`
      SELECT (${from}::date::timestamp AT TIME ZONE ${KPI_TIME_ZONE}) AS start,
             ((${to}::date + 1)::timestamp AT TIME ZONE ${KPI_TIME_ZONE}) AS "end",
             ARRAY(SELECT to_char(g, 'YYYY-MM-DD')
                   FROM generate_series(date_trunc(${unit}, ${from}::date::timestamp),
                                        date_trunc(${unit}, ${to}::date::timestamp),
                                        ('1 ' || ${unit})::interval) AS g) AS periods`);
    return { from, to, unit, start: row!.start, end: row!.end, periods: row!.periods };
  }

  /** Candidates registered: CANDIDATE accounts created in the period. Archived and suspended accounts still
   * count (they did register); erased accounts are gone from `users` and no longer count. */
  candidatesRegistered(w: KpiWindow): Promise<PeriodCounts> {
    return this.perPeriod(Prisma.sql`
      SELECT ${bucketOf(w, col('u.created_at'))} AS period, count(*)::int AS n
      FROM users u WHERE u.role = 'CANDIDATE' AND ${within(w, col('u.created_at'))} GROUP BY 1`);
  }

  /** Companies registered: company records created in the period, verified or not (recruiter accounts are
   * not companies: a company with three recruiters counts once). */
  companiesRegistered(w: KpiWindow): Promise<PeriodCounts> {
    return this.perPeriod(Prisma.sql`
      SELECT ${bucketOf(w, col('c.created_at'))} AS period, count(*)::int AS n
      FROM companies c WHERE ${within(w, col('c.created_at'))} GROUP BY 1`);
  }

  /** Verified companies: companies whose verification by an admin happened in the period (a company
   * verified in March that registered in January counts in March). */
  companiesVerified(w: KpiWindow): Promise<PeriodCounts> {
    return this.perPeriod(Prisma.sql`
      SELECT ${bucketOf(w, col('c.verified_at'))} AS period, count(*)::int AS n
      FROM companies c WHERE ${within(w, col('c.verified_at'))} GROUP BY 1`);
  }

  /** Offers published: first publication in the period, whatever the offer became afterwards. Drafts
   * never published have no published_at and never count. */
  offersPublished(w: KpiWindow): Promise<PeriodCounts> {
    return this.perPeriod(Prisma.sql`
      SELECT ${bucketOf(w, col('o.published_at'))} AS period, count(*)::int AS n
      FROM offers o WHERE ${within(w, col('o.published_at'))} GROUP BY 1`);
  }

  /** Offers filled / expired: offers closed in the period for that reason (closing instant, not publication;
   * cancelled offers are neither). A published offer past its expiry date that the worker has not closed yet
   * is not counted as expired until it is. */
  async offersClosed(w: KpiWindow): Promise<{ filled: PeriodCounts; expired: PeriodCounts }> {
    const rows = await this.prisma.$queryRaw<{ period: string; filled: number; expired: number }[]>(Prisma.sql`
      SELECT ${bucketOf(w, col('o.closed_at'))} AS period,
             (count(*) FILTER (WHERE o.close_reason = 'FILLED'))::int AS filled,
             (count(*) FILTER (WHERE o.close_reason = 'EXPIRED'))::int AS expired
      FROM offers o WHERE o.status = 'CLOSED' AND ${within(w, col('o.closed_at'))} GROUP BY 1`);
    return {
      filled: new Map(rows.map((r) => [r.period, r.filled])),
      expired: new Map(rows.map((r) => [r.period, r.expired])),
    };
  }

  /** Applications: applications sent in the period (any status today, withdrawn ones included). */
  applications(w: KpiWindow): Promise<PeriodCounts> {
    return this.perPeriod(Prisma.sql`
      SELECT ${bucketOf(w, col('a.created_at'))} AS period, count(*)::int AS n
      FROM applications a WHERE ${within(w, col('a.created_at'))} GROUP BY 1`);
  }

  /** Contact requests: requests sent by recruiters in the period, whatever their answer. */
  contactRequests(w: KpiWindow): Promise<PeriodCounts> {
    return this.perPeriod(Prisma.sql`
      SELECT ${bucketOf(w, col('r.created_at'))} AS period, count(*)::int AS n
      FROM contact_requests r WHERE ${within(w, col('r.created_at'))} GROUP BY 1`);
  }

  /** Effective hires: rows of `hires` whose hiring date is in the period. The table keeps its rows (with
   * copied dimensions) when the candidate, offer or company is erased, so hires never disappear. */
  hires(w: KpiWindow): Promise<PeriodCounts> {
    return this.perPeriod(Prisma.sql`
      SELECT ${bucketOf(w, col('h.hired_at'))} AS period, count(*)::int AS n
      FROM hires h WHERE ${within(w, col('h.hired_at'))} GROUP BY 1`);
  }

  /** Totals before the window starts: the base the cumulative series add to ("registered to date"). */
  async before(w: KpiWindow): Promise<{ candidates: number; companies: number; verified: number; hires: number }> {
    const [row] = await this.prisma.$queryRaw<{ candidates: number; companies: number; verified: number; hires: number }[]>(Prisma.sql`
      SELECT (SELECT count(*) FROM users WHERE role = 'CANDIDATE' AND created_at < ${w.start})::int AS candidates,
             (SELECT count(*) FROM companies WHERE created_at < ${w.start})::int AS companies,
             (SELECT count(*) FROM companies WHERE verified_at < ${w.start})::int AS verified,
             (SELECT count(*) FROM hires WHERE hired_at < ${w.start})::int AS hires`);
    return row!;
  }

  /** Contact requests of the window by their status today: the acceptance rate is computed from these. */
  async contactOutcomes(w: KpiWindow): Promise<Record<'ACCEPTED' | 'DECLINED' | 'EXPIRED' | 'PENDING', number>> {
    const rows = await this.prisma.$queryRaw<{ status: string; n: number }[]>(Prisma.sql`
      SELECT r.status::text AS status, count(*)::int AS n
      FROM contact_requests r WHERE ${within(w, col('r.created_at'))} GROUP BY 1`);
    const by = new Map(rows.map((r) => [r.status, r.n]));
    return { ACCEPTED: by.get('ACCEPTED') ?? 0, DECLINED: by.get('DECLINED') ?? 0, EXPIRED: by.get('EXPIRED') ?? 0, PENDING: by.get('PENDING') ?? 0 };
  }

  /** French labels of role families and basins, to make breakdowns and the CSV readable. */
  async labels(): Promise<Map<string, string>> {
    const rows = await this.prisma.$queryRaw<{ kind: string; code: string; label: string }[]>(Prisma.sql`
      SELECT 'roleFamily' AS kind, code, label_fr AS label FROM role_families
      UNION ALL SELECT 'basin', code, label FROM basins`);
    return new Map(rows.map((r) => [`${r.kind}:${r.code}`, r.label]));
  }

  private async perPeriod(query: Prisma.Sql): Promise<PeriodCounts> {
    const rows = await this.prisma.$queryRaw<PeriodRow[]>(query);
    return new Map(rows.map((r) => [r.period, r.n]));
  }
}
