/**
 * Search documents, built from PostgreSQL rows by pure functions. Privacy is decided HERE, once, for every
 * engine: a document only carries what a recruiter may see in search results.
 * - HIDDEN profiles, unpublished offers and offers of unverified or suspended companies produce no document
 *   (the indexer removes them).
 * - ANONYMOUS profiles carry no identifying field: no names, e-mail, phone, links, schools, and their bio is
 *   scrubbed of the names and of e-mail addresses, URLs and phone numbers the candidate may have typed.
 * - Gender is never read, for anyone (it only feeds aggregate KPIs).
 */

export interface CandidateSkillDoc {
  slug: string;
  name: string;
  level: number;
}

export interface CandidateDocument {
  id: string;
  visibility: 'PUBLIC' | 'ANONYMOUS';
  /** "First Last" for PUBLIC profiles, null for ANONYMOUS ones. */
  displayName: string | null;
  headline: string | null;
  bio: string | null;
  skills: CandidateSkillDoc[];
  skillSlugs: string[];
  roleFamilies: string[];
  track: string | null;
  basinCode: string | null;
  town: string | null;
  lat: number | null;
  lon: number | null;
  contractTypes: string[];
  /** YYYY-MM-DD, or null when available now. */
  availableFrom: string | null;
  yearsOfExperience: number;
  remotePreference: string | null;
  updatedAt: string;
}

export interface OfferDocument {
  id: string;
  title: string;
  description: string;
  companyName: string;
  roleFamily: string;
  skills: { slug: string; name: string; required: boolean }[];
  skillSlugs: string[];
  contractType: string;
  basinCode: string;
  town: string | null;
  lat: number | null;
  lon: number | null;
  remotePolicy: string;
  salaryMin: number;
  salaryMax: number;
  experienceLevel: string;
  publishedAt: string | null;
  expiresAt: string | null;
}

/** The profile row with the relations the indexer loads (see indexer.service.ts). */
export interface CandidateRow {
  id: string;
  firstName: string;
  lastName: string;
  headline: string | null;
  bio: string | null;
  yearsOfExperience: number;
  track: string | null;
  basinCode: string | null;
  town: string | null;
  lat: number | null;
  lon: number | null;
  remotePreference: string | null;
  contractTypes: string[];
  availableFrom: Date | null;
  visibility: string;
  updatedAt: Date;
  skills: { level: number; skill: { name: string; slug: string } }[];
  roleFamilies: { roleFamilyCode: string }[];
}

export interface OfferRow {
  id: string;
  title: string;
  description: string;
  roleFamilyCode: string;
  contractType: string;
  basinCode: string;
  town: string | null;
  lat: number | null;
  lon: number | null;
  remotePolicy: string;
  salaryMin: number;
  salaryMax: number;
  experienceLevel: string;
  status: string;
  publishedAt: Date | null;
  expiresAt: Date | null;
  /** Offers of an unverified or suspended company are not public, whatever their status. */
  company: { name: string; verifiedAt: Date | null; suspendedAt: Date | null };
  skills: { required: boolean; skill: { name: string; slug: string } }[];
}

export const BIO_MAX_CHARS = 2000;
export const DESCRIPTION_MAX_CHARS = 2000;

/** The document of a profile, or null when the profile must not be searchable. */
export function candidateDocument(row: CandidateRow): CandidateDocument | null {
  if (row.visibility !== 'PUBLIC' && row.visibility !== 'ANONYMOUS') return null;
  const anonymous = row.visibility === 'ANONYMOUS';
  const skills = [...row.skills]
    .map((s) => ({ slug: s.skill.slug, name: s.skill.name, level: s.level }))
    .sort((a, b) => b.level - a.level || a.name.localeCompare(b.name));
  const bio = row.bio ? truncate(anonymous ? scrubIdentity(row.bio, [row.firstName, row.lastName]) : row.bio, BIO_MAX_CHARS) : null;
  return {
    id: row.id,
    visibility: row.visibility,
    displayName: anonymous ? null : `${row.firstName} ${row.lastName}`.trim(),
    headline: row.headline,
    bio,
    skills,
    skillSlugs: skills.map((s) => s.slug),
    roleFamilies: row.roleFamilies.map((r) => r.roleFamilyCode).sort(),
    track: row.track,
    basinCode: row.basinCode,
    town: row.town,
    lat: row.lat,
    lon: row.lon,
    contractTypes: [...row.contractTypes].sort(),
    availableFrom: row.availableFrom ? row.availableFrom.toISOString().slice(0, 10) : null,
    yearsOfExperience: row.yearsOfExperience,
    remotePreference: row.remotePreference,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * The document of an offer, or null unless it is published by a verified, active company. The end date is
 * not checked here (it passes without any write): searches filter on `openAt` instead.
 */
export function offerDocument(row: OfferRow): OfferDocument | null {
  if (row.status !== 'PUBLISHED' || row.company.verifiedAt === null || row.company.suspendedAt !== null) return null;
  const skills = row.skills
    .map((s) => ({ slug: s.skill.slug, name: s.skill.name, required: s.required }))
    .sort((a, b) => Number(b.required) - Number(a.required) || a.name.localeCompare(b.name));
  return {
    id: row.id,
    title: row.title,
    description: truncate(row.description, DESCRIPTION_MAX_CHARS),
    companyName: row.company.name,
    roleFamily: row.roleFamilyCode,
    skills,
    skillSlugs: skills.map((s) => s.slug),
    contractType: row.contractType,
    basinCode: row.basinCode,
    town: row.town,
    lat: row.lat,
    lon: row.lon,
    remotePolicy: row.remotePolicy,
    salaryMin: row.salaryMin,
    salaryMax: row.salaryMax,
    experienceLevel: row.experienceLevel,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
  };
}

/** Text a document is found by, split by weight (A: headline/title and skills; B: bio/description; C: the rest). */
export function candidateText(doc: CandidateDocument): { a: string; b: string; c: string } {
  return {
    a: [doc.headline ?? '', ...doc.skills.map((s) => s.name)].join(' '),
    b: doc.bio ?? '',
    c: [doc.town ?? '', doc.displayName ?? ''].join(' '),
  };
}

export function offerText(doc: OfferDocument): { a: string; b: string; c: string } {
  return {
    a: [doc.title, ...doc.skills.map((s) => s.name)].join(' '),
    b: doc.description,
    c: [doc.companyName, doc.town ?? ''].join(' '),
  };
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/g;
const URL_LIKE = /\b(?:https?:\/\/|www\.)\S+/gi;
const PHONE = /(?:\+?\d[\s.-]?){9,}\d/g;

/** Free text of an anonymous profile without the ways back to the person. */
export function scrubIdentity(text: string, names: string[]): string {
  let out = text.replace(EMAIL, '…').replace(URL_LIKE, '…').replace(PHONE, '…');
  for (const name of names) {
    const trimmed = name.trim();
    if (trimmed.length < 2) continue;
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu'), '…');
  }
  return out;
}
