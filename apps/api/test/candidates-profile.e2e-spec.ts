import { signUp, startApp, type TestApp } from './support/app';
import { bearer } from './support/marketplace';
import { profileBody } from './candidates-fixtures';

describe('candidate profile: GET and PUT /candidates/me', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('answers an empty profile (exists: false) before the first save, and only to candidates', async () => {
    const candidate = await signUp(t, 'CANDIDATE');
    const res = await t.http.get('/api/candidates/me').set(bearer(candidate)).expect(200);
    expect(res.body).toMatchObject({ exists: false, id: null, email: candidate.email, visibility: 'ANONYMOUS', skills: [], cv: null });
    expect(res.body.missing).toEqual(expect.arrayContaining(['firstName', 'roleFamilies', 'basinCode']));
    await t.http.get('/api/candidates/me').expect(401);
    const recruiter = await signUp(t, 'RECRUITER');
    await t.http.get('/api/candidates/me').set(bearer(recruiter)).expect(403);
    await t.http.put('/api/candidates/me').set(bearer(recruiter)).send(profileBody()).expect(403);
  });

  it('round-trips a profile with normalised skills, default visibility and basin coordinates', async () => {
    const candidate = await signUp(t, 'CANDIDATE');
    const body = profileBody({
      skills: [
        { name: 'typescript', level: 2 },
        { name: 'TypeScript ', level: 4 },
        { name: 'TYPESCRIPT', level: 3 },
        { name: 'sécurité', level: 2 },
        { name: 'securite', level: 1 },
        { name: 'Rust lang zzz', level: 1 },
      ],
    });
    const put = await t.http.put('/api/candidates/me').set(bearer(candidate)).send(body).expect(200);
    expect(put.body).toMatchObject({ exists: true, firstName: 'Inès', phone: '0612345678', visibility: 'ANONYMOUS', gender: 'FEMALE', missing: [] });
    const slugs = put.body.skills.map((s: { slug: string }) => s.slug).sort();
    expect(slugs).toEqual(['rust-lang-zzz', 'securite', 'typescript']);
    expect(put.body.skills.find((s: { slug: string }) => s.slug === 'typescript').level).toBe(4);
    expect(put.body.languages).toEqual([{ code: 'en', level: 'B2' }, { code: 'fr', level: 'NATIVE' }]);
    const lille = await t.prisma.basin.findUniqueOrThrow({ where: { code: 'LILLE' } });
    expect([put.body.lat, put.body.lon]).toEqual([lille.lat, lille.lon]);
    expect(await t.prisma.skill.count({ where: { slug: 'typescript' } })).toBe(1);
    expect(await t.prisma.skill.count({ where: { slug: 'rust-lang-zzz' } })).toBe(1);

    const get = await t.http.get('/api/candidates/me').set(bearer(candidate)).expect(200);
    expect(get.body).toEqual(put.body);
    const event = await t.prisma.outboxEvent.findFirst({ where: { type: 'candidate.profile-updated', aggregateId: put.body.id } });
    expect(event?.payload).toEqual({ candidateId: put.body.id, visibility: 'ANONYMOUS' });

    // A second PUT replaces: children are recreated, cleared optional fields come back null.
    const again = await t.http
      .put('/api/candidates/me')
      .set(bearer(candidate))
      .send(profileBody({ skills: [{ name: 'Go', level: 2 }], trainings: [], links: [], phone: null, gender: undefined, visibility: 'PUBLIC', lat: 50.7, lon: 3.16 }))
      .expect(200);
    expect(again.body).toMatchObject({ id: put.body.id, skills: [{ name: 'Go', slug: 'go', level: 2 }], trainings: [], links: [], phone: null, gender: null, visibility: 'PUBLIC', lat: 50.7, lon: 3.16 });
  });

  it.each([
    ['past availability date', { availableFrom: '2020-01-01' }, 'availableFrom'],
    ['salary min above max', { salaryMin: 50000, salaryMax: 40000 }, 'salaryMax'],
    ['salary below 10 000', { salaryMin: 5000 }, 'salaryMin'],
    ['unknown basin', { basinCode: 'PARIS' }, 'basinCode'],
    ['unknown role family', { roleFamilies: ['DEV', 'ASTRONAUT'] }, 'roleFamilies.1'],
    ['non-https link', { links: [{ kind: 'WEBSITE', url: 'http://ines.example.fr' }] }, 'links.0.url'],
    ['extra field', { isAdmin: true }, 'isAdmin'],
    ['skill level 6', { skills: [{ name: 'Go', level: 6 }] }, 'skills.0.level'],
    ['unknown language', { languages: [{ code: 'xx', level: 'B1' }] }, 'languages.0.code'],
    ['bad phone', { phone: '12' }, 'phone'],
    ['no contract type', { contractTypes: [] }, 'contractTypes'],
    ['lat without lon', { lat: 50.6 }, 'lon'],
    ['skill without letters', { skills: [{ name: '!!!', level: 2 }] }, 'skills.0.name'],
  ])('refuses a %s with a field-level 400 and changes nothing', async (_label, override, field) => {
    const candidate = await signUp(t, 'CANDIDATE');
    const first = await t.http.put('/api/candidates/me').set(bearer(candidate)).send(profileBody()).expect(200);
    const res = await t.http.put('/api/candidates/me').set(bearer(candidate)).send(profileBody(override)).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(res.body.details.every((d: { message: string }) => d.message.length > 0 && !/^[a-zA-Z]+\.[a-zA-Z.]+$/.test(d.message))).toBe(true);
    const after = await t.http.get('/api/candidates/me').set(bearer(candidate)).expect(200);
    expect(after.body).toEqual(first.body);
  });

  it('words field messages in English on request', async () => {
    const candidate = await signUp(t, 'CANDIDATE');
    const res = await t.http
      .put('/api/candidates/me')
      .set(bearer(candidate))
      .set('Accept-Language', 'en')
      .send(profileBody({ availableFrom: '2020-01-01' }))
      .expect(400);
    expect(res.body.details).toContainEqual({ field: 'availableFrom', message: 'The date cannot be in the past.' });
  });

  it('rejects a role family that an admin deactivated', async () => {
    await t.prisma.roleFamily.upsert({ where: { code: 'OLD_FAMILY' }, create: { code: 'OLD_FAMILY', labelFr: 'Ancienne', labelEn: 'Old', active: false }, update: { active: false } });
    const candidate = await signUp(t, 'CANDIDATE');
    const res = await t.http.put('/api/candidates/me').set(bearer(candidate)).send(profileBody({ roleFamilies: ['OLD_FAMILY'] })).expect(400);
    expect(res.body.details).toEqual([{ field: 'roleFamilies.0', message: 'Famille de métiers inconnue.' }]);
    expect(await t.prisma.candidateProfile.count({ where: { userId: candidate.userId } })).toBe(0);
  });
});
