import { adminToken, signUp, startApp, type TestApp } from './support/app';
import { bearer, candidateWithProfile, publishedOffer, recruiterWithCompany } from './support/marketplace';

/** Contact requests: verified companies ask, the addressed candidate answers; limits keep candidates from spam. */
describe('contact requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  const MESSAGE = 'Bonjour, votre profil correspond à notre équipe produit.';
  const send = (recruiter: { accessToken: string }, candidateId: string, body: object = { message: MESSAGE }) =>
    t.http.post(`/api/talents/${candidateId}/contact-requests`).set(bearer(recruiter)).send(body);

  it('sends, notifies, masks until accepted, then reveals the candidate to the company', async () => {
    const recruiter = await recruiterWithCompany(t);
    const candidate = await candidateWithProfile(t, { phone: '+33600000000' });

    const created = await send(recruiter, candidate.profileId).expect(201);
    expect(created.body).toMatchObject({
      status: 'PENDING', message: MESSAGE, company: { id: recruiter.companyId, name: recruiter.company.name }, offer: null,
      candidate: { id: candidate.profileId, revealed: false, firstName: null, lastName: null, email: null, phone: null },
      expiresAt: expect.any(String), respondedAt: null,
    });
    const id = created.body.id as string;
    const toCandidate = await t.prisma.notification.findMany({ where: { userId: candidate.userId, type: 'contact-request.created' } });
    expect(toCandidate.map((n) => n.payload)).toEqual([{ contactRequestId: id, companyId: recruiter.companyId, companyName: recruiter.company.name }]);
    expect(await t.prisma.outboxEvent.count({ where: { aggregateId: id, type: 'contact-request.created' } })).toBe(1);

    const received = await t.http.get('/api/contact-requests').set(bearer(candidate)).expect(200);
    expect(received.body).toMatchObject({ total: 1, items: [{ id, message: MESSAGE, company: { name: recruiter.company.name } }] });
    const sent = await t.http.get('/api/contact-requests').set(bearer(recruiter)).expect(200);
    expect(sent.body.items[0].candidate).toMatchObject({ revealed: false, email: null });
    expect(JSON.stringify(sent.body)).not.toContain(candidate.profile.lastName);

    const accepted = await t.http.patch(`/api/contact-requests/${id}`).set(bearer(candidate)).send({ status: 'ACCEPTED' }).expect(200);
    expect(accepted.body).toMatchObject({ status: 'ACCEPTED', respondedAt: expect.any(String) });
    const toRecruiter = await t.prisma.notification.findMany({ where: { userId: recruiter.userId, type: 'contact-request.answered' } });
    expect(toRecruiter.map((n) => n.payload)).toEqual([{ contactRequestId: id, candidateId: candidate.profileId, status: 'ACCEPTED' }]);
    expect(await t.prisma.outboxEvent.count({ where: { aggregateId: id, type: 'contact-request.answered' } })).toBe(1);

    const revealed = await t.http.get('/api/contact-requests').set(bearer(recruiter)).expect(200);
    expect(revealed.body.items[0].candidate).toMatchObject({
      revealed: true, firstName: 'Camille', lastName: candidate.profile.lastName, email: candidate.email, phone: '+33600000000',
    });
    // Only from PENDING.
    await t.http.patch(`/api/contact-requests/${id}`).set(bearer(candidate)).send({ status: 'DECLINED' }).expect(409);
  });

  it('refuses a second pending request (409) but allows a new one once the first is declined', async () => {
    const recruiter = await recruiterWithCompany(t);
    const candidate = await candidateWithProfile(t);
    const first = await send(recruiter, candidate.profileId).expect(201);
    const dup = await send(recruiter, candidate.profileId).expect(409);
    expect(dup.body.details[0].field).toBe('candidateId');
    await t.http.patch(`/api/contact-requests/${first.body.id}`).set(bearer(candidate)).send({ status: 'DECLINED' }).expect(200);
    await send(recruiter, candidate.profileId).expect(201);
  });

  it('sends at most 20 requests per company over 24 hours (429 with a clear message)', async () => {
    const recruiter = await recruiterWithCompany(t);
    const already = await candidateWithProfile(t);
    const dayAgo = Date.now() - 24 * 3600 * 1000;
    const rows = (n: number, at: () => Date) =>
      Array.from({ length: n }, () => ({ companyId: recruiter.companyId, recruiterId: recruiter.userId, candidateId: already.profileId, message: MESSAGE, status: 'DECLINED' as const, createdAt: at() }));
    // 19 in the last day and 5 older ones, which no longer count.
    await t.prisma.contactRequest.createMany({ data: [...rows(19, () => new Date()), ...rows(5, () => new Date(dayAgo - 60_000))] });

    await send(recruiter, (await candidateWithProfile(t)).profileId).expect(201);
    const next = await candidateWithProfile(t);
    const res = await send(recruiter, next.profileId).set('Accept-Language', 'en').expect(429);
    expect(res.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests', message: 'Daily limit reached. Try again tomorrow.' });
    expect(res.body.details).toEqual([{ field: 'companyId', message: expect.stringContaining('20 contact requests in 24 hours') }]);
    expect(await t.prisma.contactRequest.count({ where: { candidateId: next.profileId } })).toBe(0);
    expect(await t.prisma.notification.count({ where: { userId: next.userId } })).toBe(0);
  });

  it('serialises simultaneous requests to one candidate: one 201, one 409', async () => {
    const recruiter = await recruiterWithCompany(t);
    const candidate = await candidateWithProfile(t);
    const codes = await Promise.all([1, 2].map(() => send(recruiter, candidate.profileId).then((r) => r.status)));
    expect(codes.sort()).toEqual([201, 409]);
  });

  it('needs a recruiter of a verified, unsuspended company (403) and a visible candidate (404)', async () => {
    const candidate = await candidateWithProfile(t);
    const unverified = await recruiterWithCompany(t, { verified: false });
    const res = await send(unverified, candidate.profileId).expect(403);
    expect(res.body.code).toBe('COMPANY_NOT_VERIFIED');
    await send(await signUp(t, 'RECRUITER'), candidate.profileId).expect(403);
    const suspended = await recruiterWithCompany(t);
    await t.prisma.company.update({ where: { id: suspended.companyId }, data: { suspendedAt: new Date() } });
    await send(suspended, candidate.profileId).expect(403);
    await send(candidate, candidate.profileId).expect(403);
    await t.http.post(`/api/talents/${candidate.profileId}/contact-requests`).set('Authorization', `Bearer ${await adminToken(t)}`).send({ message: MESSAGE }).expect(403);

    const recruiter = await recruiterWithCompany(t);
    const hidden = await candidateWithProfile(t, { visibility: 'HIDDEN' });
    await send(recruiter, hidden.profileId).expect(404);
    await send(recruiter, '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b').expect(404);
    const gone = await candidateWithProfile(t);
    await t.prisma.user.update({ where: { id: gone.userId }, data: { suspendedAt: new Date() } });
    await send(recruiter, gone.profileId).expect(404);
    expect(await t.prisma.contactRequest.count({ where: { candidateId: { in: [candidate.profileId, hidden.profileId, gone.profileId] } } })).toBe(0);
  });

  it('can name one of the company’s offers, never another company’s', async () => {
    const recruiter = await recruiterWithCompany(t);
    const other = await recruiterWithCompany(t);
    const candidate = await candidateWithProfile(t);
    const ownOffer = await publishedOffer(t, recruiter.companyId, recruiter.userId);
    const otherOffer = await publishedOffer(t, other.companyId, other.userId);
    await send(recruiter, candidate.profileId, { message: MESSAGE, offerId: otherOffer.id }).expect(403);
    await send(recruiter, candidate.profileId, { message: MESSAGE, offerId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' }).expect(404);
    const res = await send(recruiter, candidate.profileId, { message: MESSAGE, offerId: ownOffer.id }).expect(201);
    expect(res.body.offer).toEqual({ id: ownOffer.id, title: ownOffer.title });
    const note = await t.prisma.notification.findFirstOrThrow({ where: { userId: candidate.userId, type: 'contact-request.created' } });
    expect(note.payload).toMatchObject({ offerId: ownOffer.id, offerTitle: ownOffer.title });
  });

  it('lets only the addressed candidate answer, and not an expired request', async () => {
    const recruiter = await recruiterWithCompany(t);
    const candidate = await candidateWithProfile(t);
    const id = (await send(recruiter, candidate.profileId).expect(201)).body.id as string;
    await t.http.patch(`/api/contact-requests/${id}`).set(bearer(await candidateWithProfile(t))).send({ status: 'ACCEPTED' }).expect(403);
    await t.http.patch(`/api/contact-requests/${id}`).set(bearer(recruiter)).send({ status: 'ACCEPTED' }).expect(403);
    await t.http.patch(`/api/contact-requests/${id}`).set('Authorization', `Bearer ${await adminToken(t)}`).send({ status: 'ACCEPTED' }).expect(403);
    await t.http.patch('/api/contact-requests/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b').set(bearer(candidate)).send({ status: 'ACCEPTED' }).expect(404);
    expect((await t.prisma.contactRequest.findUniqueOrThrow({ where: { id } })).status).toBe('PENDING');

    await t.prisma.contactRequest.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await t.http.patch(`/api/contact-requests/${id}`).set(bearer(candidate)).send({ status: 'ACCEPTED' }).expect(409);
    // An expired request no longer blocks a new one.
    await send(recruiter, candidate.profileId).expect(201);
  });

  it('rejects malformed input with field details and writes nothing', async () => {
    const recruiter = await recruiterWithCompany(t);
    const candidate = await candidateWithProfile(t);
    const cases: [object, string][] = [
      [{ message: '   court   ' }, 'message'],
      [{ message: 'x'.repeat(2001) }, 'message'],
      [{}, 'message'],
      [{ message: MESSAGE, offerId: 'nope' }, 'offerId'],
      [{ message: MESSAGE, status: 'ACCEPTED' }, 'status'],
    ];
    for (const [body, field] of cases) {
      const res = await send(recruiter, candidate.profileId, body).expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    const short = await send(recruiter, candidate.profileId, { message: '123456789' }).expect(400);
    expect(short.body.details[0].message).toBe('Le message doit contenir au moins 10 caractères.');
    await send(recruiter, 'not-a-uuid').expect(400);
    expect(await t.prisma.contactRequest.count({ where: { candidateId: candidate.profileId } })).toBe(0);

    const id = (await send(recruiter, candidate.profileId).expect(201)).body.id as string;
    for (const body of [{ status: 'PENDING' }, { status: 'EXPIRED' }, {}, { status: 'ACCEPTED', extra: 1 }]) {
      await t.http.patch(`/api/contact-requests/${id}`).set(bearer(candidate)).send(body).expect(400);
    }
    await t.http.get('/api/contact-requests').query({ status: 'MAYBE' }).set(bearer(candidate)).expect(400);
    expect((await t.prisma.contactRequest.findUniqueOrThrow({ where: { id } })).status).toBe('PENDING');
  });
});
