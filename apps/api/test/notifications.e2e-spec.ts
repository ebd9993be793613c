import { NOTIFICATION_TYPES } from '@talents/shared';
import { signUp, startApp, uniqueEmail, type TestApp } from './support/app';
import { bearer, candidateWithProfile, publishedOffer, recruiterWithCompany } from './support/marketplace';

/** In-app notifications: written by the domain events, listed with an unread count, marked read by their owner only. */
describe('notifications', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('collects one notification per event on each side, counts unread ones and marks them read', async () => {
    const recruiter = await recruiterWithCompany(t);
    const candidate = await candidateWithProfile(t);
    const offer = await publishedOffer(t, recruiter.companyId, recruiter.userId);

    const app = (await t.http.post(`/api/offers/${offer.id}/applications`).set(bearer(candidate)).send({}).expect(201)).body;
    await t.http.patch(`/api/applications/${app.id}`).set(bearer(recruiter)).send({ status: 'SHORTLISTED' }).expect(200);
    const request = (await t.http.post(`/api/talents/${candidate.profileId}/contact-requests`).set(bearer(recruiter)).send({ message: 'Échangeons sur le poste ?' }).expect(201)).body;
    await t.http.patch(`/api/contact-requests/${request.id}`).set(bearer(candidate)).send({ status: 'ACCEPTED' }).expect(200);

    const forCandidate = await t.http.get('/api/notifications').set(bearer(candidate)).expect(200);
    expect(forCandidate.body).toMatchObject({ total: 2, unreadCount: 2, page: 1, pageSize: 20 });
    expect(forCandidate.body.items.map((n: { type: string }) => n.type)).toEqual(['contact-request.created', 'application.status-changed']);
    expect(forCandidate.body.items[1]).toMatchObject({
      payload: { applicationId: app.id, offerId: offer.id, offerTitle: offer.title, status: 'SHORTLISTED' },
      readAt: null,
      createdAt: expect.any(String),
    });
    const forRecruiter = await t.http.get('/api/notifications').set(bearer(recruiter)).expect(200);
    expect(forRecruiter.body.items.map((n: { type: string }) => n.type)).toEqual(['contact-request.answered', 'application.created']);
    // Only types of the contract: the SPA words each one.
    for (const { type } of [...forCandidate.body.items, ...forRecruiter.body.items]) expect(NOTIFICATION_TYPES).toContain(type);

    const first = forCandidate.body.items[0].id as string;
    const read = await t.http.post(`/api/notifications/${first}/read`).set(bearer(candidate)).expect(200);
    expect(read.body).toMatchObject({ id: first, readAt: expect.any(String) });
    // Marking again keeps the first read time.
    const again = await t.http.post(`/api/notifications/${first}/read`).set(bearer(candidate)).expect(200);
    expect(again.body.readAt).toBe(read.body.readAt);

    const unread = await t.http.get('/api/notifications').query({ unread: 'true' }).set(bearer(candidate)).expect(200);
    expect(unread.body).toMatchObject({ total: 1, unreadCount: 1 });
    expect(unread.body.items[0].type).toBe('application.status-changed');

    const all = await t.http.post('/api/notifications/read-all').set(bearer(candidate)).expect(200);
    expect(all.body).toEqual({ updated: 1 });
    const none = await t.http.get('/api/notifications').query({ unread: true }).set(bearer(candidate)).expect(200);
    expect(none.body).toMatchObject({ total: 0, unreadCount: 0, items: [] });
    // The recruiter's notifications are untouched by the candidate's read-all.
    expect((await t.http.get('/api/notifications').set(bearer(recruiter)).expect(200)).body.unreadCount).toBe(2);
  });

  it('shows an invitation to join a company to an invitee who already has an account, and only to them', async () => {
    const owner = await recruiterWithCompany(t);
    const invitee = await signUp(t, 'RECRUITER');
    await t.http.post(`/api/companies/${owner.companyId}/invitations`).set(bearer(owner)).send({ email: invitee.email }).expect(201);
    await t.http.post(`/api/companies/${owner.companyId}/invitations`).set(bearer(owner)).send({ email: uniqueEmail('newcomer') }).expect(201);

    const list = await t.http.get('/api/notifications').set(bearer(invitee)).expect(200);
    expect(list.body).toMatchObject({ total: 1, unreadCount: 1 });
    expect(list.body.items[0]).toMatchObject({ type: 'company.invitation', payload: { companyId: owner.companyId, companyName: owner.company.name }, readAt: null });
    expect((await t.http.get('/api/notifications').set(bearer(owner)).expect(200)).body.total).toBe(0);
    expect(NOTIFICATION_TYPES).toContain(list.body.items[0].type);
  });

  it('paginates', async () => {
    const user = await signUp(t, 'CANDIDATE');
    await t.prisma.notification.createMany({ data: Array.from({ length: 5 }, (_, i) => ({ userId: user.userId, type: 'test.event', payload: { i } })) });
    const page = await t.http.get('/api/notifications').query({ page: 2, pageSize: 2 }).set(bearer(user)).expect(200);
    expect(page.body).toMatchObject({ total: 5, page: 2, pageSize: 2, unreadCount: 5 });
    expect(page.body.items).toHaveLength(2);
  });

  it('answers 404 for someone else’s notification and leaves it unread', async () => {
    const owner = await signUp(t, 'CANDIDATE');
    const other = await signUp(t, 'RECRUITER');
    const note = await t.prisma.notification.create({ data: { userId: owner.userId, type: 'test.event' } });
    await t.http.post(`/api/notifications/${note.id}/read`).set(bearer(other)).expect(404);
    await t.http.post('/api/notifications/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/read').set(bearer(owner)).expect(404);
    expect((await t.prisma.notification.findUniqueOrThrow({ where: { id: note.id } })).readAt).toBeNull();
    expect((await t.http.get('/api/notifications').set(bearer(other)).expect(200)).body.total).toBe(0);
  });

  it('rejects malformed input and anonymous callers', async () => {
    const user = await signUp(t, 'CANDIDATE');
    await t.http.get('/api/notifications').expect(401);
    await t.http.post('/api/notifications/read-all').expect(401);
    for (const query of [{ unread: 'maybe' }, { pageSize: 500 }, { page: -1 }, { sort: 'asc' }]) {
      const res = await t.http.get('/api/notifications').query(query).set(bearer(user)).expect(400);
      expect(res.body.details[0].field).toBe(Object.keys(query)[0]);
    }
    await t.http.post('/api/notifications/not-an-id/read').set(bearer(user)).expect(400);
  });
});
