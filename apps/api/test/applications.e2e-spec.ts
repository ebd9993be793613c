import { adminToken, signUp, startApp, type TestApp } from './support/app';
import { bearer, candidateWithProfile, publishedOffer, recruiterWithCompany } from './support/marketplace';

/** Applying to offers and reading applications: once per offer, open offers only, each side sees its own. */
describe('applications: apply and read', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  async function market() {
    const recruiter = await recruiterWithCompany(t);
    const offer = await publishedOffer(t, recruiter.companyId, recruiter.userId);
    const candidate = await candidateWithProfile(t);
    return { recruiter, offer, candidate };
  }

  it('applies once: 201 with history and notifications to every recruiter of the company, 409 on a second try', async () => {
    const { recruiter, offer, candidate } = await market();
    const colleague = await signUp(t, 'RECRUITER');
    await t.prisma.companyMembership.create({ data: { companyId: recruiter.companyId, userId: colleague.userId } });

    const res = await t.http.post(`/api/offers/${offer.id}/applications`).set(bearer(candidate)).send({ message: '  Très motivée !  ' }).expect(201);
    expect(res.body).toMatchObject({
      status: 'APPLIED',
      message: 'Très motivée !',
      offer: { id: offer.id, title: offer.title, companyId: recruiter.companyId, companyName: recruiter.company.name },
      candidate: { id: candidate.profileId, revealed: true },
      history: [{ fromStatus: null, toStatus: 'APPLIED', byRole: 'CANDIDATE', byUserId: candidate.userId }],
      hire: null,
    });

    const second = await t.http.post(`/api/offers/${offer.id}/applications`).set(bearer(candidate)).send({}).expect(409);
    expect(second.body.details).toEqual([{ field: 'offerId', message: expect.stringContaining('déjà postulé') }]);
    expect(await t.prisma.application.count({ where: { offerId: offer.id } })).toBe(1);

    for (const user of [recruiter, colleague]) {
      const notes = await t.prisma.notification.findMany({ where: { userId: user.userId, type: 'application.created' } });
      expect(notes.map((n) => n.payload)).toEqual([{ applicationId: res.body.id, offerId: offer.id, offerTitle: offer.title }]);
    }
    const events = await t.prisma.outboxEvent.findMany({ where: { aggregateId: res.body.id, type: 'application.created' } });
    expect(events).toHaveLength(1);
  });

  it('answers two simultaneous tries with one 201 and one 409 (unique index, no 500)', async () => {
    const { offer, candidate } = await market();
    const codes = await Promise.all([1, 2].map(() => t.http.post(`/api/offers/${offer.id}/applications`).set(bearer(candidate)).send({}).then((r) => r.status)));
    expect(codes.sort()).toEqual([201, 409]);
    expect(await t.prisma.application.count({ where: { offerId: offer.id } })).toBe(1);
  });

  it('refuses closed and expired offers (422), hides drafts and unknown offers (404)', async () => {
    const { recruiter, candidate } = await market();
    const closed = await publishedOffer(t, recruiter.companyId, recruiter.userId, { status: 'CLOSED', closeReason: 'CANCELLED', closedAt: new Date() });
    const expired = await publishedOffer(t, recruiter.companyId, recruiter.userId, { expiresAt: new Date(Date.now() - 1000) });
    const draft = await publishedOffer(t, recruiter.companyId, recruiter.userId, { status: 'DRAFT', publishedAt: null });
    for (const offer of [closed, expired]) {
      const res = await t.http.post(`/api/offers/${offer.id}/applications`).set(bearer(candidate)).send({}).expect(422);
      expect(res.body.details[0].field).toBe('offerId');
    }
    await t.http.post(`/api/offers/${draft.id}/applications`).set(bearer(candidate)).send({}).expect(404);
    await t.http.post('/api/offers/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/applications').set(bearer(candidate)).send({}).expect(404);
    expect(await t.prisma.application.count({ where: { candidateId: candidate.profileId } })).toBe(0);
  });

  it('needs a candidate with a profile; recruiters and admins cannot apply', async () => {
    const { recruiter, offer } = await market();
    const noProfile = await signUp(t, 'CANDIDATE');
    const res = await t.http.post(`/api/offers/${offer.id}/applications`).set(bearer(noProfile)).send({}).expect(422);
    expect(res.body.details[0].field).toBe('profile');
    await t.http.post(`/api/offers/${offer.id}/applications`).set(bearer(recruiter)).send({}).expect(403);
    await t.http.post(`/api/offers/${offer.id}/applications`).set('Authorization', `Bearer ${await adminToken(t)}`).send({}).expect(403);
    await t.http.post(`/api/offers/${offer.id}/applications`).send({}).expect(401);
    expect(await t.prisma.application.count({ where: { offerId: offer.id } })).toBe(0);
  });

  it('rejects malformed input with field details and writes nothing', async () => {
    const { offer, candidate } = await market();
    const cases: [string, unknown, string][] = [
      [`/api/offers/${offer.id}/applications`, { message: 'x'.repeat(5001) }, 'message'],
      [`/api/offers/${offer.id}/applications`, { message: 42 }, 'message'],
      [`/api/offers/${offer.id}/applications`, { message: 'ok', status: 'HIRED' }, 'status'],
      ['/api/offers/not-a-uuid/applications', {}, 'id'],
    ];
    for (const [path, body, field] of cases) {
      const res = await t.http.post(path).set(bearer(candidate)).send(body as object).expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    expect(await t.prisma.application.count({ where: { candidateId: candidate.profileId } })).toBe(0);
    expect(await t.prisma.notification.count({ where: { type: 'application.created', payload: { path: ['offerId'], equals: offer.id } } })).toBe(0);
  });

  it('lists each side its own: the candidate with offer and company, the recruiter only their companies’ applications', async () => {
    const a = await market();
    const b = await market();
    const appA = (await t.http.post(`/api/offers/${a.offer.id}/applications`).set(bearer(a.candidate)).send({}).expect(201)).body;
    const appB = (await t.http.post(`/api/offers/${b.offer.id}/applications`).set(bearer(a.candidate)).send({}).expect(201)).body;
    await t.http.post(`/api/offers/${a.offer.id}/applications`).set(bearer(b.candidate)).send({}).expect(201);

    const mine = await t.http.get('/api/applications').set(bearer(a.candidate)).expect(200);
    expect(mine.body).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(mine.body.items.map((i: { id: string }) => i.id).sort()).toEqual([appA.id, appB.id].sort());
    expect(mine.body.items[0]).toMatchObject({ offer: { companyName: expect.any(String), title: expect.any(String) }, status: 'APPLIED', history: [expect.any(Object)] });

    const forA = await t.http.get('/api/applications').set(bearer(a.recruiter)).expect(200);
    expect(forA.body.total).toBe(2);
    expect(forA.body.items.every((i: { offer: { companyId: string } }) => i.offer.companyId === a.recruiter.companyId)).toBe(true);
    const filtered = await t.http.get('/api/applications').query({ offerId: b.offer.id }).set(bearer(a.recruiter)).expect(200);
    expect(filtered.body.total).toBe(0);
    const byStatus = await t.http.get('/api/applications').query({ status: 'HIRED' }).set(bearer(a.recruiter)).expect(200);
    expect(byStatus.body.total).toBe(0);

    // No IDOR: another company's application is neither listed nor readable.
    await t.http.get(`/api/applications/${appB.id}`).set(bearer(a.recruiter)).expect(403);
    await t.http.get(`/api/applications/${appA.id}`).set(bearer(b.candidate)).expect(403);
    await t.http.get(`/api/applications/${appA.id}`).set(bearer(a.recruiter)).expect(200);
    await t.http.get('/api/applications/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b').set(bearer(a.recruiter)).expect(404);
    await t.http.get('/api/applications').set('Authorization', `Bearer ${await adminToken(t)}`).expect(403);
  });

  it('shows the recruiter who applied (applying reveals the profile); a withdrawn application masks it again', async () => {
    const { recruiter, offer, candidate } = await market();
    const app = (await t.http.post(`/api/offers/${offer.id}/applications`).set(bearer(candidate)).send({}).expect(201)).body;
    const seen = await t.http.get(`/api/applications/${app.id}`).set(bearer(recruiter)).expect(200);
    expect(seen.body.candidate).toMatchObject({ revealed: true, firstName: 'Camille', lastName: candidate.profile.lastName, email: candidate.email });
    const audit = await t.prisma.auditLog.findMany({ where: { actorId: recruiter.userId, action: 'candidate.view', targetId: candidate.profileId } });
    expect(audit.map((a) => a.metadata)).toEqual([{ reason: 'APPLIED', applicationId: app.id }]);

    await t.http.patch(`/api/applications/${app.id}`).set(bearer(candidate)).send({ status: 'WITHDRAWN' }).expect(200);
    const masked = await t.http.get(`/api/applications/${app.id}`).set(bearer(recruiter)).expect(200);
    expect(masked.body.candidate).toMatchObject({ revealed: false, displayName: expect.stringMatching(/^Candidat·e #[0-9a-f]{6}$/), firstName: null, lastName: null, email: null, phone: null, headline: candidate.profile.headline });
    expect(JSON.stringify(masked.body)).not.toContain(candidate.email);
  });

  it('rejects malformed list queries', async () => {
    const { candidate } = await market();
    for (const query of [{ status: 'DONE' }, { offerId: 'x' }, { pageSize: 101 }, { page: 0 }, { other: 1 }]) {
      await t.http.get('/api/applications').query(query).set(bearer(candidate)).expect(400);
    }
  });
});
