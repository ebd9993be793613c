import { adminToken, signUp, startApp, type TestApp } from './support/app';
import { bearer, recruiterWithCompany } from './support/marketplace';
import { richCandidate } from './gdpr-fixtures';

describe('GET /api/me/export', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('gives a candidate everything stored about them as a JSON attachment, without secrets', async () => {
    const c = await richCandidate(t);
    const res = await t.http.get('/api/me/export').set(bearer(c)).expect(200);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".+\.json"$/);
    const doc = res.body;

    expect(doc.account).toMatchObject({ id: c.userId, email: c.email, role: 'CANDIDATE' });
    expect(doc.candidateProfile).toMatchObject({
      id: c.profileId,
      lastName: c.lastName,
      roleFamilies: ['DEV'],
      skills: [expect.objectContaining({ name: 'TypeScript', level: 3 })],
      trainings: [expect.objectContaining({ organisation: 'Le Wagon Lille' })],
      languages: expect.arrayContaining([{ code: 'fr', level: 'NATIVE' }]),
      links: [{ kind: 'GITHUB', url: 'https://github.com/ines-l' }],
      cv: expect.objectContaining({ fileName: `CV ${c.lastName}.pdf`, sizeBytes: expect.any(Number) }),
    });
    expect(doc.consents).toHaveLength(1);
    expect(doc.applications).toEqual([
      expect.objectContaining({
        id: c.applicationId,
        status: 'HIRED',
        statusChanges: [expect.objectContaining({ toStatus: 'APPLIED' }), expect.objectContaining({ toStatus: 'HIRED' })],
      }),
    ]);
    // The company's working notes are the company's, as in the pipeline view.
    expect(JSON.stringify(doc.applications)).not.toContain('Entretien très bon');
    expect(doc.contactRequestsReceived).toEqual([expect.objectContaining({ status: 'ACCEPTED', company: expect.objectContaining({ id: c.recruiter.companyId }) })]);
    expect(doc.invitations.received).toHaveLength(1);
    expect(doc.alerts).toEqual([expect.objectContaining({ name: `Alerte de ${c.lastName}` })]);
    expect(doc.notifications.length).toBeGreaterThan(0);
    expect(doc.hires).toHaveLength(1);
    // Who looked at the profile: the role of the viewer, not their identity.
    const views = doc.audit.about.filter((e: { action: string }) => e.action === 'candidate.view');
    expect(views.length).toBeGreaterThan(0);
    expect(views[0]).toMatchObject({ actorRole: 'RECRUITER', targetId: c.profileId });
    expect(views[0]).not.toHaveProperty('actorId');

    const text = JSON.stringify(doc);
    for (const secret of ['passwordHash', 'password_hash', 'tokenHash', 'cvStorageKey', c.cvKey, '$argon2']) expect(text).not.toContain(secret);
    // The export is itself an access to personal data, so it is logged.
    expect(await t.prisma.auditLog.count({ where: { action: 'user.export', targetId: c.userId } })).toBe(1);
  });

  it('gives a recruiter their memberships, offers and the contact requests they sent', async () => {
    const c = await richCandidate(t);
    const res = await t.http.get('/api/me/export').set(bearer(c.recruiter)).expect(200);
    expect(res.body.candidateProfile).toBeNull();
    expect(res.body.companyMemberships).toEqual([expect.objectContaining({ role: 'OWNER', company: expect.objectContaining({ id: c.recruiter.companyId }) })]);
    expect(res.body.offersCreated).toEqual([expect.objectContaining({ id: c.offerId })]);
    expect(res.body.contactRequestsSent).toEqual([expect.objectContaining({ candidateId: c.profileId, status: 'ACCEPTED' })]);
    expect(res.body.invitations.sent).toHaveLength(1);
    expect(res.body.audit.by).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'candidate.view', actorId: c.recruiter.userId })]));
  });

  it('works for every role, including a new account with nothing yet, and needs a session', async () => {
    const fresh = await signUp(t, 'CANDIDATE');
    const res = await t.http.get('/api/me/export').set(bearer(fresh)).expect(200);
    expect(res.body).toMatchObject({ candidateProfile: null, applications: [], alerts: [], account: { email: fresh.email } });
    await t.http.get('/api/me/export').set('Authorization', `Bearer ${await adminToken(t)}`).expect(200);
    await t.http.get('/api/me/export').set(bearer(await recruiterWithCompany(t))).expect(200);
    await t.http.get('/api/me/export').expect(401);
    await t.http.get('/api/me/export').set('Authorization', 'Bearer not-a-jwt').expect(401);
  });
});
