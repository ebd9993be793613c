/**
 * Public offer search on PostgreSQL: published, unexpired offers of verified, active companies; filters, facets
 * and distance. Facets are disjunctive — each dimension is counted with every filter except its own — so a UI
 * can show "CDI (12) · CDD (3)" while CDI is ticked. q is a plain accent-insensitive ILIKE for now; a later issue
 * puts the search-engine interface (PostgreSQL full text / Meilisearch) behind this.
 */
import { Injectable } from '@nestjs/common';
import { Prisma } from '@talents/db';
import type { OffersQuery } from '@talents/shared';
import { PrismaService } from '../common/prisma/prisma.service';

export type FacetName = 'roleFamily' | 'basin' | 'contractType' | 'remote';
export type Facets = Record<FacetName, Record<string, number>>;

const FACET_COLUMNS: Record<FacetName, Prisma.Sql> = {
  roleFamily: Prisma.sql`o.role_family_code`,
  basin: Prisma.sql`o.basin_code`,
  contractType: Prisma.sql`o.contract_type::text`,
  remote: Prisma.sql`o.remote_policy::text`,
};
const QUERY_KEYS: Record<FacetName, keyof OffersQuery> = { roleFamily: 'roleFamily', basin: 'basin', contractType: 'contractType', remote: 'remote' };

export interface SearchResult {
  ids: string[];
  distances: Map<string, number>;
  total: number;
  facets: Facets;
}

@Injectable()
export class OfferSearchRepository {
  constructor(private readonly prisma: PrismaService) {}

  async search(query: OffersQuery, now = new Date()): Promise<SearchResult> {
    const geo = query.lat !== undefined && query.lon !== undefined && query.radiusKm !== undefined;
    const distance = geo ? haversineKm(query.lat!, query.lon!) : Prisma.sql`NULL::float8`;
    const base = [
      Prisma.sql`o.status = 'PUBLISHED'`,
      Prisma.sql`(o.expires_at IS NULL OR o.expires_at > ${now})`,
      Prisma.sql`c.verified_at IS NOT NULL AND c.suspended_at IS NULL`,
    ];
    if (query.q) {
      const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      base.push(Prisma.sql`unaccent(o.title || ' ' || o.description) ILIKE unaccent(${pattern})`);
    }
    if (geo) base.push(Prisma.sql`${distance} <= ${query.radiusKm!}::float8`);
    const facetFilters = (except?: FacetName) =>
      (Object.keys(FACET_COLUMNS) as FacetName[])
        .filter((name) => name !== except)
        .flatMap((name) => {
          const values = query[QUERY_KEYS[name]] as string[] | undefined;
          return values?.length ? [Prisma.sql`${FACET_COLUMNS[name]} = ANY(${values}::text[])`] : [];
        });
    const from = Prisma.sql`FROM offers o JOIN companies c ON c.id = o.company_id JOIN basins b ON b.code = o.basin_code`;
    const where = (clauses: Prisma.Sql[]) => Prisma.sql`WHERE ${Prisma.join(clauses, ' AND ')}`;
    const order = geo ? Prisma.sql`distance_km ASC, o.published_at DESC, o.id DESC` : Prisma.sql`o.published_at DESC, o.id DESC`;

    const rows = await this.prisma.$queryRaw<{ id: string; distance_km: number | null; total: bigint }[]>`
      SELECT o.id, ${distance} AS distance_km, count(*) OVER () AS total
      ${from} ${where([...base, ...facetFilters()])}
      ORDER BY ${order}
      LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`;

    const facetQueries = (Object.keys(FACET_COLUMNS) as FacetName[]).map(
      (name) => Prisma.sql`SELECT ${name} AS facet, ${FACET_COLUMNS[name]} AS key, count(*)::int AS n
        ${from} ${where([...base, ...facetFilters(name)])} GROUP BY 2`,
    );
    const facetRows = await this.prisma.$queryRaw<{ facet: FacetName; key: string; n: number }[]>`${Prisma.join(facetQueries, ' UNION ALL ')}`;
    const facets: Facets = { roleFamily: {}, basin: {}, contractType: {}, remote: {} };
    for (const row of facetRows) facets[row.facet][row.key] = Number(row.n);

    const total = rows.length ? Number(rows[0]!.total) : await this.countBeyondLastPage(query, from, where([...base, ...facetFilters()]));
    const distances = new Map(rows.filter((r) => r.distance_km !== null).map((r) => [r.id, Math.round(Number(r.distance_km) * 10) / 10]));
    return { ids: rows.map((r) => r.id), distances, total, facets };
  }

  /** A page past the end has no rows to carry the window count; the total is still useful to the client. */
  private async countBeyondLastPage(query: OffersQuery, from: Prisma.Sql, where: Prisma.Sql): Promise<number> {
    if (query.page === 1) return 0;
    const [row] = await this.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n ${from} ${where}`;
    return Number(row?.n ?? 0);
  }
}

/** Great-circle distance in km from (lat, lon) to the offer's point, or its basin's centre when it has none. */
function haversineKm(lat: number, lon: number): Prisma.Sql {
  const olat = Prisma.sql`COALESCE(o.lat, b.lat)`;
  const olon = Prisma.sql`COALESCE(o.lon, b.lon)`;
  return Prisma.sql`(6371 * 2 * asin(LEAST(1, sqrt(
    power(sin(radians(${olat} - ${lat}::float8) / 2), 2) +
    cos(radians(${lat}::float8)) * cos(radians(${olat})) * power(sin(radians(${olon} - ${lon}::float8) / 2), 2)
  ))))`;
}
