import { adminToken, signUp, startApp, type TestApp } from './support/app';
import { bearer, recruiterWithCompany } from './support/marketplace';
import { profileBody } from './candidates-fixtures';

/** GET /candidates/:id — what recruiters and admins may see (docs/decisions/0005). */
describe('candidate profile as a recruiter or admin sees it', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  /** A candidate who saved a profile through the API, with a distinctive name and school. */
  async function candidate(over: Record<string, unknown> = {}) {
    const session = await signUp(t, 'CANDIDATE');
    const body = profileBody({
      firstName: 'Zoé',
      lastName: `Vandamme${Date.now().toString(36)}`,
      trainings: [{ organisation: 'Institut Mines-Télécom Nord Europe', programme: 'Ingénieur numérique', route: 'HIGHER_EDUCATION', year: 2023 }],
      gender: 'FEMALE',
      ...over,
    });
    const res = await t.http.put('/api/candidates/me').set(bearer(session)).send(body).expect(200);
    return { ...session, id: res.body.id as string, lastName: body.lastName as string };
  }

  const auditCount = (candidateId: string) => t.prisma.auditLog.count({ where: { action: 'candidate.view', targetId: candidateId } });

  it('masks an anonymous candidate until a contact request of the company is accepted', async () => {
    const zoe = await candidate();
    const recruiter = await recruiterWithCompany(t);
    const masked = await t.http.get(`/api/candidates/${zoe.id}`).set(bearer(recruiter)).expect(200);
    const text = JSON.stringify(masked.body);
    for (const secret of ['Zoé', zoe.lastName, zoe.email, 'Institut Mines-Télécom', 'github.com/ines-l', '0612345678', 'FEMALE']) {
      expect(text).not.toContain(secret);
    }
    expect(masked.body).toMatchObject({ id: zoe.id, masked: true, displayName: expect.stringMatching(/^Candidat·e #[0-9a-f]{6}$/), firstName: null, email: null, cv: null, links: [] });
    expect(masked.body.skills).toEqual([{ name: 'TypeScript', slug: 'typescript', level: 3 }]);
    expect(masked.body.trainings).toEqual([{ organisation: null, programme: 'Ingénieur numérique', route: 'HIGHER_EDUCATION', year: 2023 }]);
    expect(await auditCount(zoe.id)).toBe(0);

    // A pending request reveals nothing; an accepted one does.
    const request = await t.prisma.contactRequest.create({
      data: { companyId: recruiter.companyId, recruiterId: recruiter.userId, candidateId: zoe.id, message: 'Bonjour, votre profil nous intéresse.' },
    });
    expect((await t.http.get(`/api/candidates/${zoe.id}`).set(bearer(recruiter)).expect(200)).body.masked).toBe(true);
    await t.prisma.contactRequest.update({ where: { id: request.id }, data: { status: 'ACCEPTED', respondedAt: new Date() } });
    const full = await t.http.get(`/api/candidates/${zoe.id}`).set(bearer(recruiter)).expect(200);
    expect(full.body).toMatchObject({ masked: false, firstName: 'Zoé', lastName: zoe.lastName, email: zoe.email, displayName: `Zoé ${zoe.lastName}` });
    expect(JSON.stringify(full.body)).toContain('Institut Mines-Télécom Nord Europe');
    expect(JSON.stringify(full.body)).not.toContain('FEMALE');
    expect(full.body).not.toHaveProperty('gender');

    const audit = await t.prisma.auditLog.findMany({ where: { action: 'candidate.view', targetId: zoe.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: recruiter.userId, actorRole: 'RECRUITER', targetType: 'candidate', metadata: { reason: 'CONTACT_ACCEPTED', visibility: 'ANONYMOUS' } });

    // Another company's recruiter still sees the masked profile.
    const other = await recruiterWithCompany(t);
    expect((await t.http.get(`/api/candidates/${zoe.id}`).set(bearer(other)).expect(200)).body.masked).toBe(true);
  });

  it('shows a public profile in full (audited) but never its gender; admins see all but the gender', async () => {
    const pub = await candidate({ visibility: 'PUBLIC' });
    const recruiter = await recruiterWithCompany(t);
    const res = await t.http.get(`/api/candidates/${pub.id}`).set(bearer(recruiter)).expect(200);
    expect(res.body).toMatchObject({ masked: false, firstName: 'Zoé', email: pub.email });
    expect(JSON.stringify(res.body)).not.toContain('FEMALE');
    expect(await auditCount(pub.id)).toBe(1);

    const hidden = await candidate({ visibility: 'HIDDEN' });
    const admin = { accessToken: await adminToken(t) };
    const asAdmin = await t.http.get(`/api/candidates/${hidden.id}`).set(bearer(admin)).expect(200);
    expect(asAdmin.body).toMatchObject({ masked: false, firstName: 'Zoé', visibility: 'HIDDEN' });
    expect(JSON.stringify(asAdmin.body)).not.toContain('FEMALE');
    expect(await t.prisma.auditLog.count({ where: { action: 'candidate.view', targetId: hidden.id, actorRole: 'ADMIN' } })).toBe(1);
  });

  it('answers 404 to recruiters for a hidden profile, an unknown id, and 400 for a malformed id', async () => {
    const hidden = await candidate({ visibility: 'HIDDEN' });
    const recruiter = await recruiterWithCompany(t);
    const res = await t.http.get(`/api/candidates/${hidden.id}`).set(bearer(recruiter)).expect(404);
    expect(JSON.stringify(res.body)).not.toContain('Zoé');
    await t.http.get('/api/candidates/0193a000-0000-7000-8000-000000000000').set(bearer(recruiter)).expect(404);
    const bad = await t.http.get('/api/candidates/not-a-uuid').set(bearer(recruiter)).expect(400);
    expect(bad.body.details[0].field).toBe('id');
  });

  it('refuses recruiters of an unverified company (403), candidates (403) and anonymous callers (401)', async () => {
    const zoe = await candidate();
    const unverified = await recruiterWithCompany(t, { verified: false });
    const res = await t.http.get(`/api/candidates/${zoe.id}`).set(bearer(unverified)).expect(403);
    expect(res.body.code).toBe('COMPANY_NOT_VERIFIED');
    const companyless = await signUp(t, 'RECRUITER');
    await t.http.get(`/api/candidates/${zoe.id}`).set(bearer(companyless)).expect(403);
    await t.http.get(`/api/candidates/${zoe.id}`).set(bearer(zoe)).expect(403);
    await t.http.get(`/api/candidates/${zoe.id}`).expect(401);
  });
});
