/**
 * KPI figures over a window. Countable figures come from the daily aggregates (kpi_daily_counts, defined and
 * rebuilt in packages/db/src/domain/kpi-days.ts): the days the window needs are refreshed first if a write
 * marked them dirty, then summed — so the document always equals a live computation. Hires stay live (a few
 * thousand rows, copied dimensions, and time to hire needs percentiles). Definitions are in docs/kpis.md.
 */
import { Injectable } from '@nestjs/common';
import { Prisma, refreshDirtyKpiDays } from '@talents/db';
import { KPI_TIME_ZONE, type KpiGroupBy } from '@talents/shared';
import { PrismaService } from '../common/prisma/prisma.service';
import { bucketOf, col, within, type KpiWindow } from './kpi-window';

type PeriodCounts = Map<string, number>;

/** Metrics with a time series (key "" only); every other metric is a breakdown summed over the window. */
export const SERIES_METRICS = [
  'candidates', 'companies', 'companiesVerified', 'offersPublished', 'offersFilled', 'offersExpired', 'applications', 'contactRequests',
] as const;
export type SeriesMetric = (typeof SERIES_METRICS)[number];
/** Metrics whose total before the window starts is the base of a cumulative series. */
const CUMULATIVE_METRICS: SeriesMetric[] = ['candidates', 'companies', 'companiesVerified'];

export interface WindowAggregates {
  series(metric: SeriesMetric): PeriodCounts;
  /** metric (e.g. "candidates.basin") → key ("" = not declared) → count over the window. */
  breakdown(metric: string): Map<string, number>;
  before(metric: SeriesMetric): number;
}

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

  /** Rebuilds the dirty days up to the window's end (days before it feed the cumulative bases). */
  async refresh(w: KpiWindow): Promise<void> {
    await refreshDirtyKpiDays(this.prisma, w.to);
  }

  /** Everything countable of the window in one read of the aggregate table (a few thousand rows). */
  async aggregates(w: KpiWindow): Promise<WindowAggregates> {
    const series = [...SERIES_METRICS];
    const rows = await this.prisma.$queryRaw<{ part: 'series' | 'breakdown' | 'before'; metric: string; key: string; n: number }[]>(Prisma.sql`
      SELECT 'series' AS part, metric, to_char(date_trunc(${w.unit}, day::timestamp), 'YYYY-MM-DD') AS key, sum(n)::int AS n
      FROM kpi_daily_counts WHERE day BETWEEN ${w.from}::date AND ${w.to}::date AND metric = ANY(${series}::text[]) GROUP BY 2, 3
      UNION ALL
      SELECT 'breakdown', metric, key, sum(n)::int
      FROM kpi_daily_counts WHERE day BETWEEN ${w.from}::date AND ${w.to}::date AND NOT metric = ANY(${series}::text[]) GROUP BY 2, 3
      UNION ALL
      SELECT 'before', metric, '', sum(n)::int
      FROM kpi_daily_counts WHERE day < ${w.from}::date AND metric = ANY(${CUMULATIVE_METRICS}::text[]) GROUP BY 2`);
    const by = new Map<string, Map<string, number>>();
    for (const r of rows) {
      const id = `${r.part}:${r.metric}`;
      if (!by.has(id)) by.set(id, new Map());
      by.get(id)!.set(r.key, r.n);
    }
    const get = (id: string) => by.get(id) ?? new Map<string, number>();
    return {
      series: (metric) => get(`series:${metric}`),
      breakdown: (metric) => get(`breakdown:${metric}`),
      before: (metric) => get(`before:${metric}`).get('') ?? 0,
    };
  }

  /** Effective hires: rows of `hires` whose hiring date is in the period. The table keeps its rows (with
   * copied dimensions) when the candidate, offer or company is erased, so hires never disappear. */
  async hires(w: KpiWindow): Promise<PeriodCounts> {
    const rows = await this.prisma.$queryRaw<{ period: string; n: number }[]>(Prisma.sql`
      SELECT ${bucketOf(w, col('h.hired_at'))} AS period, count(*)::int AS n
      FROM hires h WHERE ${within(w, col('h.hired_at'))} GROUP BY 1`);
    return new Map(rows.map((r) => [r.period, r.n]));
  }

  /** Hires before the window starts: the base of the cumulative hires series. */
  async hiresBefore(w: KpiWindow): Promise<number> {
    const [row] = await this.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM hires WHERE hired_at < ${w.start}`;
    return row!.n;
  }

  /** French labels of role families and basins, to make breakdowns and the CSV readable. */
  async labels(): Promise<Map<string, string>> {
    const rows = await this.prisma.$queryRaw<{ kind: string; code: string; label: string }[]>(Prisma.sql`
      SELECT 'roleFamily' AS kind, code, label_fr AS label FROM role_families
      UNION ALL SELECT 'basin', code, label FROM basins`);
    return new Map(rows.map((r) => [`${r.kind}:${r.code}`, r.label]));
  }
}
