/**
 * Statistical disclosure control for the public statistics. Primary rule: any count under STATS_MIN_COUNT
 * (0 included, so that "none" and "a few" look alike) is published as null with `suppressed: true`.
 * Secondary rule: when a breakdown has exactly one suppressed cell, its total being public would reveal it by
 * subtraction, so the smallest published cell of that breakdown is suppressed too.
 */
import { STATS_MIN_COUNT, type StatsCell, type StatsFigure } from '@talents/shared';

export function suppressFigure(count: number): StatsFigure {
  return count < STATS_MIN_COUNT ? { count: null, suppressed: true } : { count, suppressed: false };
}

export function suppressCells(cells: { key: string; label: string; count: number }[]): StatsCell[] {
  const out: StatsCell[] = cells.map((c) => ({ ...c, ...suppressFigure(c.count) }));
  const hidden = out.filter((c) => c.suppressed).length;
  if (hidden === 1) {
    const smallest = out
      .map((c, i) => ({ c, i, n: cells[i]!.count }))
      .filter(({ c }) => !c.suppressed)
      .sort((a, b) => a.n - b.n)[0];
    if (smallest) out[smallest.i] = { ...smallest.c, count: null, suppressed: true };
  }
  return out;
}
