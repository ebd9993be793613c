/**
 * Candidate generation through the search engine, whichever it is. The engine's text and skill filters
 * require EVERY term, which would drop a candidate missing one skill out of four; so retrieval runs a few
 * filter-only queries whose union approximates "any of": one by role family, one per required skill. The
 * scorer (score.ts) then ranks that pool. Generous on purpose: a missed candidate can never be ranked.
 * Only hits are read (`withTotal: false`): the first pages of each query (the nearest matches around a
 * non-remote offer, else the most recently updated), without counting every match.
 */
import { Inject, Injectable } from '@nestjs/common';
import { MAX_PAGE_SIZE, SEARCH_ENGINE, type IndexName, type SearchEngine, type SearchQuery } from '@talents/search';
import type { MatchOffer, MatchProfile } from './score';
import { CLOSE_CONTRACTS } from './weights';

/** Non-remote offers look this far around them (Hauts-de-France is ~200 km across); scoring does the rest. */
export const RETRIEVAL_RADIUS_KM = 150;
/** Pages (of 100) of the role-family query, and how many skills get a query of their own. */
const FAMILY_PAGES = 2;
const SKILL_QUERIES = 5;
/** Upper bound of the scored pool. */
export const MAX_POOL = 400;

const withClose = (contracts: string[]) => [...new Set(contracts.flatMap((c) => [c, ...(CLOSE_CONTRACTS[c] ?? [])]))];

@Injectable()
export class MatchRetrieval {
  constructor(@Inject(SEARCH_ENGINE) private readonly engine: SearchEngine) {}

  /** Ids of indexed (PUBLIC or ANONYMOUS) candidates worth scoring for an offer. */
  candidatesFor(offer: MatchOffer): Promise<string[]> {
    const geo =
      offer.remotePolicy !== 'REMOTE' && offer.lat !== null && offer.lon !== null
        ? { lat: offer.lat, lon: offer.lon, radiusKm: RETRIEVAL_RADIUS_KM }
        : undefined;
    const contractType = withClose([offer.contractType]);
    const queries: SearchQuery[] = pages({ filters: { roleFamily: [offer.roleFamily], contractType }, geo });
    for (const skill of offer.skills.filter((s) => s.required).slice(0, SKILL_QUERIES)) {
      queries.push({ filters: { skills: [skill.slug], contractType }, geo, pageSize: MAX_PAGE_SIZE });
    }
    return this.union('candidates', queries);
  }

  /** Ids of published offers worth scoring for a candidate (no distance filter: remote offers are anywhere). */
  offersFor(profile: MatchProfile): Promise<string[]> {
    const contractType = profile.contractTypes.length ? withClose(profile.contractTypes) : undefined;
    const roleFamily = profile.roleFamilies.length ? profile.roleFamilies : undefined;
    const queries: SearchQuery[] = pages({ filters: { roleFamily, contractType } });
    const topSkills = [...profile.skills].sort((a, b) => b.level - a.level).slice(0, SKILL_QUERIES);
    for (const skill of topSkills) queries.push({ filters: { skills: [skill.slug], contractType }, pageSize: MAX_PAGE_SIZE });
    return this.union('offers', queries);
  }

  private async union(index: IndexName, queries: SearchQuery[]): Promise<string[]> {
    const ids = new Set<string>();
    for (const query of queries) {
      const result = await this.engine.search(index, { ...query, withTotal: false });
      for (const hit of result.hits) ids.add(hit.id);
      if (ids.size >= MAX_POOL) break;
    }
    return [...ids].slice(0, MAX_POOL);
  }
}

function pages(query: SearchQuery): SearchQuery[] {
  return Array.from({ length: FAMILY_PAGES }, (_, i) => ({ ...query, page: i + 1, pageSize: MAX_PAGE_SIZE }));
}
