/**
 * KPI daily aggregates (docs/decisions/0012-kpi-aggregates.md): the countable KPI figures per Paris calendar
 * day, in kpi_daily_counts, recomputed from the source tables for the days that triggers marked dirty
 * (kpi_dirty_days). These queries ARE the KPI definitions for those figures (docs/kpis.md): the API sums their
 * rows over a window instead of scanning the source tables. Called by the worker (scheduled) and by the API
 * before it reads, so a KPI document always equals a live computation.
 *
 * Rows: (day, metric, key, n). `key` is the dimension's value ("" = total of the metric, or "not declared" for
 * a breakdown); funnel keys are the furthest stage reached (1 applied … 5 hired).
 */
import { Prisma } from '../generated/prisma/client';
import { KPI_TIME_ZONE } from '@talents/shared';
import type { DbClient } from '../index';

type Sql = Prisma.Sql;

/**
 * One population per source: the rows counted on each day (`day` column from the `days` CTE, joined on the
 * instant that places a row on a day), and the figures read from it. Each figure is `metric, key, n`.
 */
type Range = (column: string) => Sql;

const SOURCES: { name: string; population: (range: Range) => Sql; figures: Sql[] }[] = [
  {
    /** Candidates registered: CANDIDATE accounts created that day, by their profile today. A candidate with
     * several role families / training routes counts once per value; without a profile, "not declared". */
    name: 'candidates',
    population: (range) => Prisma.sql`SELECT d.day, p.id AS profile_id, p.basin_code, p.track::text AS track, p.gender::text AS gender
      FROM days d JOIN users u ON u.role = 'CANDIDATE' AND u.created_at >= d.s AND u.created_at < d.e AND ${range('u.created_at')}
      LEFT JOIN candidate_profiles p ON p.user_id = u.id`,
    figures: [
      Prisma.sql`SELECT day, 'candidates', '', count(*) FROM pop GROUP BY day`,
      Prisma.sql`SELECT day, 'candidates.basin', coalesce(basin_code, ''), count(*) FROM pop GROUP BY 1, 3`,
      Prisma.sql`SELECT day, 'candidates.track', coalesce(track, ''), count(*) FROM pop GROUP BY 1, 3`,
      Prisma.sql`SELECT day, 'candidates.gender', coalesce(gender, ''), count(*) FROM pop GROUP BY 1, 3`,
      Prisma.sql`SELECT pop.day, 'candidates.roleFamily', f.role_family_code, count(*)
        FROM pop JOIN candidate_role_families f ON f.candidate_id = pop.profile_id GROUP BY 1, 3`,
      Prisma.sql`SELECT day, 'candidates.roleFamily', '', count(*) FROM pop
        WHERE NOT EXISTS (SELECT 1 FROM candidate_role_families f WHERE f.candidate_id = pop.profile_id) GROUP BY 1`,
      Prisma.sql`SELECT pop.day, 'candidates.trainingRoute', t.route::text, count(DISTINCT pop.profile_id)
        FROM pop JOIN trainings t ON t.candidate_id = pop.profile_id GROUP BY 1, 3`,
      Prisma.sql`SELECT day, 'candidates.trainingRoute', '', count(*) FROM pop
        WHERE NOT EXISTS (SELECT 1 FROM trainings t WHERE t.candidate_id = pop.profile_id) GROUP BY 1`,
    ],
  },
  {
    /** Companies registered that day (records, not recruiter accounts), verified or not. */
    name: 'companies',
    population: (range) => Prisma.sql`SELECT d.day, c.basin_code, c.support_structure
      FROM days d JOIN companies c ON c.created_at >= d.s AND c.created_at < d.e AND ${range('c.created_at')}`,
    figures: [
      Prisma.sql`SELECT day, 'companies', '', count(*) FROM pop GROUP BY day`,
      Prisma.sql`SELECT day, 'companies.basin', coalesce(basin_code, ''), count(*) FROM pop GROUP BY 1, 3`,
      Prisma.sql`SELECT day, 'companies.supportStructure', coalesce(support_structure, ''), count(*) FROM pop GROUP BY 1, 3`,
    ],
  },
  {
    /** Verified companies: verification by an admin that day, whenever the company registered. */
    name: 'companiesVerified',
    population: (range) => Prisma.sql`SELECT d.day FROM days d JOIN companies c ON c.verified_at >= d.s AND c.verified_at < d.e AND ${range('c.verified_at')}`,
    figures: [Prisma.sql`SELECT day, 'companiesVerified', '', count(*) FROM pop GROUP BY day`],
  },
  {
    /** Offers published: first publication that day, whatever the offer became afterwards. */
    name: 'offersPublished',
    population: (range) => Prisma.sql`SELECT d.day, o.role_family_code, o.basin_code, o.contract_type::text AS contract_type
      FROM days d JOIN offers o ON o.published_at >= d.s AND o.published_at < d.e AND ${range('o.published_at')}`,
    figures: [
      Prisma.sql`SELECT day, 'offersPublished', '', count(*) FROM pop GROUP BY day`,
      Prisma.sql`SELECT day, 'offersPublished.roleFamily', role_family_code, count(*) FROM pop GROUP BY 1, 3`,
      Prisma.sql`SELECT day, 'offersPublished.basin', basin_code, count(*) FROM pop GROUP BY 1, 3`,
      Prisma.sql`SELECT day, 'offersPublished.contractType', contract_type, count(*) FROM pop GROUP BY 1, 3`,
    ],
  },
  {
    /** Offers filled / expired: closed that day for that reason (cancelled offers are neither). */
    name: 'offersClosed',
    population: (range) => Prisma.sql`SELECT d.day, o.close_reason::text AS reason
      FROM days d JOIN offers o ON o.status = 'CLOSED' AND o.closed_at >= d.s AND o.closed_at < d.e AND ${range('o.closed_at')}`,
    figures: [
      Prisma.sql`SELECT day, 'offersFilled', '', count(*) FROM pop WHERE reason = 'FILLED' GROUP BY day`,
      Prisma.sql`SELECT day, 'offersExpired', '', count(*) FROM pop WHERE reason = 'EXPIRED' GROUP BY day`,
    ],
  },
  {
    /**
     * Applications sent that day (any status today), and the funnel cohort: each application by the furthest
     * stage it ever reached, from its history or its current status (skipped stages are implied), to today.
     */
    name: 'applications',
    population: (range) => Prisma.sql`SELECT d.day, GREATEST(
        (SELECT max(CASE s.to_status::text WHEN 'SHORTLISTED' THEN 2 WHEN 'INTERVIEW' THEN 3 WHEN 'OFFER' THEN 4 WHEN 'HIRED' THEN 5 END)
         FROM application_status_changes s
         WHERE s.application_id = a.id AND s.to_status IN ('SHORTLISTED', 'INTERVIEW', 'OFFER', 'HIRED') AND s.created_at >= d.s),
        CASE a.status::text WHEN 'SHORTLISTED' THEN 2 WHEN 'INTERVIEW' THEN 3 WHEN 'OFFER' THEN 4 WHEN 'HIRED' THEN 5 ELSE 1 END) AS reached
      FROM days d JOIN applications a ON a.created_at >= d.s AND a.created_at < d.e AND ${range('a.created_at')}`,
    figures: [
      Prisma.sql`SELECT day, 'applications', '', count(*) FROM pop GROUP BY day`,
      Prisma.sql`SELECT day, 'funnel', reached::text, count(*) FROM pop GROUP BY 1, 3`,
    ],
  },
  {
    /**
     * Applicants (distinct candidates who applied in a window), made additive: each application carries the
     * Paris day of the same candidate's previous application (order: instant, then id; "" if none). A
     * candidate applied in [from, to] exactly once "for the first time since before from": summing the
     * applications of the window whose previous day is before `from` counts each applicant once. Key:
     * "<previous day>|<gender today>" ("" gender = not declared).
     */
    name: 'applicants',
    population: (range) => Prisma.sql`SELECT d.day, p.gender::text AS gender,
        (SELECT to_char((b.created_at AT TIME ZONE ${KPI_TIME_ZONE})::date, 'YYYY-MM-DD') FROM applications b
         WHERE b.candidate_id = a.candidate_id AND (b.created_at, b.id) < (a.created_at, a.id)
         ORDER BY b.created_at DESC, b.id DESC LIMIT 1) AS previous_day
      FROM days d JOIN applications a ON a.created_at >= d.s AND a.created_at < d.e AND ${range('a.created_at')}
      JOIN candidate_profiles p ON p.id = a.candidate_id`,
    figures: [Prisma.sql`SELECT day, 'applicants', coalesce(previous_day, '') || '|' || coalesce(gender, ''), count(*) FROM pop GROUP BY 1, 3`],
  },
  {
    /** Contact requests sent that day, and the same requests by their status today (acceptance rate). */
    name: 'contactRequests',
    population: (range) => Prisma.sql`SELECT d.day, r.status::text AS status
      FROM days d JOIN contact_requests r ON r.created_at >= d.s AND r.created_at < d.e AND ${range('r.created_at')}`,
    figures: [
      Prisma.sql`SELECT day, 'contactRequests', '', count(*) FROM pop GROUP BY day`,
      Prisma.sql`SELECT day, 'contactRequests.status', status, count(*) FROM pop GROUP BY 1, 3`,
    ],
  },
];

