/**
 * Talent search for recruiters: the candidates index of the search engine, whichever it is. Documents are
 * masked when indexed (search/documents.ts), so this only picks the fields of a result item.
 */
import { Inject, Injectable } from '@nestjs/common';
import { skillSlug } from '@talents/db';
import type { TalentItem, TalentsPage, TalentsQuery } from '@talents/shared';
import { SEARCH_ENGINE, type SearchEngine, type SearchHit } from '@talents/search';

export const TALENT_FACETS = ['roleFamily', 'basin', 'track', 'contractType', 'skills'];

@Injectable()
export class TalentsService {
  constructor(@Inject(SEARCH_ENGINE) private readonly engine: SearchEngine) {}

  async search(query: TalentsQuery): Promise<TalentsPage> {
    const geo =
      query.lat !== undefined && query.lon !== undefined && query.radiusKm !== undefined
        ? { lat: query.lat, lon: query.lon, radiusKm: query.radiusKm }
        : undefined;
    const result = await this.engine.search('candidates', {
      q: query.q,
      filters: {
        roleFamily: query.roleFamily,
        // Recruiters type skill names ("Node.js"); the index holds slugs ("node-js").
        skills: query.skills?.map(skillSlug).filter(Boolean),
        track: query.track,
        basin: query.basin,
        contractType: query.contractType,
        availableBefore: query.availableBefore,
        minExperience: query.minExperience,
      },
      geo,
      facets: TALENT_FACETS,
      sort: query.sort,
      page: query.page,
      pageSize: query.pageSize,
    });
    const page: TalentsPage = { items: result.hits.map(toItem), total: result.total, page: query.page, pageSize: query.pageSize, facets: result.facets };
    if (result.facetsApproximate) page.facetsApproximate = true;
    if (result.totalApproximate) page.totalApproximate = true;
    return page;
  }
}

function toItem(hit: SearchHit<'candidates'>): TalentItem {
  const item: TalentItem = {
    id: hit.id,
    headline: hit.headline,
    displayName: hit.visibility === 'PUBLIC' ? hit.displayName : null,
    skills: hit.skills,
    roleFamilies: hit.roleFamilies,
    track: hit.track,
    basinCode: hit.basinCode,
    town: hit.town,
    contractTypes: hit.contractTypes,
    availableFrom: hit.availableFrom,
    yearsOfExperience: hit.yearsOfExperience,
  };
  if (hit._distanceKm !== undefined) item.distanceKm = hit._distanceKm;
  return item;
}
