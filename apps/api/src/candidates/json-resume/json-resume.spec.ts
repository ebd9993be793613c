import type { OwnerProfile } from '@talents/shared';
import { emptyOwnerProfile, ownerToWrite } from '../profile-mapper';
import { toJsonResume } from './export';
import { mergeJsonResume } from './import';
import { languageCodeFromText, languageLevelFromText, skillLevelFromText } from './levels';

describe('JSON Resume mapping', () => {
  it('reads levels and language names in English and French', () => {
    expect(skillLevelFromText('Advanced')).toBe(4);
    expect(skillLevelFromText('3/5')).toBe(3);
    expect(skillLevelFromText('Maîtrise')).toBe(5);
    expect(skillLevelFromText('whatever')).toBeNull();
    expect(languageCodeFromText('Français')).toBe('fr');
    expect(languageCodeFromText('English')).toBe('en');
    expect(languageCodeFromText('Klingon')).toBeNull();
    expect(languageLevelFromText('Native speaker')).toBe('NATIVE');
    expect(languageLevelFromText('Professional working proficiency (B2)')).toBe('B2');
    expect(languageLevelFromText('Courant')).toBe('C1');
  });

  it('maps a third-party résumé and reports what it could not take', () => {
    const { write, report } = mergeJsonResume(
      {
        basics: {
          name: 'Jean-Pierre De La Tour',
          label: 'DevOps engineer',
          email: 'jp@example.fr',
          phone: '06 12 34 56 78',
          summary: 'Kubernetes and security.',
          location: { city: 'Roubaix', countryCode: 'FR' },
          profiles: [{ network: 'GitHub', username: 'jpdlt' }, { network: 'Blog', url: 'http://insecure.example.fr' }],
          image: 'https://example.fr/me.jpg',
        },
        work: [{ name: 'ACME' }],
        education: [{ institution: 'Université de Lille', area: 'Informatique', studyType: 'Master', endDate: '2019-06-30' }, { institution: 'Some School' }],
        skills: [{ name: 'Kubernetes', level: 'Expert' }, { name: 'Ansible', level: 'so-so' }],
        languages: [{ language: 'French', fluency: 'Native' }, { language: 'Elvish', fluency: 'C2' }],
        awards: [],
      },
      ownerToWrite(emptyOwnerProfile('jp@example.fr')),
    );
    expect(write).toMatchObject({ firstName: 'Jean-Pierre', lastName: 'De La Tour', headline: 'DevOps engineer', phone: '0612345678', town: 'Roubaix' });
    expect(write.links).toEqual([{ kind: 'GITHUB', url: 'https://github.com/jpdlt' }]);
    expect(write.trainings).toEqual([
      { organisation: 'Université de Lille', programme: 'Master Informatique', route: 'HIGHER_EDUCATION', year: 2019 },
      { organisation: 'Some School', programme: null, route: 'SELF_TAUGHT', year: null },
    ]);
    expect(write.skills).toEqual([{ name: 'Kubernetes', level: 5 }, { name: 'Ansible', level: 3 }]);
    expect(write.languages).toEqual([{ code: 'fr', level: 'NATIVE' }]);
    expect(report.mapped).toEqual(expect.arrayContaining(['basics.name', 'basics.phone', 'basics.profiles.0', 'education.0', 'skills.1', 'languages.0']));
    const notMapped = report.notMapped.map((n) => n.path);
    expect(notMapped).toEqual(expect.arrayContaining(['awards', 'basics.image', 'basics.email', 'basics.profiles.1', 'work', 'skills.1.level', 'languages.1', 'basics.location.countryCode']));
  });

  it('round-trips a profile through export and import without loss', () => {
    const owner: OwnerProfile = {
      ...emptyOwnerProfile('a@example.fr'),
      exists: true, id: 'x', firstName: 'Léa', lastName: 'Martin', headline: 'Dev', bio: 'Bio', phone: '+33612345678', town: 'Lille',
      skills: [{ name: 'TypeScript', slug: 'typescript', level: 4 }, { name: 'SQL', slug: 'sql', level: 2 }],
      trainings: [{ organisation: 'Le Wagon Lille', programme: 'Web dev', route: 'GEN_BOOTCAMP', year: 2024 }],
      languages: [{ code: 'en', level: 'B2' }, { code: 'fr', level: 'NATIVE' }],
      links: [{ kind: 'GITHUB', url: 'https://github.com/lea' }, { kind: 'LINKEDIN', url: 'https://www.linkedin.com/in/lea' }],
    };
    const doc = JSON.parse(JSON.stringify(toJsonResume(owner, null)));
    const { write } = mergeJsonResume(doc, ownerToWrite(emptyOwnerProfile('a@example.fr')));
    const before = ownerToWrite(owner);
    expect(write).toEqual({ ...ownerToWrite(emptyOwnerProfile('a@example.fr')), ...pick(before) });
  });
});

function pick(w: ReturnType<typeof ownerToWrite>) {
  const { firstName, lastName, headline, bio, phone, town, skills, trainings, languages, links } = w;
  return { firstName, lastName, headline, bio, phone, town, skills, trainings, languages, links };
}
