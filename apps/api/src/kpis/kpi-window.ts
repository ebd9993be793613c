/**
 * The reporting window and its calendar periods, cut in Europe/Paris: a hire at 23:30 UTC on a Sunday belongs
 * to the next (Paris) week. Every KPI query filters on [start, end) and groups with `bucketOf`, so the same
 * instant always lands in the same period whichever figure it feeds.
 */
import { Prisma } from '@talents/db';
import { KPI_TIME_ZONE, type KpiGroupBy } from '@talents/shared';

export interface KpiWindow {
  /** Calendar days (YYYY-MM-DD), both included, as requested or defaulted. */
  from: string;
  to: string;
  unit: KpiGroupBy;
  /** Paris midnight starting `from`, and Paris midnight after `to` (exclusive). */
  start: Date;
  end: Date;
  /** Every period start (Monday or 1st of month, YYYY-MM-DD) overlapping the window, in order. */
  periods: string[];
}

/** Today's calendar day in Paris, and the same day twelve months earlier plus one (a 12-month window). */
export function defaultRange(now: Date = new Date()): { from: string; to: string } {
  const to = new Intl.DateTimeFormat('en-CA', { timeZone: KPI_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const from = new Date(`${to}T00:00:00Z`);
  from.setUTCFullYear(from.getUTCFullYear() - 1);
  from.setUTCDate(from.getUTCDate() + 1);
  return { from: from.toISOString().slice(0, 10), to };
}

/** SQL for the period (YYYY-MM-DD of its Paris start) an instant column falls in. `column` is a code constant. */
export function bucketOf(w: KpiWindow, column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`to_char(date_trunc(${w.unit}, ${column} AT TIME ZONE ${KPI_TIME_ZONE}), 'YYYY-MM-DD')`;
}

/** SQL predicate: the instant column is inside the window (sargable, so range indexes apply). */
export function within(w: KpiWindow, column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${column} >= ${w.start} AND ${column} < ${w.end}`;
}

/** A fixed column reference; only ever called with literals written in this folder, never with input. */
export const col = (identifier: string): Prisma.Sql => Prisma.raw(identifier);
