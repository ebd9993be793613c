/**
 * Public offer search (GET /offers) on the search engine, whichever it is (PostgreSQL or Meilisearch): text
 * with typo and accent tolerance, filters, disjunctive facets, relevance / date / distance sort. The engine
 * finds and orders ids; the page items are then read from PostgreSQL, the source of truth, so they carry the
 * full OfferView and a document not yet removed from the index (offer closed a second ago) is never shown.
 */
import { Inject, Injectable } from '@nestjs/common';
import type { OffersQuery, OfferView, SearchFacets } from '@talents/shared';
import { SEARCH_ENGINE, searchWithDisjunctiveFacets, type SearchEngine } from '@talents/search';
import { OffersService } from './offers.service';

/** Engine facet name → name in the response (the query parameter of the same filter). */
const FACETS = { roleFamily: 'roleFamily', basin: 'basin', contractType: 'contractType', remotePolicy: 'remote', skills: 'skills' } as const;

export interface OffersPage {
  items: (OfferView & { distanceKm?: number })[];
  total: number;
  page: number;
  pageSize: number;
  facets: SearchFacets;
  /** Present (true) when the facet counts are estimates (packages/search: BROAD_SEARCH_LIMITS). */
  facetsApproximate?: true;
  /** Present (true) when `total` is an estimate (a very broad search; packages/search: BROAD_SEARCH_LIMITS). */
  totalApproximate?: true;
}

@Injectable()
export class OfferSearchService {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly offers: OffersService,
  ) {}

  async search(query: OffersQuery, now = new Date()): Promise<OffersPage> {
    const geo =
      query.lat !== undefined && query.lon !== undefined && query.radiusKm !== undefined
        ? { lat: query.lat, lon: query.lon, radiusKm: query.radiusKm }
        : undefined;
    const result = await searchWithDisjunctiveFacets(this.engine, 'offers', {
      q: query.q,
      filters: {
        roleFamily: query.roleFamily,
        basin: query.basin,
        contractType: query.contractType,
        remotePolicy: query.remote,
        openAt: now.toISOString(),
      },
      geo,
      facets: Object.keys(FACETS),
      sort: query.sort ?? (geo ? 'distance' : 'relevance'),
      page: query.page,
      pageSize: query.pageSize,
    });
    const distances = new Map(result.hits.map((hit) => [hit.id, hit._distanceKm]));
    const items = (await this.offers.publicByIds(result.hits.map((hit) => hit.id), now)).map((offer) => {
      const distanceKm = distances.get(offer.id);
      return distanceKm === undefined ? offer : { ...offer, distanceKm };
    });
    const facets = Object.fromEntries(Object.entries(FACETS).map(([engineName, name]) => [name, result.facets[engineName] ?? {}]));
    const page: OffersPage = { items, total: result.total, page: query.page, pageSize: query.pageSize, facets };
    if (result.facetsApproximate) page.facetsApproximate = true;
    if (result.totalApproximate) page.totalApproximate = true;
    return page;
  }
}
