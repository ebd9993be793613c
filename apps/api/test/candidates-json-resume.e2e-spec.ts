import { signUp, startApp, type TestApp } from './support/app';
import { bearer, recruiterWithCompany } from './support/marketplace';
import { profileBody } from './candidates-fixtures';

describe('candidate profile as JSON Resume', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('exports a profile and imports it back into another account with a report', async () => {
    const source = await signUp(t, 'CANDIDATE');
    await t.http.put('/api/candidates/me').set(bearer(source)).send(profileBody({ skills: [{ name: 'TypeScript', level: 4 }, { name: 'PostgreSQL', level: 2 }] })).expect(200);
    const exported = await t.http.get('/api/candidates/me/json-resume').set(bearer(source)).expect(200);
    expect(exported.body).toMatchObject({
      basics: { name: 'Inès Lefebvre', label: 'Développeuse back-end', email: source.email, location: { city: 'Lille', region: 'Hauts-de-France', countryCode: 'FR' } },
      work: [],
      education: [{ institution: 'Le Wagon Lille', area: 'Développeur web', studyType: 'GEN_BOOTCAMP', endDate: '2024' }],
      languages: expect.arrayContaining([{ language: 'French', fluency: 'Native speaker' }]),
    });
    expect(exported.body.skills).toEqual(expect.arrayContaining([{ name: 'TypeScript', level: 'Advanced' }]));
    expect(JSON.stringify(exported.body)).not.toContain('FEMALE');

    const target = await signUp(t, 'CANDIDATE');
    const imported = await t.http.post('/api/candidates/me/json-resume').set(bearer(target)).send(exported.body).expect(200);
    expect(imported.body.profile).toMatchObject({
      exists: true,
      firstName: 'Inès',
      lastName: 'Lefebvre',
      headline: 'Développeuse back-end',
      bio: 'Reconversion après dix ans dans la logistique.',
      town: 'Lille',
      phone: '0612345678',
      trainings: [{ organisation: 'Le Wagon Lille', programme: 'Développeur web', route: 'GEN_BOOTCAMP', year: 2024 }],
      links: [{ kind: 'GITHUB', url: 'https://github.com/ines-l' }],
      visibility: 'ANONYMOUS',
      missing: ['roleFamilies', 'contractTypes', 'basinCode'],
    });
    expect(imported.body.profile.skills).toEqual(expect.arrayContaining([{ name: 'TypeScript', slug: 'typescript', level: 4 }, { name: 'PostgreSQL', slug: 'postgresql', level: 2 }]));
    expect(imported.body.profile.languages).toEqual([{ code: 'en', level: 'B2' }, { code: 'fr', level: 'NATIVE' }]);
    expect(imported.body.report.mapped).toEqual(expect.arrayContaining(['basics.name', 'basics.label', 'basics.summary', 'basics.location.city', 'education.0', 'skills.0', 'languages.0']));
    expect(imported.body.report.notMapped).toEqual(expect.arrayContaining([{ path: 'basics.email', reason: expect.any(String) }, { path: 'basics.location.region', reason: expect.any(String) }]));
    expect(await t.prisma.outboxEvent.count({ where: { type: 'candidate.profile-updated', aggregateId: imported.body.profile.id } })).toBe(1);
  });

  it('merges into an existing profile and reports unknown parts; a wrong shape is a 400 that changes nothing', async () => {
    const c = await signUp(t, 'CANDIDATE');
    const before = await t.http.put('/api/candidates/me').set(bearer(c)).send(profileBody()).expect(200);
    const res = await t.http
      .post('/api/candidates/me/json-resume')
      .set(bearer(c))
      .send({ basics: { label: 'Lead dev', profiles: [{ network: 'Twitter', url: 'http://twitter.com/x' }] }, skills: [{ name: 'typescript', level: 'Expert' }, { name: 'Docker' }], volunteer: [{}] })
      .expect(200);
    expect(res.body.profile).toMatchObject({ id: before.body.id, firstName: 'Inès', headline: 'Lead dev', roleFamilies: ['DEV'], basinCode: 'LILLE', missing: [] });
    expect(res.body.profile.skills).toEqual(expect.arrayContaining([{ name: 'TypeScript', slug: 'typescript', level: 5 }, { name: 'Docker', slug: 'docker', level: 3 }]));
    expect(res.body.report.notMapped).toEqual(expect.arrayContaining([
      { path: 'volunteer', reason: 'not part of a profile' },
      { path: 'basics.profiles.0', reason: 'not an https:// address' },
    ]));

    const bad = await t.http.post('/api/candidates/me/json-resume').set(bearer(c)).send({ basics: 'Inès' }).expect(400);
    expect(bad.body.details[0].field).toBe('basics');
    const after = await t.http.get('/api/candidates/me').set(bearer(c)).expect(200);
    expect(after.body.headline).toBe('Lead dev');
  });

  it('exports only an existing profile, and only for candidates', async () => {
    const fresh = await signUp(t, 'CANDIDATE');
    await t.http.get('/api/candidates/me/json-resume').set(bearer(fresh)).expect(404);
    const recruiter = await recruiterWithCompany(t);
    await t.http.get('/api/candidates/me/json-resume').set(bearer(recruiter)).expect(403);
    await t.http.post('/api/candidates/me/json-resume').set(bearer(recruiter)).send({}).expect(403);
    await t.http.get('/api/candidates/me/json-resume').expect(401);
  });
});
