/**
 * Authorisation matrix: every endpoint × seven actors, one `it` per cell, against one fixture world
 * (support/auth-matrix.ts). Expected statuses follow the code's documented rules (docs/decisions/0005, 0006):
 * "not yours" is 403 on company-scoped resources, 404 where existence itself is private (drafts, notifications, alerts,
 * hidden profiles). A second block checks that refused or masked answers never carry the owner's data (IDOR).
 */
import type { Response } from 'supertest';
import { STRONG_PASSWORD, startApp, uniqueEmail, type TestApp } from './support/app';
import { publishedOffer, randomSiren } from './support/marketplace';
import { profileBody } from './candidates-fixtures';
import {
  ACTORS, ACTOR_LABEL, OFFER_ALERT, PDF_A, PDF_B, TALENT_ALERT, bareCandidate, bareCompany, buildWorld, freshAlertOfA, freshApplicationOfA,
  freshContactRequestToA, freshDraftOfCompany1, request, send, statusLabel, type Actor, type Cells, type Row, type Status, type World,
} from './support/auth-matrix';

/** Supertest buffers the body; this parser keeps binary downloads (CVs) as Buffers. */
function binary(res: Response, done: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  const stream = res as unknown as NodeJS.ReadableStream;
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

const all = (s: Status): Cells => [s, s, s, s, s, s, s];
const users = (s: Status): Cells => [401, s, s, s, s, s, s];
const candidatesOnly = (s: Status): Cells => [401, s, s, 403, 403, 403, 403];
const adminOnly: Cells = [401, 403, 403, 403, 403, 403, 200];
const message = 'Nous aimerions échanger avec vous au sujet de votre profil.';

const ROWS: Row[] = [
  // Public: the same answer whoever asks.
  { method: 'get', path: '/api/health', cells: all(200) },
  { method: 'get', path: '/api/stats', cells: all(200) },
  { method: 'get', path: '/api/offers', cells: all(200) },
  { method: 'get', path: '/api/offers/feed.json', cells: all(200) },
  { method: 'get', path: '/api/offers/feed.csv', cells: all(200) },
  { method: 'get', path: '/api/offers/:offerX', cells: all(200) },
  { method: 'get', path: '/api/offers/:draftD', cells: [404, 404, 404, 404, 200, 404, 200] },
  { method: 'get', path: '/api/offers/:draftU', cells: [404, 404, 404, 404, 404, 200, 200] },
  // Auth: public routes ignore the bearer; /me needs one.
  { method: 'get', path: '/api/auth/me', cells: users(200) },
  { method: 'post', path: '/api/auth/refresh', cells: all(401) },
  { method: 'post', path: '/api/auth/logout', cells: all(204) },
  { method: 'post', path: '/api/auth/register', cells: all(201), body: () => ({ email: uniqueEmail('matrix'), password: STRONG_PASSWORD, role: 'CANDIDATE' }) },
  { method: 'post', path: '/api/auth/login', cells: all(401), body: (w) => ({ email: w.secrets.candidateEmail, password: 'Wrong-Horse-42' }) },
  { method: 'post', path: '/api/auth/forgot-password', cells: all(204), body: () => ({ email: uniqueEmail('nobody') }) },
  { method: 'post', path: '/api/auth/resend-verification', cells: all(204), body: () => ({ email: uniqueEmail('nobody') }) },
  { method: 'post', path: '/api/auth/verify-email', cells: all(400), body: () => ({ token: 'x'.repeat(43) }) },
  { method: 'post', path: '/api/auth/reset-password', cells: all(400), body: () => ({ token: 'x'.repeat(43), password: STRONG_PASSWORD }) },
  // Candidates: "me" routes for candidates only; a candidate by id for recruiters of verified companies and admins.
  { method: 'get', path: '/api/candidates/me', cells: candidatesOnly(200) },
  { method: 'put', path: '/api/candidates/me', cells: candidatesOnly(200), body: (w, actor) => ownProfileBody(w, actor) },
  { method: 'get', path: '/api/candidates/me/json-resume', cells: candidatesOnly(200) },
  { method: 'post', path: '/api/candidates/me/json-resume', cells: candidatesOnly(200), body: () => ({ basics: { label: 'Développeuse full-stack TypeScript' } }) },
  { method: 'post', path: '/api/candidates/me/cv', cells: candidatesOnly(200), cv: true },
  { method: 'get', path: '/api/candidates/me/cv', cells: candidatesOnly(200) },
  { method: 'get', path: '/api/candidates/:candidateA', cells: [401, 403, 403, 200, 200, 403, 200] },
  // CV by id: recruiters with a relationship only (A applied to company 1); admins do not download CVs (0005).
  { method: 'get', path: '/api/candidates/:candidateA/cv', cells: [401, 403, 403, 403, 200, 403, 403] },
  { method: 'get', path: '/api/candidates/:candidateB/cv', cells: [401, 403, 403, 403, 403, 403, 403] },
  // Companies.
  { method: 'get', path: '/api/companies/:company1', cells: users(200) },
  { method: 'get', path: '/api/companies/:company3', cells: [401, 403, 403, 403, 403, 200, 200] },
  { method: 'patch', path: '/api/companies/:company1', cells: [401, 403, 403, 403, 200, 403, 403], body: () => ({ description: 'Studio produit lillois.' }) },
  { method: 'get', path: '/api/companies/:company1/members', cells: [401, 403, 403, 403, 200, 403, 200] },
  { method: 'post', path: '/api/companies/:company1/invitations', cells: [401, 403, 403, 403, 201, 403, 403], body: () => ({ email: uniqueEmail('invitee') }) },
  { method: 'post', path: '/api/invitations/accept', cells: [401, 403, 403, 400, 400, 400, 403], body: () => ({ token: 'x'.repeat(43) }) },
  { method: 'get', path: '/api/companies/:company1/offers', cells: [401, 403, 403, 403, 200, 403, 200] },
  // Offers, recruiter side: members of the offer's company only; publishing needs a verified company.
  { method: 'post', path: '/api/offers', note: 'for company 1', cells: [401, 403, 403, 403, 201, 403, 403], body: (w) => offerBody(w.ids.company1) },
  { method: 'post', path: '/api/offers', note: 'for unverified company 3', cells: [401, 403, 403, 403, 403, 201, 403], body: (w) => offerBody(w.ids.company3) },
  { method: 'patch', path: '/api/offers/:draftD', cells: [401, 403, 403, 403, 200, 403, 403], body: () => ({ description: 'Une description mise à jour, assez longue.' }) },
  { method: 'post', path: '/api/offers/:freshDraft/publish', cells: [401, 403, 403, 403, 200, 403, 403], fresh: async (w) => ({ freshDraft: await freshDraftOfCompany1(w) }) },
  { method: 'post', path: '/api/offers/:draftU/publish', cells: [401, 403, 403, 403, 403, 403, 403] },
  {
    method: 'post', path: '/api/offers/:freshDraft/close', cells: [401, 403, 403, 403, 200, 403, 403],
    body: () => ({ reason: 'CANCELLED' }), fresh: async (w) => ({ freshDraft: await freshDraftOfCompany1(w) }),
  },
  // Applications: the candidate and the offer's company only; admins 403 (0006).
  {
    method: 'post', path: '/api/offers/:freshOffer/applications', cells: candidatesOnly(201), body: () => ({}),
    fresh: async (w) => ({ freshOffer: (await publishedOffer(w.t, w.ids.company1, w.userIds.recruiter)).id }),
  },
  { method: 'post', path: '/api/offers/:draftD/applications', cells: candidatesOnly(404), body: () => ({}) },
  { method: 'get', path: '/api/applications', cells: [401, 200, 200, 200, 200, 200, 403] },
  { method: 'get', path: '/api/applications/:applicationA', cells: [401, 200, 403, 403, 200, 403, 403] },
  {
    method: 'patch', path: '/api/applications/:freshApplication', cells: [401, 200, 403, 403, 200, 403, 403],
    body: (_w, actor) => ({ status: actor === 'candidate' || actor === 'otherCandidate' ? 'WITHDRAWN' : 'SHORTLISTED' }),
    fresh: async (w) => ({ freshApplication: await freshApplicationOfA(w) }),
  },
  // Contact requests: verified recruiters send, the addressed candidate answers.
  {
    method: 'post', path: '/api/talents/:freshCandidate/contact-requests', cells: [401, 403, 403, 201, 201, 403, 403],
    body: () => ({ message }), fresh: async (w) => ({ freshCandidate: await bareCandidate(w.t) }),
  },
  // Naming company 1's offer: only its members may (R1 then meets the one-pending-request rule).
  { method: 'post', path: '/api/talents/:candidateA/contact-requests', cells: [401, 403, 403, 403, 409, 403, 403], body: (w) => ({ message, offerId: w.ids.offerX }) },
  { method: 'get', path: '/api/contact-requests', cells: [401, 200, 200, 200, 200, 200, 403] },
  {
    method: 'patch', path: '/api/contact-requests/:freshRequest', cells: [401, 200, 403, 403, 403, 403, 403],
    body: () => ({ status: 'DECLINED' }), fresh: async (w) => ({ freshRequest: await freshContactRequestToA(w) }),
  },
  // Notifications: everyone their own; someone else's is 404.
  { method: 'get', path: '/api/notifications', cells: users(200) },
  { method: 'post', path: '/api/notifications/read-all', cells: users(200) },
  { method: 'post', path: '/api/notifications/:notificationA/read', cells: [401, 200, 404, 404, 404, 404, 404] },
  // Alerts: each user their own (someone else's is 404); candidates watch offers, verified recruiters talents; admins none.
  { method: 'get', path: '/api/alerts', cells: [401, 200, 200, 200, 200, 200, 403] },
  { method: 'post', path: '/api/alerts', note: 'offers', cells: [401, 201, 201, 403, 403, 403, 403], body: () => OFFER_ALERT },
  { method: 'post', path: '/api/alerts', note: 'talents', cells: [401, 403, 403, 201, 201, 403, 403], body: () => TALENT_ALERT },
  { method: 'patch', path: '/api/alerts/:alertA', cells: [401, 200, 404, 404, 404, 404, 403], body: () => ({ frequency: 'DAILY' }) },
  { method: 'delete', path: '/api/alerts/:freshAlert', cells: [401, 204, 404, 404, 404, 404, 403], fresh: freshAlertOfA },
  // The signed link is the authorisation: the same answer whoever follows it.
  { method: 'get', path: '/api/alerts/unsubscribe?token=:alertTokenA', cells: all(200) },
  { method: 'post', path: '/api/alerts/unsubscribe?token=:freshToken', cells: all(200), fresh: freshAlertOfA },
  // Talent catalogue: recruiters of a verified company, and admins.
  { method: 'get', path: '/api/talents', cells: [401, 403, 403, 200, 200, 403, 200] },
  // Operator.
  { method: 'get', path: '/api/admin/users', cells: adminOnly },
  { method: 'get', path: '/api/admin/companies', cells: adminOnly },
  {
    method: 'patch', path: '/api/admin/companies/:freshCompany', cells: adminOnly, body: () => ({ verified: true }),
    fresh: async (w) => ({ freshCompany: (await bareCompany(w.t, false)).id }),
  },
  { method: 'get', path: '/api/admin/kpis', cells: adminOnly },
  { method: 'get', path: '/api/admin/kpis/export.csv', cells: adminOnly },
  { method: 'get', path: '/api/admin/imports', cells: adminOnly },
  { method: 'get', path: '/api/admin/imports/template.csv', cells: adminOnly },
  { method: 'post', path: '/api/admin/queues/session', cells: adminOnly },
  // The dashboard itself needs the session cookie: a bearer token, even an admin's, does not open it.
  { method: 'get', path: '/api/admin/queues/', cells: all(401) },
  // Last: a success adds a company to the caller, which no cell above depends on but which changes the world.
  { method: 'post', path: '/api/companies', cells: [401, 403, 403, 201, 201, 201, 403], body: () => companyBody() },
];

function ownProfileBody(w: World, actor: Actor) {
  // Candidate A keeps their identity and anonymity: the IDOR checks look for exactly these.
  if (actor === 'candidate') return profileBody({ firstName: w.secrets.candidateFirstName, lastName: w.secrets.candidateLastName, visibility: 'ANONYMOUS' });
  return profileBody({ firstName: 'Bérénice', lastName: 'Autre', visibility: 'ANONYMOUS' });
}

function offerBody(companyId: string) {
  return {
    companyId, title: 'Développeur·se TypeScript', description: 'Vous construisez nos outils internes avec nous.',
    roleFamilyCode: 'DEV', contractType: 'CDI', basinCode: 'LILLE', town: 'Lille', remotePolicy: 'HYBRID',
    salaryMin: 40000, salaryMax: 48000, experienceLevel: 'MID',
  };
}

function companyBody() {
  return { name: 'Nouvelle pousse', siren: randomSiren(), nafCode: '6201Z', size: 'MICRO', basinCode: 'LILLE', town: 'Lille' };
}

describe('authorisation matrix', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startApp();
    w = await buildWorld(t);
  }, 120_000);
  afterAll(() => t.close());

  /** One request by `actor`; `:name` in the path is a world id. */
  const call = (actor: Actor, method: Row['method'], path: string, body?: unknown) => request(w, { method, path, body: body === undefined ? undefined : () => body }, actor);
  /** Refusals and masked answers must not carry candidate A's identity (raw text: catches any field). */
  const expectNoIdentityOfA = (res: Response) => {
    for (const secret of [w.secrets.candidateEmail, w.secrets.candidateFirstName, w.secrets.candidateLastName]) expect(res.text ?? '').not.toContain(secret);
  };
  const strangers = ['otherCandidate', 'otherRecruiter', 'unverifiedRecruiter', 'admin'] as const;

  describe('no IDOR: nobody reads or changes what is not theirs', () => {
    it("candidate A's application: refused to strangers without A's identity, unchanged; its company sees A (applied)", async () => {
      for (const actor of strangers) {
        expectNoIdentityOfA(await call(actor, 'get', '/api/applications/:applicationA').expect(403));
        const status = actor === 'otherCandidate' ? 'WITHDRAWN' : 'SHORTLISTED';
        expectNoIdentityOfA(await call(actor, 'patch', '/api/applications/:applicationA', { status }).expect(403));
        if (actor !== 'admin') {
          const list = await call(actor, 'get', '/api/applications?pageSize=100').expect(200);
          expect(list.body.items.map((a: { id: string }) => a.id)).not.toContain(w.ids.applicationA);
          expectNoIdentityOfA(list);
        }
      }
      expect((await t.prisma.application.findUniqueOrThrow({ where: { id: w.ids.applicationA } })).status).toBe('APPLIED');
      // Control: the same check would see the identity where it is shown (A applied to company 1).
      expect((await call('recruiter', 'get', '/api/applications/:applicationA').expect(200)).text).toContain(w.secrets.candidateLastName);
    });

    it("company 1's contact request to A: only A lists and answers it", async () => {
      for (const actor of ['otherCandidate', 'otherRecruiter', 'unverifiedRecruiter'] as const) {
        const list = await call(actor, 'get', '/api/contact-requests?pageSize=100').expect(200);
        expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(w.ids.contactRequestA);
        expectNoIdentityOfA(list);
      }
      for (const actor of [...strangers, 'recruiter'] as const) {
        expectNoIdentityOfA(await call(actor, 'patch', '/api/contact-requests/:contactRequestA', { status: 'ACCEPTED' }).expect(403));
      }
      expect((await t.prisma.contactRequest.findUniqueOrThrow({ where: { id: w.ids.contactRequestA } })).status).toBe('PENDING');
      const own = await call('candidate', 'get', '/api/contact-requests?pageSize=100').expect(200);
      expect(own.body.items.map((c: { id: string }) => c.id)).toContain(w.ids.contactRequestA);
    });

    it("A's notification: 404 to everyone else, not listed to them, read state untouched", async () => {
      const before = await t.prisma.notification.findUniqueOrThrow({ where: { id: w.ids.notificationA } });
      for (const actor of [...strangers, 'recruiter'] as const) {
        const res = await call(actor, 'post', '/api/notifications/:notificationA/read').expect(404);
        expect(res.text).not.toContain(w.ids.notificationA);
        const list = await call(actor, 'get', '/api/notifications?pageSize=100').expect(200);
        expect(list.body.items.map((n: { id: string }) => n.id)).not.toContain(w.ids.notificationA);
      }
      expect((await t.prisma.notification.findUniqueOrThrow({ where: { id: w.ids.notificationA } })).readAt).toEqual(before.readAt);
    });

    it("A's alert: 404 to everyone else, not listed to them, unchanged", async () => {
      const before = await t.prisma.alert.findUniqueOrThrow({ where: { id: w.ids.alertA } });
      for (const actor of ['otherCandidate', 'otherRecruiter', 'recruiter', 'unverifiedRecruiter'] as const) {
        expect((await call(actor, 'patch', '/api/alerts/:alertA', { name: 'Piratée' }).expect(404)).text).not.toContain(before.name);
        await call(actor, 'delete', '/api/alerts/:alertA').expect(404);
        const list = await call(actor, 'get', '/api/alerts?pageSize=100').expect(200);
        expect(list.body.items.map((a: { id: string }) => a.id)).not.toContain(w.ids.alertA);
      }
      const after = await t.prisma.alert.findUniqueOrThrow({ where: { id: w.ids.alertA } });
      expect({ name: after.name, unsubscribedAt: after.unsubscribedAt }).toEqual({ name: before.name, unsubscribedAt: null });
    });

    it('company 1: outsiders get the public card at most, never its members or SIREN, and cannot edit it', async () => {
      const before = await t.prisma.company.findUniqueOrThrow({ where: { id: w.ids.company1 } });
      for (const actor of ['candidate', 'otherCandidate', 'otherRecruiter', 'unverifiedRecruiter'] as const) {
        const card = await call(actor, 'get', '/api/companies/:company1').expect(200);
        expect(card.body).not.toHaveProperty('siren');
        expect(card.body).not.toHaveProperty('myRole');
        expect((await call(actor, 'get', '/api/companies/:company1/members').expect(403)).text).not.toContain(w.secrets.recruiterEmail);
      }
      for (const actor of ['otherRecruiter', 'unverifiedRecruiter'] as const) {
        await call(actor, 'patch', '/api/companies/:company1', { name: 'Piratée' }).expect(403);
        await call(actor, 'post', '/api/companies/:company1/invitations', { email: uniqueEmail('intruder') }).expect(403);
      }
      expect((await t.prisma.company.findUniqueOrThrow({ where: { id: w.ids.company1 } })).name).toBe(before.name);
      expect((await call('admin', 'get', '/api/companies/:company1/members').expect(200)).text).toContain(w.secrets.recruiterEmail);
    });

    it("company 1's draft: invisible and untouchable outside the company, absent from search and feeds", async () => {
      for (const actor of ['anonymous', 'candidate', 'otherRecruiter', 'unverifiedRecruiter'] as const) {
        expect((await call(actor, 'get', '/api/offers/:draftD').expect(404)).text).not.toContain(w.secrets.draftTitle);
      }
      for (const actor of ['otherRecruiter', 'unverifiedRecruiter'] as const) {
        expect((await call(actor, 'get', '/api/companies/:company1/offers').expect(403)).text).not.toContain(w.secrets.draftTitle);
        expect((await call(actor, 'patch', '/api/offers/:draftD', { title: 'Offre piratée par un tiers' }).expect(403)).text).not.toContain(w.secrets.draftTitle);
        await call(actor, 'post', '/api/offers/:draftD/publish').expect(403);
        await call(actor, 'post', '/api/offers/:draftD/close', { reason: 'CANCELLED' }).expect(403);
      }
      const draft = await t.prisma.offer.findUniqueOrThrow({ where: { id: w.ids.draftD } });
      expect({ title: draft.title, status: draft.status }).toEqual({ title: w.secrets.draftTitle, status: 'DRAFT' });
      const search = await call('otherRecruiter', 'get', `/api/offers?q=${encodeURIComponent(w.secrets.draftTitle)}`).expect(200);
      expect(search.body.items.map((o: { id: string }) => o.id)).not.toContain(w.ids.draftD);
      for (const feed of ['/api/offers/feed.json', '/api/offers/feed.csv']) expect((await call('anonymous', 'get', feed).expect(200)).text).not.toContain(w.secrets.draftTitle);
    });

    it("candidate A's profile and CV: masked to an unrelated company, CV only to the related one", async () => {
      for (const actor of ['otherCandidate', 'otherRecruiter', 'unverifiedRecruiter', 'admin'] as const) {
        const res = await call(actor, 'get', '/api/candidates/:candidateA/cv').expect(403);
        expect(res.headers['content-type']).not.toContain('application/pdf');
        expect(res.text ?? '').not.toContain('%PDF');
      }
      const masked = await call('otherRecruiter', 'get', '/api/candidates/:candidateA').expect(200);
      expect(masked.body).toMatchObject({ firstName: null, lastName: null, email: null, cv: null });
      expectNoIdentityOfA(masked);
      const talents = await call('otherRecruiter', 'get', `/api/talents?pageSize=100&q=${encodeURIComponent(w.secrets.candidateLastName)}`).expect(200);
      expectNoIdentityOfA(talents);
      // B's own CV route gives B's file, never A's.
      const own = await call('otherCandidate', 'get', '/api/candidates/me/cv').buffer(true).parse(binary).expect(200);
      expect(Buffer.compare(own.body as Buffer, PDF_B)).toBe(0);
      const related = await call('recruiter', 'get', '/api/candidates/:candidateA/cv').buffer(true).parse(binary).expect(200);
      expect(Buffer.compare(related.body as Buffer, PDF_A)).toBe(0);
    });
  });

  for (const row of ROWS) {
    ACTORS.forEach((actor, i) => {
      const expected = row.cells[i]!;
      const name = `${row.method.toUpperCase()} ${row.path}${row.note ? ` (${row.note})` : ''} as ${ACTOR_LABEL[actor]} → ${statusLabel(expected)}`;
      it(name, async () => {
        const res = await send(w, row, actor);
        const allowed = ([] as number[]).concat(expected);
        if (!allowed.includes(res.status)) {
          throw new Error(`got ${res.status}, expected ${statusLabel(expected)}: ${JSON.stringify(res.body).slice(0, 400)}`);
        }
      });
    });
  }
});
