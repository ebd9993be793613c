/** The pure scorer: each criterion moves the score the way a recruiter expects, and reasons say why. */
import { scoreMatch, type MatchOffer, type MatchProfile } from './score';
import { WEIGHTS } from './weights';

const TODAY = '2026-11-29';
const offer: MatchOffer = {
  roleFamily: 'DEV', contractType: 'CDI', lat: 50.6292, lon: 3.0573, remotePolicy: 'HYBRID', experienceLevel: 'MID', startDate: null,
  skills: [
    { slug: 'typescript', name: 'TypeScript', required: true, minLevel: 3 },
    { slug: 'react', name: 'React', required: true, minLevel: null },
    { slug: 'docker', name: 'Docker', required: true, minLevel: null },
    { slug: 'postgresql', name: 'PostgreSQL', required: false, minLevel: null },
  ],
};
const ideal: MatchProfile = {
  roleFamilies: ['DEV'], contractTypes: ['CDI'], lat: 50.6292, lon: 3.0573, mobilityRadiusKm: 30, remotePreference: 'HYBRID',
  availableFrom: null, yearsOfExperience: 4,
  skills: [
    { slug: 'typescript', name: 'TypeScript', level: 4 }, { slug: 'react', name: 'React', level: 4 },
    { slug: 'docker', name: 'Docker', level: 3 }, { slug: 'postgresql', name: 'PostgreSQL', level: 3 },
  ],
};
const score = (o: Partial<MatchOffer>, c: Partial<MatchProfile>) => scoreMatch({ ...offer, ...o }, { ...ideal, ...c }, TODAY);
const reason = (r: ReturnType<typeof score>, kind: string) => r.reasons.find((x) => x.kind === kind) as unknown as Record<string, unknown>;

describe('scoreMatch', () => {
  it('weights add up to 100 and a perfect fit scores 100', () => {
    expect(Object.values(WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    expect(score({}, {}).score).toBe(100);
  });

  it('reports matched, below-level and missing required skills, and nice-to-haves', () => {
    const r = score({}, { skills: [{ slug: 'typescript', name: 'TypeScript', level: 2 }, { slug: 'react', name: 'React', level: 5 }] });
    expect(reason(r, 'skills')).toMatchObject({
      kind: 'skills', matched: ['React'], belowLevel: [{ name: 'TypeScript', level: 2, expected: 3 }], missing: ['Docker'],
    });
    expect(reason(r, 'niceToHave')).toMatchObject({ matched: [], missing: ['PostgreSQL'], points: 0 });
    expect(r.score).toBeLessThan(80);
  });

  it('a higher skill level never scores lower', () => {
    let previous = -1;
    for (const level of [1, 2, 3, 4, 5]) {
      const s = score({}, { skills: ideal.skills.map((k) => (k.slug === 'typescript' ? { ...k, level } : k)) }).score;
      expect(s).toBeGreaterThanOrEqual(previous);
      previous = s;
    }
  });

  it('distance: within radius is full, far away is zero, remote offers ignore it', () => {
    const amiens = { lat: 49.8941, lon: 2.2958 };
    const near = reason(score({}, {}), 'distance');
    expect(near).toMatchObject({ km: 0, withinRadius: true, points: WEIGHTS.distance });
    const far = reason(score({}, amiens), 'distance');
    expect(far.km as number).toBeGreaterThan(90);
    expect(far).toMatchObject({ withinRadius: false, points: 0 });
    expect(reason(score({ remotePolicy: 'REMOTE' }, amiens), 'distance')).toMatchObject({ points: WEIGHTS.distance });
    // HYBRID stretches the radius: 40 km with a 30 km radius is fine for hybrid, not for on-site.
    const lens = { lat: 50.432, lon: 2.8333 };
    expect(reason(score({}, lens), 'distance').withinRadius).toBe(true);
    expect(reason(score({ remotePolicy: 'ONSITE' }, { ...lens, mobilityRadiusKm: 20 }), 'distance').withinRadius).toBe(false);
  });

  it('contract, availability, experience and role family', () => {
    expect(reason(score({}, { contractTypes: ['CDD'] }), 'contract')).toMatchObject({ fit: 'CLOSE' });
    expect(reason(score({}, { contractTypes: ['FREELANCE'] }), 'contract')).toMatchObject({ fit: 'NONE', points: 0 });
    expect(reason(score({ startDate: '2027-01-01' }, { availableFrom: '2027-03-02' }), 'availability')).toMatchObject({ daysLate: 60 });
    expect(reason(score({ startDate: '2027-01-01' }, { availableFrom: '2026-12-01' }), 'availability')).toMatchObject({ daysLate: 0, points: WEIGHTS.availability });
    expect(reason(score({ experienceLevel: 'SENIOR' }, { yearsOfExperience: 1 }), 'experience')).toMatchObject({ fit: 'BELOW' });
    expect(reason(score({ experienceLevel: 'JUNIOR' }, { yearsOfExperience: 15 }), 'experience')).toMatchObject({ fit: 'ABOVE' });
    expect(reason(score({}, { roleFamilies: ['SALES'] }), 'roleFamily')).toMatchObject({ match: false, points: 0 });
    expect(reason(score({}, { roleFamilies: [] }), 'roleFamily')).toMatchObject({ match: null });
  });

  it('scores stay within 0–100 and reasons are data, not sentences', () => {
    const worst = score({}, { roleFamilies: ['SALES'], contractTypes: ['STAGE'], skills: [], lat: 51.03, lon: 2.37, availableFrom: '2028-01-01', yearsOfExperience: 0 });
    expect(worst.score).toBeGreaterThanOrEqual(0);
    expect(worst.score).toBeLessThan(20);
    expect(worst.reasons.map((r) => r.kind)).toEqual(['skills', 'niceToHave', 'roleFamily', 'distance', 'contract', 'availability', 'experience']);
  });
});
