import type { OwnerProfile } from '@talents/shared';
import { anonymousName, toViewerProfile } from './profile-view';

const profile = (over: Partial<OwnerProfile> = {}): OwnerProfile => ({
  exists: true,
  id: '01936f6e-0000-7000-8000-00000000abcd',
  email: 'camille.durand@example.fr',
  firstName: 'Camille',
  lastName: 'Durand',
  phone: '+33612345678',
  headline: 'Développeuse TypeScript',
  bio: 'Full-stack.',
  roleFamilies: ['DEV'],
  skills: [{ name: 'TypeScript', slug: 'typescript', level: 4 }],
  yearsOfExperience: 3,
  track: 'GRADUATE',
  trainings: [{ organisation: 'Université de Lille', programme: 'Master MIAGE', route: 'HIGHER_EDUCATION', year: 2022 }],
  basinCode: 'LILLE',
  town: 'Lille',
  lat: 50.63,
  lon: 3.06,
  mobilityRadiusKm: 30,
  remotePreference: 'HYBRID',
  contractTypes: ['CDI'],
  availableFrom: null,
  languages: [{ code: 'fr', level: 'NATIVE' }],
  links: [{ kind: 'GITHUB', url: 'https://github.com/cdurand' }],
  salaryMin: 40000,
  salaryMax: 48000,
  gender: 'FEMALE',
  visibility: 'ANONYMOUS',
  cv: { fileName: 'cv.pdf', sizeBytes: 1000, sha256: 'a'.repeat(64), uploadedAt: '2026-01-01T00:00:00.000Z' },
  missing: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  ...over,
});

const stranger = { role: 'RECRUITER', relationship: null } as const;
const contacted = { role: 'RECRUITER', relationship: 'CONTACT_ACCEPTED' } as const;

describe('toViewerProfile', () => {
  it('masks identity, contact, links, school names, coordinates and CV of an anonymous profile', () => {
    const result = toViewerProfile(profile(), stranger);
    expect(result).toMatchObject({ visible: true, full: false });
    const text = JSON.stringify(result);
    for (const secret of ['Camille', 'Durand', 'camille.durand@example.fr', '+33612345678', 'Université de Lille', 'github.com', 'cv.pdf', 'FEMALE', '50.63']) {
      expect(text).not.toContain(secret);
    }
    if (!result.visible) throw new Error('unreachable');
    expect(result.profile.displayName).toBe(anonymousName(profile().id!));
    expect(result.profile.displayName).toBe('Candidat·e #00abcd');
    expect(result.profile.skills).toEqual([{ name: 'TypeScript', slug: 'typescript', level: 4 }]);
    expect(result.profile.trainings[0]).toEqual({ organisation: null, programme: 'Master MIAGE', route: 'HIGHER_EDUCATION', year: 2022 });
  });

  it('reveals an anonymous profile after an accepted contact request or an application, never the gender', () => {
    for (const viewer of [contacted, { role: 'RECRUITER', relationship: 'APPLIED' } as const]) {
      const result = toViewerProfile(profile(), viewer);
      expect(result).toMatchObject({ visible: true, full: true, reason: viewer.relationship });
      if (!result.visible) throw new Error('unreachable');
      expect(result.profile).toMatchObject({ firstName: 'Camille', email: 'camille.durand@example.fr', displayName: 'Camille Durand', masked: false });
      expect(JSON.stringify(result)).not.toContain('FEMALE');
      expect(result.profile).not.toHaveProperty('gender');
    }
  });

  it('shows a public profile in full to any recruiter, and everything to an admin, without gender', () => {
    expect(toViewerProfile(profile({ visibility: 'PUBLIC' }), stranger)).toMatchObject({ full: true, reason: 'PUBLIC' });
    const admin = toViewerProfile(profile({ visibility: 'HIDDEN' }), { role: 'ADMIN' });
    expect(admin).toMatchObject({ visible: true, full: true, reason: 'ADMIN' });
    expect(JSON.stringify(admin)).not.toContain('FEMALE');
  });

  it('hides a hidden profile from recruiters without consent, and a profile that does not exist yet', () => {
    expect(toViewerProfile(profile({ visibility: 'HIDDEN' }), stranger)).toEqual({ visible: false });
    expect(toViewerProfile(profile({ visibility: 'HIDDEN' }), contacted)).toMatchObject({ visible: true, full: true });
    expect(toViewerProfile(profile({ exists: false, id: null }), { role: 'ADMIN' })).toEqual({ visible: false });
  });
});
