/**
 * Talent search (GET /talents): query parameters and result items. List parameters accept repeated keys
 * (`skills=a&skills=b`) or comma lists (`skills=a,b`).
 */
import { z } from 'zod';
import { BasinCode, ContractType, RoleFamilyCode, Track } from './enums';
import { Page } from './errors';

/** Repeated keys or comma-separated values → a de-duplicated array (max 20 values). */
export function listParam<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => {
    if (value === undefined || value === '') return undefined;
    const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(','));
    return [...new Set(parts.map((p) => p.trim()).filter(Boolean))];
  }, z.array(item).max(20).optional());
}

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date.invalid' }).refine((d) => !Number.isNaN(Date.parse(d)), { error: 'date.invalid' });

export const TALENT_SORTS = ['relevance', 'date', 'distance'] as const;
export const TalentSort = z.enum(TALENT_SORTS);

export const TalentsQuery = Page.extend({
  q: z.string().trim().max(200).optional(),
  roleFamily: listParam(RoleFamilyCode),
  /** Skill names or slugs; a talent must have all of them. */
  skills: listParam(z.string().trim().min(1).max(80)),
  track: listParam(Track),
  basin: listParam(BasinCode),
  contractType: listParam(ContractType),
  availableBefore: IsoDay.optional(),
  minExperience: z.coerce.number().int().min(0).max(60).optional(),
  lat: z.coerce.number().min(-90).max(90).optional(),
  lon: z.coerce.number().min(-180).max(180).optional(),
  radiusKm: z.coerce.number().positive().max(1000).optional(),
  sort: TalentSort.default('relevance'),
})
  .strict()
  .superRefine((q, ctx) => {
    // A distance search needs its point and its radius, all three or none.
    const given = (['lat', 'lon', 'radiusKm'] as const).filter((k) => q[k] !== undefined);
    for (const key of ['lat', 'lon', 'radiusKm'] as const) {
      if (given.length > 0 && q[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'geo.incomplete' });
    }
    if (q.sort === 'distance' && given.length === 0) ctx.addIssue({ code: 'custom', path: ['sort'], message: 'geo.incomplete' });
  });
export type TalentsQuery = z.infer<typeof TalentsQuery>;

export interface TalentItem {
  id: string;
  headline: string | null;
  /** null for anonymous profiles. */
  displayName: string | null;
  skills: { slug: string; name: string; level: number }[];
  roleFamilies: string[];
  track: string | null;
  basinCode: string | null;
  town: string | null;
  contractTypes: string[];
  availableFrom: string | null;
  yearsOfExperience: number;
  distanceKm?: number;
}

export type SearchFacets = Record<string, Record<string, number>>;

export interface TalentsPage {
  items: TalentItem[];
  total: number;
  page: number;
  pageSize: number;
  facets: SearchFacets;
  /** Present (true) when the facet counts are estimates from a sample of a very large result set. */
  facetsApproximate?: true;
  /** Present (true) when `total` is an estimate (very broad search): shown as "about N". */
  totalApproximate?: true;
}
