/**
 * A cheap fingerprint of the whole database: row count and latest `updated_at` of every table. Equal before
 * and after a refused request means the request wrote nothing (the security suite's "no state change on 4xx").
 */
import type { PrismaService } from '../../src/common/prisma/prisma.service';

export type Fingerprint = Record<string, string>;

export async function fingerprinter(prisma: PrismaService): Promise<() => Promise<Fingerprint>> {
  const tables = await prisma.$queryRaw<{ table_name: string; has_updated: boolean }[]>`
    SELECT t.table_name,
           EXISTS (SELECT 1 FROM information_schema.columns c
                   WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.column_name = 'updated_at') AS has_updated
    FROM information_schema.tables t
    WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND t.table_name <> '_prisma_migrations'
    ORDER BY t.table_name`;
  // Table names come from the catalogue, not from input: safe to splice.
  const sql = tables
    .map(({ table_name, has_updated }) => {
      const latest = has_updated ? `coalesce(max(updated_at)::text, '-')` : `'-'`;
      return `SELECT '${table_name}' AS name, count(*)::text || '@' || ${latest} AS state FROM "${table_name}"`;
    })
    .join(' UNION ALL ');
  return async () => {
    const rows = await prisma.$queryRawUnsafe<{ name: string; state: string }[]>(sql);
    return Object.fromEntries(rows.map((r) => [r.name, r.state]));
  };
}

/** The tables whose fingerprint differs, with before → after, for a readable failure. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys({ ...before, ...after })
    .filter((k) => before[k] !== after[k])
    .map((k) => `${k}: ${before[k]} → ${after[k]}`);
}
