/** Calendar periods in Europe/Paris, the region's time zone: digests and nudges are keyed by them. */
import { parisDate } from '../mail/daily-cap';

export { parisDate };

/** ISO 8601 week of the Paris day of `instant`, e.g. `2026-W48`. */
export function parisIsoWeek(instant: Date): string {
  const [y, m, d] = parisDate(instant).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  const weekday = day.getUTCDay() || 7;
  // The Thursday of this week decides the week-numbering year.
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
