/** Shared by the candidates*.e2e-spec.ts files (not a spec itself, so importing it runs no tests). */
import { todayInFrance } from '@talents/shared';

/** A valid PUT /candidates/me body; tests override one field at a time. */
export function profileBody(over: Record<string, unknown> = {}) {
  const inAMonth = todayInFrance(new Date(Date.now() + 30 * 24 * 3600 * 1000));
  return {
    firstName: 'Inès',
    lastName: 'Lefebvre',
    phone: '06 12 34 56 78',
    headline: 'Développeuse back-end',
    bio: 'Reconversion après dix ans dans la logistique.',
    roleFamilies: ['DEV'],
    skills: [{ name: 'TypeScript', level: 3 }],
    yearsOfExperience: 2,
    track: 'RESKILLING',
    trainings: [{ organisation: 'Le Wagon Lille', programme: 'Développeur web', route: 'GEN_BOOTCAMP', year: 2024 }],
    basinCode: 'LILLE',
    town: 'Lille',
    mobilityRadiusKm: 40,
    remotePreference: 'HYBRID',
    contractTypes: ['CDI', 'ALTERNANCE'],
    availableFrom: inAMonth,
    languages: [{ code: 'fr', level: 'NATIVE' }, { code: 'EN', level: 'B2' }],
    links: [{ kind: 'GITHUB', url: 'https://github.com/ines-l' }],
    salaryMin: 35000,
    salaryMax: 42000,
    gender: 'FEMALE',
    ...over,
  };
}
