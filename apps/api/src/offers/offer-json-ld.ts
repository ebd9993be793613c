/**
 * schema.org JobPosting for an offer (Google for Jobs, France Travail and Indeed read it). A pure function of the
 * offer view so it is unit-tested against Google's required and recommended properties.
 *
 * employmentType mapping (schema.org has no apprenticeship value):
 *   CDI → FULL_TIME · CDD → TEMPORARY · STAGE → INTERN · FREELANCE → CONTRACTOR ·
 *   ALTERNANCE → [INTERN, PART_TIME]: an apprentice is a trainee who spends part of the time at school.
 */
import { reference, type ContractType, type ExperienceLevel, type OfferView } from '@talents/shared';

export type JobPosting = Record<string, unknown>;

export const EMPLOYMENT_TYPE: Record<ContractType, string | string[]> = {
  CDI: 'FULL_TIME',
  CDD: 'TEMPORARY',
  ALTERNANCE: ['INTERN', 'PART_TIME'],
  STAGE: 'INTERN',
  FREELANCE: 'CONTRACTOR',
};

/** Minimum months of experience per level (ENTRY asks for none, so the property is left out). */
const MONTHS_OF_EXPERIENCE: Record<ExperienceLevel, number | null> = { ENTRY: null, JUNIOR: 12, MID: 36, SENIOR: 72 };

const BASIN_LABELS = new Map(reference.basins.basins.map((b) => [b.code, b.label]));

export interface JobPostingOptions {
  /** Base URL of the SPA, where the offer's public page lives. */
  webUrl: string;
}

export function offerUrl(webUrl: string, offerId: string): string {
  return `${webUrl.replace(/\/$/, '')}/offers/${offerId}`;
}

export function buildJobPosting(offer: OfferView, opts: JobPostingOptions): JobPosting {
  const url = offerUrl(opts.webUrl, offer.id);
  const posting: JobPosting = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: offer.title,
    description: toHtml(offer.description),
    datePosted: offer.publishedAt ?? offer.createdAt,
    employmentType: EMPLOYMENT_TYPE[offer.contractType],
    identifier: { '@type': 'PropertyValue', name: 'Banque des talents Hauts-de-France', value: offer.id },
    url,
    directApply: true,
    hiringOrganization: {
      '@type': 'Organization',
      name: offer.company.name,
      ...(offer.company.website ? { sameAs: offer.company.website } : {}),
    },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: offer.town ?? BASIN_LABELS.get(offer.basinCode) ?? offer.basinCode,
        addressRegion: 'Hauts-de-France',
        addressCountry: 'FR',
      },
      ...(offer.lat !== null && offer.lon !== null ? { geo: { '@type': 'GeoCoordinates', latitude: offer.lat, longitude: offer.lon } } : {}),
    },
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', minValue: offer.salaryMin, maxValue: offer.salaryMax, unitText: 'YEAR' },
    },
  };
  if (offer.expiresAt) posting.validThrough = offer.expiresAt;
  if (offer.remotePolicy === 'REMOTE') {
    posting.jobLocationType = 'TELECOMMUTE';
    posting.applicantLocationRequirements = { '@type': 'Country', name: 'France' };
  }
  if (offer.romeCode) {
    posting.occupationalCategory = offer.romeCode;
  }
  if (offer.startDate) posting.jobStartDate = offer.startDate;
  const months = MONTHS_OF_EXPERIENCE[offer.experienceLevel];
  posting.experienceRequirements =
    months === null ? 'no requirements' : { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: months };
  const skills = offer.skills.filter((s) => s.required).map((s) => s.name);
  if (skills.length) posting.skills = skills.join(', ');
  return posting;
}

/** Google wants the description as HTML: our plain text is escaped and its paragraphs and line breaks kept. */
export function toHtml(text: string): string {
  const escape = (value: string) =>
    value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escape(paragraph.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
}
