/**
 * The one place that decides what a recruiter or an admin sees of a candidate (docs/decisions/0005). Pure, so
 * GET /candidates/:id, talent search and offer matches all mask identically.
 *  - gender: only ever shown to the owner (GET /candidates/me), never here;
 *  - HIDDEN: invisible to recruiters, unless the candidate opened the door to their company (accepted contact
 *    request or live application), which is explicit consent;
 *  - ANONYMOUS: skills, experience, mobility and wishes, but no name, contact, links, school name or CV until
 *    that consent;
 *  - PUBLIC, or consent, or admin: everything but gender.
 */
import type { OwnerProfile, ViewerProfile } from '@talents/shared';

export type Viewer =
  | { role: 'ADMIN' }
  /** relationship: why this recruiter's company may see the candidate in full (null: none). */
  | { role: 'RECRUITER'; relationship: 'CONTACT_ACCEPTED' | 'APPLIED' | null };

export type ViewReason = 'ADMIN' | 'PUBLIC' | 'CONTACT_ACCEPTED' | 'APPLIED';

export type ProfileViewResult =
  | { visible: false }
  | { visible: true; profile: ViewerProfile; full: true; reason: ViewReason }
  | { visible: true; profile: ViewerProfile; full: false };

/** "Candidat·e #a1b2c3": stable per profile, from the random tail of the id (uuid v7 starts with a timestamp). */
export function anonymousName(profileId: string): string {
  return `Candidat·e #${profileId.replace(/-/g, '').slice(-6)}`;
}

export function toViewerProfile(profile: OwnerProfile, viewer: Viewer): ProfileViewResult {
  if (!profile.exists || !profile.id) return { visible: false };
  const reason = fullViewReason(profile, viewer);
  if (profile.visibility === 'HIDDEN' && reason === null) return { visible: false };
  if (reason) return { visible: true, full: true, reason, profile: build(profile, profile.id, true) };
  return { visible: true, full: false, profile: build(profile, profile.id, false) };
}

function fullViewReason(profile: OwnerProfile, viewer: Viewer): ViewReason | null {
  if (viewer.role === 'ADMIN') return 'ADMIN';
  if (viewer.relationship) return viewer.relationship;
  return profile.visibility === 'PUBLIC' ? 'PUBLIC' : null;
}

function build(p: OwnerProfile, id: string, full: boolean): ViewerProfile {
  // Listed field by field (no spread of the owner profile): a field added later stays private until someone
  // decides here that it may be shown.
  return {
    id,
    displayName: full ? `${p.firstName} ${p.lastName}`.trim() || anonymousName(id) : anonymousName(id),
    masked: !full,
    firstName: full ? p.firstName : null,
    lastName: full ? p.lastName : null,
    email: full ? p.email : null,
    phone: full ? p.phone : null,
    headline: p.headline,
    bio: p.bio,
    roleFamilies: [...p.roleFamilies],
    skills: p.skills.map((s) => ({ ...s })),
    yearsOfExperience: p.yearsOfExperience,
    track: p.track,
    trainings: p.trainings.map((t) => ({ organisation: full ? t.organisation : null, programme: t.programme, route: t.route, year: t.year })),
    basinCode: p.basinCode,
    town: p.town,
    // Exact coordinates may be a home address: anonymous profiles show the basin and town only.
    lat: full ? p.lat : null,
    lon: full ? p.lon : null,
    mobilityRadiusKm: p.mobilityRadiusKm,
    remotePreference: p.remotePreference,
    contractTypes: [...p.contractTypes],
    availableFrom: p.availableFrom,
    languages: p.languages.map((l) => ({ ...l })),
    links: full ? p.links.map((l) => ({ ...l })) : [],
    salaryMin: p.salaryMin,
    salaryMax: p.salaryMax,
    visibility: p.visibility,
    cv: full ? p.cv : null,
    updatedAt: p.updatedAt ?? new Date(0).toISOString(),
  };
}
