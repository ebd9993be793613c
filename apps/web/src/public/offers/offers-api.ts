/** The public offer endpoints and their query keys (shared by the search, the offer page and the apply panel). */
import type { ApplicationView, OfferView, Paginated } from '@talents/shared';
import { api } from '../../lib/api-client';
import type { FacetName, OffersApiQuery } from './offer-search-params';

export type OfferFacets = Record<FacetName, Record<string, number>>;
/** `facetsApproximate`: the counts are estimates from a sample of a very broad result (the API says so). */
/** `totalApproximate`: `total` is an estimate (a very broad search), shown as "about N". */
export type OffersPage = Paginated<OfferView> & { facets: OfferFacets; facetsApproximate?: true; totalApproximate?: true };
export type OfferDetail = OfferView & { jsonLd: Record<string, unknown> | null };

export const offerKeys = {
  all: ['offers'] as const,
  search: (query: OffersApiQuery) => ['offers', 'search', query] as const,
  detail: (id: string) => ['offers', 'detail', id] as const,
};

export const offersApi = {
  search: (query: OffersApiQuery, signal?: AbortSignal) => api.get<OffersPage>('/offers', { query, signal }),
  get: (id: string, signal?: AbortSignal) => api.get<OfferDetail>(`/offers/${encodeURIComponent(id)}`, { signal }),
  apply: (id: string, message: string) =>
    api.post<ApplicationView>(`/offers/${encodeURIComponent(id)}/applications`, message ? { message } : {}),
};