/** Recomputes the rows of these days (YYYY-MM-DD) from the source tables, replacing what was there. */
export async function rebuildKpiDays(db: DbClient, days: string[]): Promise<void> {
  if (days.length === 0) return;
  await db.$executeRaw`DELETE FROM kpi_daily_counts WHERE day = ANY(${days}::date[])`;
  const window = Prisma.sql`days AS (
    SELECT day, (day::timestamp AT TIME ZONE ${KPI_TIME_ZONE}) AS s, ((day + 1)::timestamp AT TIME ZONE ${KPI_TIME_ZONE}) AS e
    FROM unnest(${days}::date[]) AS day)`;
  // The same bounds as constants: the planner cannot estimate a join on `days`, but it can this range, so a
  // day or two reads through the indexes while a full rebuild scans the tables once.
  const sorted = [...days].sort();
  const lo = Prisma.sql`(${sorted[0]}::date::timestamp AT TIME ZONE ${KPI_TIME_ZONE})`;
  const hi = Prisma.sql`((${sorted[sorted.length - 1]}::date + 1)::timestamp AT TIME ZONE ${KPI_TIME_ZONE})`;
  const range: Range = (column) => Prisma.sql`${Prisma.raw(column)} >= ${lo} AND ${Prisma.raw(column)} < ${hi}`;
  for (const source of SOURCES) {
    await db.$executeRaw`
      INSERT INTO kpi_daily_counts (day, metric, key, n)
      WITH ${window}, pop AS MATERIALIZED (${source.population(range)})
      ${Prisma.join(source.figures, ' UNION ALL ')}`;
  }
}

