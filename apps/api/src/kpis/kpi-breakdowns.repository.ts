/**
 * KPI breakdowns, gender shares, the application funnel and time-to-hire. Each query scans its population
 * once (a CTE read by several GROUP BYs) and returns rows `{dim, key, n}`; a NULL key means "not declared"
 * and is mapped by the service. Definitions are in docs/kpis.md.
 */
import { Injectable } from '@nestjs/common';
import { Prisma } from '@talents/db';
import { PrismaService } from '../common/prisma/prisma.service';
import { col, within, type KpiWindow } from './kpi-window';

export interface DimRow { dim: string; key: string | null; n: number }

@Injectable()
export class KpiBreakdownsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Hires of the window by the dimensions copied onto the hire when it was recorded (so a later profile
   * edit or erasure does not rewrite history). Gender included for the women share among hires. */
  hires(w: KpiWindow): Promise<DimRow[]> {
    return this.prisma.$queryRaw<DimRow[]>(Prisma.sql`
      WITH h AS (SELECT * FROM hires WHERE ${within(w, col('hired_at'))})
      SELECT 'roleFamily' AS dim, role_family_code AS key, count(*)::int AS n FROM h GROUP BY 2
      UNION ALL SELECT 'basin', basin_code, count(*)::int FROM h GROUP BY 2
      UNION ALL SELECT 'track', track::text, count(*)::int FROM h GROUP BY 2
      UNION ALL SELECT 'contractType', contract_type::text, count(*)::int FROM h GROUP BY 2
      UNION ALL SELECT 'trainingRoute', training_route::text, count(*)::int FROM h GROUP BY 2
      UNION ALL SELECT 'supportStructure', support_structure, count(*)::int FROM h GROUP BY 2
      UNION ALL SELECT 'gender', gender::text, count(*)::int FROM h GROUP BY 2`);
  }

  /** Candidates registered in the window, by their profile today. A candidate may name several role
   * families and several training routes: those breakdowns count each candidate once per value, so they
   * can sum to more than the total. A candidate without a profile is "not declared" everywhere. */
  candidates(w: KpiWindow): Promise<DimRow[]> {
    return this.prisma.$queryRaw<DimRow[]>(Prisma.sql`
      WITH c AS (
        SELECT p.id AS profile_id, p.basin_code, p.track, p.gender
        FROM users u LEFT JOIN candidate_profiles p ON p.user_id = u.id
        WHERE u.role = 'CANDIDATE' AND ${within(w, col('u.created_at'))})
      SELECT 'basin' AS dim, basin_code AS key, count(*)::int AS n FROM c GROUP BY 2
      UNION ALL SELECT 'track', track::text, count(*)::int FROM c GROUP BY 2
      UNION ALL SELECT 'gender', gender::text, count(*)::int FROM c GROUP BY 2
      UNION ALL SELECT 'roleFamily', f.role_family_code, count(*)::int
        FROM c JOIN candidate_role_families f ON f.candidate_id = c.profile_id GROUP BY 2
      UNION ALL SELECT 'roleFamily', NULL, count(*)::int FROM c
        WHERE NOT EXISTS (SELECT 1 FROM candidate_role_families f WHERE f.candidate_id = c.profile_id) HAVING count(*) > 0
      UNION ALL SELECT 'trainingRoute', t.route::text, count(DISTINCT c.profile_id)::int
        FROM c JOIN trainings t ON t.candidate_id = c.profile_id GROUP BY 2
      UNION ALL SELECT 'trainingRoute', NULL, count(*)::int FROM c
        WHERE NOT EXISTS (SELECT 1 FROM trainings t WHERE t.candidate_id = c.profile_id) HAVING count(*) > 0`);
  }

  /** Applicants: distinct candidates with at least one application sent in the window, by self-declared
   * gender as their profile says today (applicants who erased their account are gone with it). */
  applicantGender(w: KpiWindow): Promise<DimRow[]> {
    return this.prisma.$queryRaw<DimRow[]>(Prisma.sql`
      SELECT 'gender' AS dim, p.gender::text AS key, count(*)::int AS n
      FROM candidate_profiles p
      WHERE p.id IN (SELECT a.candidate_id FROM applications a WHERE ${within(w, col('a.created_at'))})
      GROUP BY 2`);
  }

  /** Offers first published in the window, by what the recruiter chose. */
  offersPublished(w: KpiWindow): Promise<DimRow[]> {
    return this.prisma.$queryRaw<DimRow[]>(Prisma.sql`
      WITH o AS (SELECT role_family_code, basin_code, contract_type FROM offers WHERE ${within(w, col('published_at'))})
      SELECT 'roleFamily' AS dim, role_family_code AS key, count(*)::int AS n FROM o GROUP BY 2
      UNION ALL SELECT 'basin', basin_code, count(*)::int FROM o GROUP BY 2
      UNION ALL SELECT 'contractType', contract_type::text, count(*)::int FROM o GROUP BY 2`);
  }

  /** Companies registered in the window, by basin and by support structure (incubator/accelerator). */
  companies(w: KpiWindow): Promise<DimRow[]> {
    return this.prisma.$queryRaw<DimRow[]>(Prisma.sql`
      WITH c AS (SELECT basin_code, support_structure FROM companies WHERE ${within(w, col('created_at'))})
      SELECT 'basin' AS dim, basin_code AS key, count(*)::int AS n FROM c GROUP BY 2
      UNION ALL SELECT 'supportStructure', support_structure, count(*)::int FROM c GROUP BY 2`);
  }

  /**
   * Funnel: applications sent in the window (the cohort), each counted at every stage up to the furthest it
   * ever reached — from its history (application_status_changes) or its current status. An application that
   * went APPLIED → INTERVIEW → REJECTED counts as applied, shortlisted (skipped stages are implied) and
   * interview. Progress made after the window still counts: a cohort is followed to today.
   */
  async funnel(w: KpiWindow): Promise<number[]> {
    const [row] = await this.prisma.$queryRaw<{ s1: number; s2: number; s3: number; s4: number; s5: number }[]>(Prisma.sql`
      WITH cohort AS (SELECT a.id, a.status::text AS status FROM applications a WHERE ${within(w, col('a.created_at'))}),
      history AS (
        SELECT s.application_id, max(CASE s.to_status::text WHEN 'SHORTLISTED' THEN 2 WHEN 'INTERVIEW' THEN 3
                                        WHEN 'OFFER' THEN 4 WHEN 'HIRED' THEN 5 ELSE 1 END) AS r
        FROM application_status_changes s
        WHERE s.to_status IN ('SHORTLISTED', 'INTERVIEW', 'OFFER', 'HIRED') AND s.created_at >= ${w.start}
          AND s.application_id IN (SELECT id FROM cohort)
        GROUP BY 1),
      reached AS (
        SELECT GREATEST(1, COALESCE(h.r, 1), CASE c.status WHEN 'SHORTLISTED' THEN 2 WHEN 'INTERVIEW' THEN 3
                                                 WHEN 'OFFER' THEN 4 WHEN 'HIRED' THEN 5 ELSE 1 END) AS r
        FROM cohort c LEFT JOIN history h ON h.application_id = c.id)
      SELECT count(*)::int AS s1, (count(*) FILTER (WHERE r >= 2))::int AS s2, (count(*) FILTER (WHERE r >= 3))::int AS s3,
             (count(*) FILTER (WHERE r >= 4))::int AS s4, (count(*) FILTER (WHERE r >= 5))::int AS s5
      FROM reached`);
    return [row!.s1, row!.s2, row!.s3, row!.s4, row!.s5];
  }

  /**
   * Time to hire: days from the offer's publication to the hire, for hires of the window whose offer had been
   * published (copied onto the hire, so it survives the offer). Median and 75th percentile with linear
   * interpolation (percentile_cont). Hires without a publication date, or dated before it, are left out.
   */
  async timeToHire(w: KpiWindow): Promise<{ n: number; median: number | null; p75: number | null }> {
    const [row] = await this.prisma.$queryRaw<{ n: number; median: number | null; p75: number | null }[]>(Prisma.sql`
      WITH d AS (
        SELECT extract(epoch FROM (hired_at - offer_published_at)) / 86400.0 AS days
        FROM hires WHERE ${within(w, col('hired_at'))} AND offer_published_at IS NOT NULL AND offer_published_at <= hired_at)
      SELECT count(*)::int AS n,
             (percentile_cont(0.5) WITHIN GROUP (ORDER BY days))::float8 AS median,
             (percentile_cont(0.75) WITHIN GROUP (ORDER BY days))::float8 AS p75
      FROM d`);
    return row!;
  }
}
