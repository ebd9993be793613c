/**
 * The offer search lives in the URL (shareable, back-button friendly): `?q=…&contractType=CDI,CDD&near=LILLE
 * &radius=20&page=2`. This module converts between the URL, the form state and the API query.
 */
import { CONTRACT_TYPES, REMOTE_POLICIES } from '@talents/shared';
import { basinByCode } from './reference-labels';

export const FACETS = ['roleFamily', 'basin', 'contractType', 'remote'] as const;
export type FacetName = (typeof FACETS)[number];

export const RADII_KM = [10, 20, 30, 50, 100] as const;
export const SORTS = ['relevance', 'date', 'distance'] as const;
/** '' leaves the order to the API: distance around a point, else relevance (the date order without text). */
export type OfferSort = (typeof SORTS)[number] | '';
export const DEFAULT_RADIUS_KM = 30;
export const PAGE_SIZE = 10;

export interface OfferSearch {
  q: string;
  filters: Record<FacetName, string[]>;
  /** Basin code whose centre is the point of a distance search, or '' for none. */
  near: string;
  radiusKm: number;
  sort: OfferSort;
  page: number;
}

const KNOWN: Partial<Record<FacetName, readonly string[]>> = { contractType: CONTRACT_TYPES, remote: REMOTE_POLICIES };

function list(params: URLSearchParams, name: FacetName): string[] {
  const values = params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
  const known = KNOWN[name];
  // Unknown values in a hand-edited URL are dropped rather than sent to the API for a 400.
  return [...new Set(known ? values.filter((value) => known.includes(value)) : values)];
}

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function searchFromParams(params: URLSearchParams): OfferSearch {
  const near = params.get('near') ?? '';
  const sort = SORTS.find((value) => value === params.get('sort')) ?? '';
  const hasPoint = basinByCode(near)?.lat != null;
  return {
    q: params.get('q')?.trim() ?? '',
    filters: {
      roleFamily: list(params, 'roleFamily'),
      basin: list(params, 'basin'),
      contractType: list(params, 'contractType'),
      remote: list(params, 'remote'),
    },
    near: hasPoint ? near : '',
    radiusKm: positiveInt(params.get('radius'), DEFAULT_RADIUS_KM),
    // A distance order without a point would be refused by the API: fall back to the default order.
    sort: sort === 'distance' && !hasPoint ? '' : sort,
    page: positiveInt(params.get('page'), 1),
  };
}

/** Only non-default values appear, so a plain search has a short URL. */
export function paramsFromSearch(search: OfferSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  for (const name of FACETS) {
    if (search.filters[name].length) params.set(name, search.filters[name].join(','));
  }
  if (search.near) {
    params.set('near', search.near);
    params.set('radius', String(search.radiusKm));
  }
  if (search.sort) params.set('sort', search.sort);
  if (search.page > 1) params.set('page', String(search.page));
  return params;
}

export type OffersApiQuery = Record<string, string | number | string[] | undefined>;

export function apiQueryFromSearch(search: OfferSearch): OffersApiQuery {
  const point = basinByCode(search.near);
  const geo = point && point.lat !== null && point.lon !== null;
  return {
    q: search.q || undefined,
    ...search.filters,
    ...(geo ? { lat: point.lat!, lon: point.lon!, radiusKm: search.radiusKm } : {}),
    sort: search.sort && (search.sort !== 'distance' || geo) ? search.sort : undefined,
    page: search.page,
    pageSize: PAGE_SIZE,
  };
}
