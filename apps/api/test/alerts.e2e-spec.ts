import { signLink } from '@talents/db';
import { MAX_ALERTS_PER_USER } from '@talents/shared';
import { APP_CONFIG, type AppConfig } from '../src/common/config/app-config';
import { adminToken, signUp, startApp, type TestApp } from './support/app';
import { bearer, recruiterWithCompany } from './support/marketplace';

/** Saved searches: each user their own, the kind their role may watch, and the one-click unsubscribe link. */
describe('alerts', () => {
  let t: TestApp;
  let secret: string;
  beforeAll(async () => {
    t = await startApp();
    secret = t.app.get<AppConfig>(APP_CONFIG).LINK_SIGNING_SECRET;
  });
  afterAll(() => t.close());

  const offerAlert = { kind: 'OFFERS', name: 'Dev à Lille', query: 'typescript', frequency: 'DAILY', filters: { basin: ['LILLE'], remote: ['HYBRID'] } };
  const talentAlert = { kind: 'TALENTS', name: 'Back-end Node', frequency: 'INSTANT', filters: { skills: ['Node.js', ' node.js', 'PostgreSQL'], minExperience: 2 } };
  const unsubscribeLink = (alertId: string) => `/api/alerts/unsubscribe?token=${encodeURIComponent(signLink(secret, 'alert-unsubscribe', alertId))}`;

  it('lets a candidate create, list, rename and delete offer alerts', async () => {
    const candidate = await signUp(t, 'CANDIDATE');
    const created = await t.http.post('/api/alerts').set(bearer(candidate)).send(offerAlert).expect(201);
    expect(created.body).toEqual({
      id: expect.any(String), kind: 'OFFERS', name: 'Dev à Lille', query: 'typescript', frequency: 'DAILY',
      filters: { basin: ['LILLE'], remote: ['HYBRID'] }, active: true, lastRunAt: null, createdAt: expect.any(String),
    });
    await t.http.post('/api/alerts').set(bearer(candidate)).send({ kind: 'OFFERS', name: 'Toutes les offres', frequency: 'WEEKLY' }).expect(201);

    const list = await t.http.get('/api/alerts').set(bearer(candidate)).expect(200);
    expect(list.body).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(list.body.items.map((a: { name: string }) => a.name)).toEqual(['Toutes les offres', 'Dev à Lille']);
    expect(list.body.items[0]).toMatchObject({ query: '', filters: {} });
    expect((await t.http.get('/api/alerts').query({ kind: 'TALENTS' }).set(bearer(candidate)).expect(200)).body.total).toBe(0);
    expect((await t.http.get('/api/alerts').query({ pageSize: 1, page: 2 }).set(bearer(candidate)).expect(200)).body.items[0].name).toBe('Dev à Lille');

    const renamed = await t.http.patch(`/api/alerts/${created.body.id}`).set(bearer(candidate)).send({ name: 'Dev TypeScript', frequency: 'INSTANT' }).expect(200);
    expect(renamed.body).toMatchObject({ id: created.body.id, name: 'Dev TypeScript', frequency: 'INSTANT', active: true });

    await t.http.delete(`/api/alerts/${created.body.id}`).set(bearer(candidate)).expect(204);
    await t.http.delete(`/api/alerts/${created.body.id}`).set(bearer(candidate)).expect(404);
    expect((await t.http.get('/api/alerts').set(bearer(candidate)).expect(200)).body.total).toBe(1);
  });

  it('lets a recruiter of a verified company watch talents, skills stored as the search index spells them', async () => {
    const recruiter = await recruiterWithCompany(t);
    const res = await t.http.post('/api/alerts').set(bearer(recruiter)).send(talentAlert).expect(201);
    expect(res.body).toMatchObject({ kind: 'TALENTS', query: '', frequency: 'INSTANT', filters: { skills: ['node-js', 'postgresql'], minExperience: 2 } });
  });

  it('refuses the kind a role may not watch, an unverified company, admins and anonymous callers, with a clear message', async () => {
    const candidate = await signUp(t, 'CANDIDATE');
    const asCandidate = await t.http.post('/api/alerts').set(bearer(candidate)).send(talentAlert).expect(403);
    expect(asCandidate.body.details).toEqual([{ field: 'kind', message: expect.stringContaining('offres uniquement') }]);

    const recruiter = await recruiterWithCompany(t);
    const asRecruiter = await t.http.post('/api/alerts').set(bearer(recruiter)).set('Accept-Language', 'en').send(offerAlert).expect(403);
    expect(asRecruiter.body.details[0].message).toContain('only create alerts on talents');

    const unverified = await recruiterWithCompany(t, { verified: false });
    const notVerified = await t.http.post('/api/alerts').set(bearer(unverified)).send(talentAlert).expect(403);
    expect(notVerified.body.message).toContain('vérifiée');
    const loner = await signUp(t, 'RECRUITER');
    await t.http.post('/api/alerts').set(bearer(loner)).send(talentAlert).expect(403);

    const admin = await adminToken(t);
    for (const kind of [offerAlert, talentAlert]) await t.http.post('/api/alerts').set('Authorization', `Bearer ${admin}`).send(kind).expect(403);
    await t.http.get('/api/alerts').set('Authorization', `Bearer ${admin}`).expect(403);
    await t.http.get('/api/alerts').expect(401);
    await t.http.post('/api/alerts').send(offerAlert).expect(401);
    for (const userId of [candidate.userId, recruiter.userId, unverified.userId, loner.userId]) {
      expect(await t.prisma.alert.count({ where: { userId } })).toBe(0);
    }
  });

  it('turns a talent alert back on only while the recruiter’s company is still verified', async () => {
    const recruiter = await recruiterWithCompany(t);
    const alert = (await t.http.post('/api/alerts').set(bearer(recruiter)).send(talentAlert).expect(201)).body;
    await t.http.patch(`/api/alerts/${alert.id}`).set(bearer(recruiter)).send({ active: false }).expect(200);
    await t.prisma.company.update({ where: { id: recruiter.companyId }, data: { verifiedAt: null } });
    await t.http.patch(`/api/alerts/${alert.id}`).set(bearer(recruiter)).send({ active: true }).expect(403);
    // Renaming or deleting stays possible: it watches nothing.
    await t.http.patch(`/api/alerts/${alert.id}`).set(bearer(recruiter)).send({ name: 'En pause' }).expect(200);
    expect((await t.prisma.alert.findUniqueOrThrow({ where: { id: alert.id } })).unsubscribedAt).not.toBeNull();
    await t.http.delete(`/api/alerts/${alert.id}`).set(bearer(recruiter)).expect(204);
  });

  it('answers 404 for another user’s alert and leaves it untouched', async () => {
    const owner = await signUp(t, 'CANDIDATE');
    const other = await signUp(t, 'CANDIDATE');
    const alert = (await t.http.post('/api/alerts').set(bearer(owner)).send(offerAlert).expect(201)).body;
    await t.http.patch(`/api/alerts/${alert.id}`).set(bearer(other)).send({ name: 'Piratée' }).expect(404);
    await t.http.delete(`/api/alerts/${alert.id}`).set(bearer(other)).expect(404);
    expect((await t.http.get('/api/alerts').set(bearer(other)).expect(200)).body.total).toBe(0);
    expect((await t.prisma.alert.findUniqueOrThrow({ where: { id: alert.id } })).name).toBe('Dev à Lille');
  });

  it('names the faulty field of an invalid alert', async () => {
    const candidate = await signUp(t, 'CANDIDATE');
    const cases: [unknown, string][] = [
      [{ ...offerAlert, name: '' }, 'name'],
      [{ ...offerAlert, frequency: 'HOURLY' }, 'frequency'],
      [{ ...offerAlert, query: 'x'.repeat(201) }, 'query'],
      [{ ...offerAlert, filters: { basin: ['ATLANTIS'] } }, 'filters.basin.0'],
      [{ ...offerAlert, filters: { skills: ['Node.js'] } }, 'filters.skills'],
      [{ ...offerAlert, filters: { lat: 50.6, lon: 3.06 } }, 'filters.radiusKm'],
      [{ ...offerAlert, kind: 'EVERYTHING' }, 'kind'],
      [{ ...offerAlert, owner: 'someone' }, 'owner'],
    ];
    for (const [body, field] of cases) {
      const res = await t.http.post('/api/alerts').set(bearer(candidate)).send(body as object).expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    const alert = (await t.http.post('/api/alerts').set(bearer(candidate)).send(offerAlert).expect(201)).body;
    expect((await t.http.patch(`/api/alerts/${alert.id}`).set(bearer(candidate)).send({}).expect(400)).body.details).toBeDefined();
    expect((await t.http.patch(`/api/alerts/${alert.id}`).set(bearer(candidate)).send({ kind: 'TALENTS' }).expect(400)).body.details).toBeDefined();
    await t.http.patch('/api/alerts/not-an-id').set(bearer(candidate)).send({ name: 'x' }).expect(400);
    await t.http.get('/api/alerts').query({ kind: 'JOBS' }).set(bearer(candidate)).expect(400);
  });

  it(`stops at ${MAX_ALERTS_PER_USER} alerts per user`, async () => {
    const candidate = await signUp(t, 'CANDIDATE');
    await t.prisma.alert.createMany({
      data: Array.from({ length: MAX_ALERTS_PER_USER }, (_, i) => ({ userId: candidate.userId, kind: 'OFFERS' as const, name: `Alerte ${i}`, frequency: 'DAILY' as const })),
    });
    const res = await t.http.post('/api/alerts').set(bearer(candidate)).send(offerAlert).expect(409);
    expect(res.body.details[0].message).toContain('maximum de 20 alertes');
    expect(await t.prisma.alert.count({ where: { userId: candidate.userId } })).toBe(MAX_ALERTS_PER_USER);
  });

  it('documents the alert routes in OpenAPI under their tag', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    expect(Object.keys(doc.paths['/api/alerts'])).toEqual(expect.arrayContaining(['get', 'post']));
    expect(Object.keys(doc.paths['/api/alerts/{id}'])).toEqual(expect.arrayContaining(['patch', 'delete']));
    expect(doc.paths['/api/alerts/unsubscribe'].post.tags).toEqual(['alerts']);
    expect(doc.paths['/api/admin/queues/session'].post.tags).toEqual(['operations']);
  });

  describe('one-click unsubscribe', () => {
    it('previews without changing anything, then unsubscribes from a mail client’s form POST, idempotently', async () => {
      const candidate = await signUp(t, 'CANDIDATE');
      const alert = (await t.http.post('/api/alerts').set(bearer(candidate)).send(offerAlert).expect(201)).body;
      const link = unsubscribeLink(alert.id);

      expect((await t.http.get(link).expect(200)).body).toEqual({ alertName: 'Dev à Lille', kind: 'OFFERS', active: true });
      expect((await t.prisma.alert.findUniqueOrThrow({ where: { id: alert.id } })).unsubscribedAt).toBeNull();

      const posted = await t.http.post(link).type('form').send('List-Unsubscribe=One-Click').expect(200);
      expect(posted.body).toEqual({ alertName: 'Dev à Lille', kind: 'OFFERS', active: false });
      const first = (await t.prisma.alert.findUniqueOrThrow({ where: { id: alert.id } })).unsubscribedAt;
      expect(first).toBeInstanceOf(Date);
      // A second click, with no body at all, answers the same and keeps the first time.
      await t.http.post(link).expect(200);
      expect((await t.prisma.alert.findUniqueOrThrow({ where: { id: alert.id } })).unsubscribedAt).toEqual(first);
      expect(await t.prisma.outboxEvent.count({ where: { type: 'alert.unsubscribed', aggregateId: alert.id } })).toBe(1);
      expect((await t.http.get('/api/alerts').set(bearer(candidate)).expect(200)).body.items[0].active).toBe(false);

      const back = await t.http.patch(`/api/alerts/${alert.id}`).set(bearer(candidate)).send({ active: true }).expect(200);
      expect(back.body.active).toBe(true);
      expect((await t.prisma.alert.findUniqueOrThrow({ where: { id: alert.id } })).unsubscribedAt).toBeNull();
      expect((await t.http.patch(`/api/alerts/${alert.id}`).set(bearer(candidate)).send({ active: false }).expect(200)).body.active).toBe(false);
    });

    it('accepts whatever body a client sends: multipart, empty or broken JSON, plain text, binary', async () => {
      const candidate = await signUp(t, 'CANDIDATE');
      const sends: ((link: string) => PromiseLike<{ status: number }>)[] = [
        (link) => t.http.post(link).field('List-Unsubscribe', 'One-Click'),
        (link) => t.http.post(link).set('Content-Type', 'application/json').send(''),
        (link) => t.http.post(link).set('Content-Type', 'application/json').send('{"List-Unsubscribe":'),
        (link) => t.http.post(link).set('Content-Type', 'text/plain').send('List-Unsubscribe=One-Click'),
        (link) => t.http.post(link).set('Content-Type', 'application/octet-stream').send(Buffer.from([0, 1, 2])),
      ];
      for (const send of sends) {
        const alert = (await t.http.post('/api/alerts').set(bearer(candidate)).send(offerAlert).expect(201)).body;
        expect((await send(unsubscribeLink(alert.id))).status).toBe(200);
        expect((await t.prisma.alert.findUniqueOrThrow({ where: { id: alert.id } })).unsubscribedAt).not.toBeNull();
      }
    });

    it('refuses forged, mangled and stale links without touching any alert', async () => {
      const candidate = await signUp(t, 'CANDIDATE');
      const alert = (await t.http.post('/api/alerts').set(bearer(candidate)).send(offerAlert).expect(201)).body;
      const forged = signLink('another-secret-0123456789abcdef0123', 'alert-unsubscribe', alert.id);
      for (const method of ['get', 'post'] as const) {
        const res = await t.http[method](`/api/alerts/unsubscribe?token=${encodeURIComponent(forged)}`).expect(400);
        expect(res.body.details).toEqual([{ field: 'token', message: expect.stringContaining('lien de désabonnement est invalide') }]);
        await t.http[method](`/api/alerts/unsubscribe?token=${encodeURIComponent(forged.slice(0, -2))}`).expect(400);
        await t.http[method]('/api/alerts/unsubscribe?token=short').expect(400);
        await t.http[method]('/api/alerts/unsubscribe').expect(400);
      }
      // A genuine link whose subject is not an alert id, and one of an alert deleted since.
      await t.http.get(`/api/alerts/unsubscribe?token=${encodeURIComponent(signLink(secret, 'alert-unsubscribe', 'not-a-uuid-at-all-but-long'))}`).expect(400);
      const gone = (await t.http.post('/api/alerts').set(bearer(candidate)).send(offerAlert).expect(201)).body;
      await t.http.delete(`/api/alerts/${gone.id}`).set(bearer(candidate)).expect(204);
      expect((await t.http.post(unsubscribeLink(gone.id)).set('Accept-Language', 'en').expect(404)).body.message).toBe('Not found.');
      expect((await t.prisma.alert.findUniqueOrThrow({ where: { id: alert.id } })).unsubscribedAt).toBeNull();
    });

    it('keeps form and unknown bodies out of every other route, JSON parsed as before', async () => {
      const candidate = await signUp(t, 'CANDIDATE');
      await t.http.post('/api/alerts').set(bearer(candidate)).type('form').send('kind=OFFERS&name=x&frequency=DAILY').expect(415);
      await t.http.post('/api/alerts').set(bearer(candidate)).set('Content-Type', 'application/octet-stream').send(Buffer.from('{}')).expect(415);
      await t.http.post('/api/alerts').set(bearer(candidate)).set('Content-Type', 'application/json').send('{"kind":').expect(400);
      expect(await t.prisma.alert.count({ where: { userId: candidate.userId } })).toBe(0);
    });
  });
});
