/**
 * The KPI figures computed live rather than from the daily aggregates: hires by dimension and time to hire
 * (the hires table is small and percentiles do not add up by day). Rows are `{dim, key, n}`; a NULL key means
 * "not declared" and is mapped by the service. Definitions are in docs/kpis.md.
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
