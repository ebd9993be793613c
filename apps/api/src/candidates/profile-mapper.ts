/**
 * Database rows ⇄ the owner's profile shape. The owner view is the complete record; every other view
 * (profile-view.ts, talent search) is derived from it, so masking rules apply to one well-known shape.
 */
import type { Prisma } from '@talents/db';
import type { OwnerProfile } from '@talents/shared';
import type { ProfileWrite } from './profile-write';

export const PROFILE_INCLUDE = {
  user: { select: { email: true, archivedAt: true, suspendedAt: true } },
  roleFamilies: { select: { roleFamilyCode: true }, orderBy: { roleFamilyCode: 'asc' } },
  skills: { select: { level: true, skill: { select: { name: true, slug: true } } }, orderBy: [{ level: 'desc' }, { skill: { slug: 'asc' } }] },
  trainings: { orderBy: [{ year: { sort: 'desc', nulls: 'last' } }, { organisation: 'asc' }] },
  languages: { orderBy: { code: 'asc' } },
  links: { orderBy: [{ kind: 'asc' }, { url: 'asc' }] },
} satisfies Prisma.CandidateProfileInclude;

export type ProfileRow = Prisma.CandidateProfileGetPayload<{ include: typeof PROFILE_INCLUDE }>;

/** Fields a profile cannot be complete without (an imported draft may lack them until the first PUT). */
function missingFields(p: Pick<OwnerProfile, 'firstName' | 'lastName' | 'roleFamilies' | 'contractTypes' | 'basinCode'>): string[] {
  const missing: string[] = [];
  if (!p.firstName) missing.push('firstName');
  if (!p.lastName) missing.push('lastName');
  if (p.roleFamilies.length === 0) missing.push('roleFamilies');
  if (p.contractTypes.length === 0) missing.push('contractTypes');
  if (!p.basinCode) missing.push('basinCode');
  return missing;
}

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function toOwnerProfile(row: ProfileRow): OwnerProfile {
  const profile: OwnerProfile = {
    exists: true,
    id: row.id,
    email: row.user.email,
    firstName: row.firstName,
    lastName: row.lastName,
    phone: row.phone,
    headline: row.headline,
    bio: row.bio,
    roleFamilies: row.roleFamilies.map((r) => r.roleFamilyCode),
    skills: row.skills.map((s) => ({ name: s.skill.name, slug: s.skill.slug, level: s.level })),
    yearsOfExperience: row.yearsOfExperience,
    track: row.track,
    trainings: row.trainings.map((t) => ({ organisation: t.organisation, programme: t.programme, route: t.route, year: t.year })),
    basinCode: row.basinCode,
    town: row.town,
    lat: row.lat,
    lon: row.lon,
    mobilityRadiusKm: row.mobilityRadiusKm,
    remotePreference: row.remotePreference,
    contractTypes: row.contractTypes,
    availableFrom: isoDay(row.availableFrom),
    languages: row.languages.map((l) => ({ code: l.code, level: l.level })),
    links: row.links.map((l) => ({ kind: l.kind, url: l.url })),
    salaryMin: row.salaryMin,
    salaryMax: row.salaryMax,
    gender: row.gender,
    visibility: row.visibility,
    cv:
      row.cvStorageKey && row.cvUploadedAt
        ? { fileName: row.cvOriginalName ?? 'cv.pdf', sizeBytes: row.cvSizeBytes ?? 0, sha256: row.cvSha256 ?? '', uploadedAt: row.cvUploadedAt.toISOString() }
        : null,
    missing: [],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
  profile.missing = missingFields(profile);
  return profile;
}

/** GET /candidates/me before the first save: the same shape, empty, with `exists: false`. */
export function emptyOwnerProfile(email: string): OwnerProfile {
  const profile: OwnerProfile = {
    exists: false, id: null, email, firstName: '', lastName: '', phone: null, headline: null, bio: null,
    roleFamilies: [], skills: [], yearsOfExperience: 0, track: null, trainings: [], basinCode: null, town: null,
    lat: null, lon: null, mobilityRadiusKm: null, remotePreference: null, contractTypes: [], availableFrom: null,
    languages: [], links: [], salaryMin: null, salaryMax: null, gender: null, visibility: 'ANONYMOUS', cv: null,
    missing: [], createdAt: null, updatedAt: null,
  };
  profile.missing = missingFields(profile);
  return profile;
}

/** The write shape of an existing profile, as the starting point of a JSON Resume merge. */
export function ownerToWrite(p: OwnerProfile): ProfileWrite {
  return {
    firstName: p.firstName, lastName: p.lastName, phone: p.phone, headline: p.headline, bio: p.bio,
    roleFamilies: [...p.roleFamilies], skills: p.skills.map((s) => ({ name: s.name, level: s.level })),
    yearsOfExperience: p.yearsOfExperience, track: p.track, trainings: p.trainings.map((t) => ({ ...t })),
    basinCode: p.basinCode, town: p.town, lat: p.lat, lon: p.lon, mobilityRadiusKm: p.mobilityRadiusKm,
    remotePreference: p.remotePreference, contractTypes: [...p.contractTypes], availableFrom: p.availableFrom,
    languages: p.languages.map((l) => ({ ...l })), links: p.links.map((l) => ({ ...l })),
    salaryMin: p.salaryMin, salaryMax: p.salaryMax, gender: p.gender, visibility: p.visibility,
  };
}