export interface KpiRefreshResult {
  days: number;
}

/**
 * Recomputes every day marked dirty (all of them, or those up to `through` inclusive). Safe to run concurrently:
 * taking the marks (DELETE … RETURNING) locks them, so a second run skips days the first is rebuilding, and a
 * write that marks a day again during the rebuild waits, then leaves the day dirty for the next run.
 */
export async function refreshDirtyKpiDays(
  prisma: { $transaction<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>, options?: { timeout?: number; maxWait?: number }): Promise<T> },
  through?: string,
): Promise<KpiRefreshResult> {
  return prisma.$transaction(
    async (tx) => {
      const taken = await tx.$queryRaw<{ day: string }[]>`
        DELETE FROM kpi_dirty_days WHERE ${through ?? null}::date IS NULL OR day <= ${through ?? null}::date
        RETURNING to_char(day, 'YYYY-MM-DD') AS day`;
      await rebuildKpiDays(tx, taken.map((r) => r.day));
      return { days: taken.length };
    },
    // A first build after a bulk import can cover years of days.
    { timeout: 10 * 60_000, maxWait: 30_000 },
  );
}

/** Marks every day that has something to count dirty, so the next refresh rebuilds all of them (tests, repair). */
export async function markAllKpiDaysDirty(db: DbClient): Promise<void> {
  await db.$executeRaw`
    INSERT INTO kpi_dirty_days (day)
    SELECT DISTINCT (ts AT TIME ZONE ${KPI_TIME_ZONE})::date FROM (
      SELECT created_at AS ts FROM users WHERE role = 'CANDIDATE'
      UNION ALL SELECT created_at FROM companies UNION ALL SELECT verified_at FROM companies
      UNION ALL SELECT published_at FROM offers UNION ALL SELECT closed_at FROM offers
      UNION ALL SELECT created_at FROM applications UNION ALL SELECT created_at FROM contact_requests
    ) AS t WHERE ts IS NOT NULL
    ON CONFLICT (day) DO NOTHING`;
}
