/** All-time counts behind the public statistics page; parameter-free aggregate queries. */
import { Injectable } from '@nestjs/common';
import { Prisma } from '@talents/db';
import { PrismaService } from '../common/prisma/prisma.service';

export interface Cell { key: string; label: string; count: number }

@Injectable()
export class StatsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Same definitions as the KPI document (docs/kpis.md), counted since the platform opened. */
  async totals(): Promise<{ candidates: number; companies: number; hires: number }> {
    const [row] = await this.prisma.$queryRaw<{ candidates: number; companies: number; hires: number }[]>(Prisma.sql`
      SELECT (SELECT count(*) FROM users WHERE role = 'CANDIDATE')::int AS candidates,
             (SELECT count(*) FROM companies)::int AS companies,
             (SELECT count(*) FROM hires)::int AS hires`);
    return row!;
  }

  /** Every active role family, even with no candidate (the zero is then suppressed like any small count).
   * A candidate naming two families counts in both. */
  candidatesByRoleFamily(): Promise<Cell[]> {
    return this.prisma.$queryRaw<Cell[]>(Prisma.sql`
      SELECT rf.code AS key, rf.label_fr AS label, count(f.candidate_id)::int AS count
      FROM role_families rf LEFT JOIN candidate_role_families f ON f.role_family_code = rf.code
      WHERE rf.active GROUP BY rf.code, rf.label_fr, rf.sort_order ORDER BY rf.sort_order, rf.code`);
  }

  /** Every basin of the study, by the basin the candidate declared. */
  candidatesByBasin(): Promise<Cell[]> {
    return this.prisma.$queryRaw<Cell[]>(Prisma.sql`
      SELECT b.code AS key, b.label, count(p.id)::int AS count
      FROM basins b LEFT JOIN candidate_profiles p ON p.basin_code = b.code
      GROUP BY b.code, b.label, b.sort_order ORDER BY b.sort_order, b.code`);
  }

  /** Hires by the role family copied onto the hire; families deactivated since still show if they have hires. */
  hiresByRoleFamily(): Promise<Cell[]> {
    return this.prisma.$queryRaw<Cell[]>(Prisma.sql`
      SELECT rf.code AS key, rf.label_fr AS label, count(h.id)::int AS count
      FROM role_families rf LEFT JOIN hires h ON h.role_family_code = rf.code
      GROUP BY rf.code, rf.label_fr, rf.sort_order, rf.active HAVING rf.active OR count(h.id) > 0
      ORDER BY rf.sort_order, rf.code`);
  }

  hiresByBasin(): Promise<Cell[]> {
    return this.prisma.$queryRaw<Cell[]>(Prisma.sql`
      SELECT b.code AS key, b.label, count(h.id)::int AS count
      FROM basins b LEFT JOIN hires h ON h.basin_code = b.code
      GROUP BY b.code, b.label, b.sort_order ORDER BY b.sort_order, b.code`);
  }
}
