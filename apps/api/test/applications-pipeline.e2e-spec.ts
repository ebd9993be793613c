import { APPLICATION_STATUSES, type ApplicationStatus } from '@talents/shared';
import { checkTransition } from '../src/applications/pipeline';
import { adminToken, startApp, type TestApp } from './support/app';
import { bearer, candidateWithProfile, publishedOffer, recruiterWithCompany, type Session } from './support/marketplace';

type Recruiter = Awaited<ReturnType<typeof recruiterWithCompany>>;
type Candidate = Awaited<ReturnType<typeof candidateWithProfile>>;

/** The pipeline through HTTP: every (actor, from, to) triple, hires, withdrawals, history and who may act. */
describe('applications: pipeline', () => {
  let t: TestApp;
  let recruiter: Recruiter;
  let candidate: Candidate;
  beforeAll(async () => {
    t = await startApp();
    recruiter = await recruiterWithCompany(t);
    candidate = await candidateWithProfile(t);
  });
  afterAll(() => t.close());

  /** An application already standing at `status` (set up in the database: the transition under test is the HTTP one). */
  async function applicationAt(status: ApplicationStatus, who: Candidate = candidate, offerId?: string) {
    const offer = offerId ?? (await publishedOffer(t, recruiter.companyId, recruiter.userId)).id;
    return t.prisma.application.create({
      data: {
        offerId: offer,
        candidateId: who.profileId,
        status,
        rejectionReason: status === 'REJECTED' ? 'SKILLS' : null,
        statusChanges: { create: { fromStatus: null, toStatus: 'APPLIED', byUserId: who.userId } },
      },
    });
  }

  const bodyFor = (to: ApplicationStatus) => (to === 'REJECTED' ? { status: to, rejectionReason: 'EXPERIENCE' } : { status: to });
  const expectedCode = (from: ApplicationStatus, to: ApplicationStatus, actor: 'CANDIDATE' | 'RECRUITER') => {
    const verdict = checkTransition(from, to, actor);
    return verdict.allowed ? 200 : verdict.reason === 'forbidden' ? 403 : 409;
  };

  const triples = (['RECRUITER', 'CANDIDATE'] as const).flatMap((actor) =>
    APPLICATION_STATUSES.flatMap((from) => APPLICATION_STATUSES.map((to) => [actor, from, to] as const)),
  );

  it.each(triples)('%s: %s → %s answers as the pipeline says, and a refusal changes nothing', async (actor, from, to) => {
    const app = await applicationAt(from);
    const session: Session = actor === 'RECRUITER' ? recruiter : candidate;
    const code = expectedCode(from, to, actor);
    const res = await t.http.patch(`/api/applications/${app.id}`).set(bearer(session)).send(bodyFor(to)).expect(code);
    const after = await t.prisma.application.findUniqueOrThrow({ where: { id: app.id }, include: { statusChanges: true } });
    if (code === 200) {
      expect(res.body.status).toBe(to);
      expect(after.status).toBe(to);
      expect(after.statusChanges.map((c) => [c.fromStatus, c.toStatus, c.byUserId])).toContainEqual([from, to, session.userId]);
    } else {
      expect(res.body.details[0].field).toBe('status');
      expect(after.status).toBe(from);
      expect(after.statusChanges).toHaveLength(1);
    }
  });

  it('walks APPLIED → SHORTLISTED → INTERVIEW → OFFER → HIRED with the history of who and when', async () => {
    const offer = await publishedOffer(t, recruiter.companyId, recruiter.userId);
    const applied = await t.http.post(`/api/offers/${offer.id}/applications`).set(bearer(candidate)).send({ message: 'Bonjour' }).expect(201);
    const id = applied.body.id as string;
    for (const status of ['SHORTLISTED', 'INTERVIEW', 'OFFER'] as const) {
      await t.http.patch(`/api/applications/${id}`).set(bearer(recruiter)).send({ status, note: `note ${status}` }).expect(200);
    }
    const hired = await t.http.patch(`/api/applications/${id}`).set(bearer(recruiter)).send({ status: 'HIRED' }).expect(200);
    expect(hired.body.status).toBe('HIRED');
    expect(hired.body.hire).toEqual({ id: expect.any(String), hiredAt: expect.any(String) });
    expect(hired.body.history.map((h: { fromStatus: string | null; toStatus: string; byRole: string; note: string | null }) => [h.fromStatus, h.toStatus, h.byRole, h.note])).toEqual([
      [null, 'APPLIED', 'CANDIDATE', null],
      ['APPLIED', 'SHORTLISTED', 'RECRUITER', 'note SHORTLISTED'],
      ['SHORTLISTED', 'INTERVIEW', 'RECRUITER', 'note INTERVIEW'],
      ['INTERVIEW', 'OFFER', 'RECRUITER', 'note OFFER'],
      ['OFFER', 'HIRED', 'RECRUITER', null],
    ]);
    const times = hired.body.history.map((h: { createdAt: string }) => Date.parse(h.createdAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(hired.body.history.slice(1).every((h: { byUserId: string }) => h.byUserId === recruiter.userId)).toBe(true);

    // The candidate follows each step, without the company's internal notes.
    const own = await t.http.get(`/api/applications/${id}`).set(bearer(candidate)).expect(200);
    expect(own.body.history.map((h: { toStatus: string }) => h.toStatus)).toEqual(['APPLIED', 'SHORTLISTED', 'INTERVIEW', 'OFFER', 'HIRED']);
    expect(own.body.history.every((h: { note: string | null }) => h.note === null)).toBe(true);
    const notes = await t.prisma.notification.findMany({ where: { userId: candidate.userId, type: 'application.status-changed', payload: { path: ['applicationId'], equals: id } }, orderBy: { createdAt: 'asc' } });
    expect(notes.map((n) => (n.payload as { status: string }).status)).toEqual(['SHORTLISTED', 'INTERVIEW', 'OFFER', 'HIRED']);
    expect(await t.prisma.outboxEvent.count({ where: { aggregateId: id, type: 'application.status-changed' } })).toBe(4);
  });

  it('HIRED records exactly one hire with its KPI dimensions, closes the offer FILLED and answers the other applicants', async () => {
    const hiredOne = await candidateWithProfile(t, { track: 'RESKILLING', gender: 'FEMALE' });
    await t.prisma.training.createMany({
      data: [
        { candidateId: hiredOne.profileId, organisation: 'Université de Lille', route: 'HIGHER_EDUCATION', year: 2012 },
        { candidateId: hiredOne.profileId, organisation: 'Le Wagon Lille', route: 'GEN_BOOTCAMP', year: 2023 },
        { candidateId: hiredOne.profileId, organisation: 'Autodidacte', route: 'SELF_TAUGHT', year: null },
      ],
    });
    const publishedAt = new Date('2026-01-05T09:00:00.000Z');
    const offer = await publishedOffer(t, recruiter.companyId, recruiter.userId, { contractType: 'ALTERNANCE', roleFamilyCode: 'DEVOPS_SECURITY', basinCode: 'AMIENS', publishedAt });
    const winner = await applicationAt('INTERVIEW', hiredOne, offer.id);
    const stillOpen = await applicationAt('SHORTLISTED', candidate, offer.id);
    const other = await candidateWithProfile(t);
    const withdrawn = await applicationAt('WITHDRAWN', other, offer.id);

    await t.http.patch(`/api/applications/${winner.id}`).set(bearer(recruiter)).send({ status: 'HIRED', note: 'Début le 1er mars' }).expect(200);

    const hires = await t.prisma.hire.findMany({ where: { offerId: offer.id } });
    expect(hires).toHaveLength(1);
    expect(hires[0]).toMatchObject({
      applicationId: winner.id, candidateId: hiredOne.profileId, companyId: recruiter.companyId, recordedById: recruiter.userId,
      contractType: 'ALTERNANCE', roleFamilyCode: 'DEVOPS_SECURITY', basinCode: 'AMIENS', track: 'RESKILLING', gender: 'FEMALE',
      trainingRoute: 'GEN_BOOTCAMP', supportStructure: 'EuraTechnologies', offerPublishedAt: publishedAt,
    });
    expect(await t.prisma.offer.findUniqueOrThrow({ where: { id: offer.id } })).toMatchObject({ status: 'CLOSED', closeReason: 'FILLED', closedAt: expect.any(Date) });
    expect(await t.prisma.outboxEvent.count({ where: { aggregateId: offer.id, type: 'offer.closed' } })).toBe(1);
    expect(await t.prisma.application.findUniqueOrThrow({ where: { id: stillOpen.id } })).toMatchObject({ status: 'REJECTED', rejectionReason: 'POSITION_FILLED' });
    expect(await t.prisma.application.findUniqueOrThrow({ where: { id: withdrawn.id } })).toMatchObject({ status: 'WITHDRAWN' });
    const told = await t.prisma.notification.findMany({ where: { userId: candidate.userId, payload: { path: ['applicationId'], equals: stillOpen.id } } });
    expect(told.map((n) => n.payload)).toEqual([expect.objectContaining({ status: 'REJECTED', rejectionReason: 'POSITION_FILLED' })]);

    // A hire is final: no second one.
    await t.http.patch(`/api/applications/${winner.id}`).set(bearer(recruiter)).send({ status: 'HIRED' }).expect(409);
    expect(await t.prisma.hire.count({ where: { offerId: offer.id } })).toBe(1);
  });

  it('HIRED with closeOffer: false keeps the offer published and the other applications as they are', async () => {
    const offer = await publishedOffer(t, recruiter.companyId, recruiter.userId);
    const first = await applicationAt('OFFER', candidate, offer.id);
    const second = await applicationAt('INTERVIEW', await candidateWithProfile(t), offer.id);
    await t.http.patch(`/api/applications/${first.id}`).set(bearer(recruiter)).send({ status: 'HIRED', closeOffer: false }).expect(200);
    expect((await t.prisma.offer.findUniqueOrThrow({ where: { id: offer.id } })).status).toBe('PUBLISHED');
    expect((await t.prisma.application.findUniqueOrThrow({ where: { id: second.id } })).status).toBe('INTERVIEW');
    expect(await t.prisma.hire.count({ where: { offerId: offer.id } })).toBe(1);
  });

  it('lets the candidate withdraw (the company is told) and nothing moves afterwards', async () => {
    const app = await applicationAt('INTERVIEW');
    const res = await t.http.patch(`/api/applications/${app.id}`).set(bearer(candidate)).send({ status: 'WITHDRAWN', note: 'J’ai accepté un autre poste' }).expect(200);
    expect(res.body.history.at(-1)).toMatchObject({ fromStatus: 'INTERVIEW', toStatus: 'WITHDRAWN', byRole: 'CANDIDATE', note: 'J’ai accepté un autre poste' });
    const told = await t.prisma.notification.findMany({ where: { userId: recruiter.userId, type: 'application.status-changed', payload: { path: ['applicationId'], equals: app.id } } });
    expect(told).toHaveLength(1);
    await t.http.patch(`/api/applications/${app.id}`).set(bearer(candidate)).send({ status: 'WITHDRAWN' }).expect(409);
    await t.http.patch(`/api/applications/${app.id}`).set(bearer(recruiter)).send({ status: 'OFFER' }).expect(409);
  });

  it('403: a candidate setting anything but WITHDRAWN, another company, another candidate, an admin', async () => {
    const app = await applicationAt('APPLIED');
    const res = await t.http.patch(`/api/applications/${app.id}`).set(bearer(candidate)).send({ status: 'SHORTLISTED' }).expect(403);
    expect(res.body.details).toEqual([{ field: 'status', message: expect.stringContaining('retirer') }]);
    const stranger = await recruiterWithCompany(t);
    await t.http.patch(`/api/applications/${app.id}`).set(bearer(stranger)).send({ status: 'SHORTLISTED' }).expect(403);
    await t.http.patch(`/api/applications/${app.id}`).set(bearer(await candidateWithProfile(t))).send({ status: 'WITHDRAWN' }).expect(403);
    await t.http.patch(`/api/applications/${app.id}`).set('Authorization', `Bearer ${await adminToken(t)}`).send({ status: 'SHORTLISTED' }).expect(403);
    const list = await t.http.get('/api/applications').set(bearer(stranger)).expect(200);
    expect(list.body.total).toBe(0);
    expect((await t.prisma.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe('APPLIED');
  });

  it('rejects malformed updates with field details and changes nothing', async () => {
    const app = await applicationAt('APPLIED');
    const cases: [unknown, string][] = [
      [{ status: 'REJECTED' }, 'rejectionReason'],
      [{ status: 'REJECTED', rejectionReason: 'BAD_LUCK' }, 'rejectionReason'],
      [{ status: 'SHORTLISTED', rejectionReason: 'SKILLS' }, 'rejectionReason'],
      [{ status: 'SHORTLISTED', closeOffer: true }, 'closeOffer'],
      [{ status: 'DONE' }, 'status'],
      [{}, 'status'],
      [{ status: 'SHORTLISTED', note: 'x'.repeat(2001) }, 'note'],
      [{ status: 'SHORTLISTED', hiredAt: '2020-01-01' }, 'hiredAt'],
    ];
    for (const [body, field] of cases) {
      const res = await t.http.patch(`/api/applications/${app.id}`).set(bearer(recruiter)).send(body as object).expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    await t.http.patch('/api/applications/42').set(bearer(recruiter)).send({ status: 'SHORTLISTED' }).expect(400);
    await t.http.patch('/api/applications/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b').set(bearer(recruiter)).send({ status: 'SHORTLISTED' }).expect(404);
    const after = await t.prisma.application.findUniqueOrThrow({ where: { id: app.id }, include: { statusChanges: true } });
    expect(after.status).toBe('APPLIED');
    expect(after.statusChanges).toHaveLength(1);
  });

  it('lets only one of two simultaneous moves win (the other gets 409), with one history row', async () => {
    const app = await applicationAt('APPLIED');
    const codes = await Promise.all([
      t.http.patch(`/api/applications/${app.id}`).set(bearer(recruiter)).send({ status: 'SHORTLISTED' }).then((r) => r.status),
      t.http.patch(`/api/applications/${app.id}`).set(bearer(recruiter)).send({ status: 'REJECTED', rejectionReason: 'SKILLS' }).then((r) => r.status),
    ]);
    expect(codes.sort()).toEqual([200, 409]);
    expect(await t.prisma.applicationStatusChange.count({ where: { applicationId: app.id } })).toBe(2);
  });
});
