/**
 * How often each employment basin appears in the demo data: proportional to the study's digital job
 * postings (latest year with a figure), so the MEL dominates as it does in reality (88 % in 2022).
 */
import { reference } from '@talents/shared';

/** A basin the study lists without any figure is real but rare. */
export const UNKNOWN_BASIN_WEIGHT = 10;

export interface BasinPostings {
  code: string;
  postings: Readonly<Record<string, number | null>> | null;
}

/** Posting count of the latest year that has one, or null when the study gives none. */
export function latestPostings(postings: BasinPostings['postings']): number | null {
  if (!postings) return null;
  const years = Object.keys(postings).sort().reverse();
  for (const year of years) {
    const value = postings[year];
    if (typeof value === 'number') return value;
  }
  return null;
}

export function basinWeights(basins: readonly BasinPostings[] = reference.basins.basins): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const basin of basins) {
    weights[basin.code] = latestPostings(basin.postings) ?? UNKNOWN_BASIN_WEIGHT;
  }
  return weights;
}
