/**
 * Feeds of all public offers for aggregators (France Travail, Indeed, search engines): JSON (each offer with
 * its JobPosting JSON-LD) and CSV (UTF-8, header row, RFC 4180 quoting by csv-stringify). Rows are read in
 * keyset-paginated batches so a large catalogue does not load one huge query.
 */
import { Inject, Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import type { OfferView } from '@talents/shared';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { PrismaService } from '../common/prisma/prisma.service';
import { EMPLOYMENT_TYPE, buildJobPosting, offerUrl, type JobPosting } from './offer-json-ld';
import { OFFER_INCLUDE, toOfferView } from './offer-view';

const BATCH = 500;

export const CSV_COLUMNS = [
  'id', 'url', 'title', 'company', 'companyWebsite', 'roleFamily', 'contractType', 'employmentType', 'experienceLevel',
  'basin', 'town', 'region', 'country', 'lat', 'lon', 'remotePolicy', 'salaryMin', 'salaryMax', 'salaryCurrency',
  'salaryUnit', 'requiredSkills', 'niceToHaveSkills', 'startDate', 'romeCode', 'datePosted', 'validThrough', 'description',
] as const;

@Injectable()
export class OfferFeedService {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async json(now = new Date()): Promise<{ generatedAt: string; total: number; offers: (OfferView & { url: string; jsonLd: JobPosting })[] }> {
    const offers = (await this.publicOffers(now)).map((offer) => ({
      ...offer,
      url: offerUrl(this.config.WEB_URL, offer.id),
      jsonLd: buildJobPosting(offer, { webUrl: this.config.WEB_URL }),
    }));
    return { generatedAt: now.toISOString(), total: offers.length, offers };
  }

  async csv(now = new Date()): Promise<string> {
    const rows = (await this.publicOffers(now)).map((o) => {
      const employment = EMPLOYMENT_TYPE[o.contractType];
      const skills = (required: boolean) => o.skills.filter((s) => s.required === required).map((s) => s.name).join('; ');
      return [
        o.id, offerUrl(this.config.WEB_URL, o.id), o.title, o.company.name, o.company.website ?? '', o.roleFamilyCode, o.contractType,
        Array.isArray(employment) ? employment.join('; ') : employment, o.experienceLevel, o.basinCode, o.town ?? '', 'Hauts-de-France', 'FR',
        o.lat ?? '', o.lon ?? '', o.remotePolicy, o.salaryMin, o.salaryMax, 'EUR', 'YEAR', skills(true), skills(false),
        o.startDate ?? '', o.romeCode ?? '', o.publishedAt ?? '', o.expiresAt ?? '', o.description,
      ];
    });
    return stringify(rows, { header: true, columns: [...CSV_COLUMNS] });
  }

  private async publicOffers(now: Date): Promise<OfferView[]> {
    const all: OfferView[] = [];
    let cursor: string | undefined;
    for (;;) {
      const batch = await this.prisma.offer.findMany({
        where: {
          status: 'PUBLISHED',
          OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
          company: { verifiedAt: { not: null }, suspendedAt: null },
        },
        include: OFFER_INCLUDE,
        orderBy: { id: 'asc' },
        take: BATCH,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      });
      all.push(...batch.map(toOfferView));
      if (batch.length < BATCH) return all;
      cursor = batch[batch.length - 1]!.id;
    }
  }
}
