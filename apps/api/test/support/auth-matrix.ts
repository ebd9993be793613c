/**
 * The one fixture world of the authorisation matrix (test/authorization-matrix.e2e-spec.ts): seven actors and
 * the resources they own, built through the real API where the act itself matters (applying, contacting,
 * uploading a CV) and through Prisma otherwise. `fresh*` helpers give a cell its own target when the success
 * path would change state, so cells stay independent of each other and of their order.
 */
import { randomBytes } from 'node:crypto';
import type { Response, Test } from 'supertest';
import { signLink } from '@talents/db';
import { APP_CONFIG, type AppConfig } from '../../src/common/config/app-config';
import { adminToken, type TestApp } from './app';
import { bearer, candidateWithProfile, publishedOffer, randomSiren, recruiterWithCompany } from './marketplace';

export const ACTORS = ['anonymous', 'candidate', 'otherCandidate', 'otherRecruiter', 'recruiter', 'unverifiedRecruiter', 'admin'] as const;
export type Actor = (typeof ACTORS)[number];

export const ACTOR_LABEL: Record<Actor, string> = {
  anonymous: 'anonymous',
  candidate: 'candidate',
  otherCandidate: 'other candidate',
  otherRecruiter: 'recruiter of another company',
  recruiter: 'recruiter',
  unverifiedRecruiter: 'unverified-company recruiter',
  admin: 'admin',
};

export const PDF_A = Buffer.from('%PDF-1.4\n% candidate A\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
export const PDF_B = Buffer.from('%PDF-1.4\n% candidate B\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** One line of the matrix. */
export type Status = number | number[];
/** Expected statuses in ACTORS order: anonymous, candidate, other candidate, other company's recruiter, recruiter, unverified recruiter, admin. */
export type Cells = [Status, Status, Status, Status, Status, Status, Status];
export interface Row {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** `:name` is replaced by `fresh(...)[name]` or else `world.ids[name]`. */
  path: string;
  cells: Cells;
  body?: (w: World, actor: Actor) => unknown;
  /** Per-cell targets, for cells whose success path would change shared state. */
  fresh?: (w: World, actor: Actor) => Promise<Record<string, string>>;
  cv?: true;
  /** Told apart in test names when one path has several rows. */
  note?: string;
}

export const statusLabel = (s: Status) => (Array.isArray(s) ? s.join('|') : String(s));

export interface World {
  t: TestApp;
  tokens: Record<Actor, string | null>;
  userIds: Record<Exclude<Actor, 'anonymous' | 'admin'>, string>;
  /** What must never reach someone else: candidate A's identity, R1's e-mail, the draft's title. */
  secrets: { candidateEmail: string; candidateFirstName: string; candidateLastName: string; recruiterEmail: string; draftTitle: string };
  ids: {
    candidateA: string; candidateB: string; company1: string; company2: string; company3: string;
    offerX: string; draftD: string; draftU: string; applicationA: string; contactRequestA: string; notificationA: string;
    /** Candidate A's saved offer search, and the signed token of its unsubscribe link. */
    alertA: string; alertTokenA: string;
  };
}

export async function buildWorld(t: TestApp): Promise<World> {
  const tag = randomBytes(3).toString('hex');
  const a = await candidateWithProfile(t, { firstName: 'Apolline', lastName: `Matrixa-${tag}`, visibility: 'ANONYMOUS' });
  const b = await candidateWithProfile(t, { firstName: 'Bérénice', lastName: `Matrixb-${tag}`, visibility: 'ANONYMOUS' });
  const r1 = await recruiterWithCompany(t, { name: `Société Une ${tag}` });
  const r2 = await recruiterWithCompany(t, { name: `Société Deux ${tag}` });
  const u = await recruiterWithCompany(t, { verified: false, name: `Société Trois ${tag}` });
  const admin = await adminToken(t);

  const offerX = await publishedOffer(t, r1.companyId, r1.userId, { title: `Offre publiée ${tag}` });
  const draftTitle = `Brouillon confidentiel ${tag}`;
  const draftD = await draftOffer(t, r1.companyId, r1.userId, draftTitle);
  const draftU = await draftOffer(t, u.companyId, u.userId, `Brouillon non vérifié ${tag}`);

  const applied = await t.http.post(`/api/offers/${offerX.id}/applications`).set(bearer(a)).send({ message: 'Bonjour' }).expect(201);
  await t.http.post('/api/candidates/me/cv').set(bearer(a)).attach('file', PDF_A, { filename: 'cv-a.pdf', contentType: 'application/pdf' }).expect(200);
  await t.http.post('/api/candidates/me/cv').set(bearer(b)).attach('file', PDF_B, { filename: 'cv-b.pdf', contentType: 'application/pdf' }).expect(200);
  const contact = await t.http
    .post(`/api/talents/${a.profileId}/contact-requests`)
    .set(bearer(r1))
    .send({ message: 'Nous aimerions échanger avec vous.' })
    .expect(201);
  // Sending the request notified candidate A: that is A's notification.
  const notification = await t.prisma.notification.findFirstOrThrow({ where: { userId: a.userId, type: 'contact-request.created' } });
  const alert = await t.http.post('/api/alerts').set(bearer(a)).send(OFFER_ALERT).expect(201);

  return {
    t,
    tokens: {
      anonymous: null, candidate: a.accessToken, otherCandidate: b.accessToken, otherRecruiter: r2.accessToken,
      recruiter: r1.accessToken, unverifiedRecruiter: u.accessToken, admin,
    },
    userIds: { candidate: a.userId, otherCandidate: b.userId, otherRecruiter: r2.userId, recruiter: r1.userId, unverifiedRecruiter: u.userId },
    secrets: { candidateEmail: a.email, candidateFirstName: 'Apolline', candidateLastName: a.profile.lastName, recruiterEmail: r1.email, draftTitle },
    ids: {
      candidateA: a.profileId, candidateB: b.profileId, company1: r1.companyId, company2: r2.companyId, company3: u.companyId,
      offerX: offerX.id, draftD: draftD.id, draftU: draftU.id, applicationA: applied.body.id as string,
      contactRequestA: contact.body.id as string, notificationA: notification.id,
      alertA: alert.body.id as string, alertTokenA: unsubscribeToken(t, alert.body.id as string),
    },
  };
}

export const OFFER_ALERT = { kind: 'OFFERS', name: 'Offres à Lille', frequency: 'DAILY', filters: { basin: ['LILLE'] } };
export const TALENT_ALERT = { kind: 'TALENTS', name: 'Talents à Lille', frequency: 'WEEKLY', filters: { basin: ['LILLE'] } };

export function unsubscribeToken(t: TestApp, alertId: string): string {
  return encodeURIComponent(signLink(t.app.get<AppConfig>(APP_CONFIG).LINK_SIGNING_SECRET, 'alert-unsubscribe', alertId));
}

/** A new offer alert of candidate A, for cells whose success path deletes or unsubscribes it. */
export async function freshAlertOfA(w: World): Promise<{ freshAlert: string; freshToken: string }> {
  const alert = await w.t.prisma.alert.create({ data: { userId: w.userIds.candidate, kind: 'OFFERS', name: 'Alerte jetable', frequency: 'DAILY' } });
  return { freshAlert: alert.id, freshToken: unsubscribeToken(w.t, alert.id) };
}

export function draftOffer(t: TestApp, companyId: string, createdById: string, title = 'Brouillon') {
  return publishedOffer(t, companyId, createdById, { title, status: 'DRAFT', publishedAt: null, expiresAt: null });
}

/** A draft of company 1, for publish/close cells (their success path changes the offer's state). */
export async function freshDraftOfCompany1(w: World): Promise<string> {
  return (await draftOffer(w.t, w.ids.company1, w.userIds.recruiter)).id;
}

/** A new application of candidate A to a new published offer of company 1, sent through the API. */
export async function freshApplicationOfA(w: World): Promise<string> {
  const offer = await publishedOffer(w.t, w.ids.company1, w.userIds.recruiter);
  const res = await w.t.http.post(`/api/offers/${offer.id}/applications`).set('Authorization', `Bearer ${w.tokens.candidate}`).send({}).expect(201);
  return res.body.id as string;
}

/** A pending request to candidate A from a company of its own (the API allows one pending per company). */
export async function freshContactRequestToA(w: World): Promise<string> {
  const company = await bareCompany(w.t, true);
  const row = await w.t.prisma.contactRequest.create({
    data: { companyId: company.id, candidateId: w.ids.candidateA, message: 'Une autre demande de contact.', expiresAt: new Date(Date.now() + 86_400_000) },
  });
  return row.id;
}

/** A candidate written straight to the database (no login needed): a target for contact-request cells. */
export async function bareCandidate(t: TestApp): Promise<string> {
  const user = await t.prisma.user.create({
    data: { email: `bare.${randomBytes(5).toString('hex')}@example.fr`, role: 'CANDIDATE', emailVerifiedAt: new Date() },
  });
  const profile = await t.prisma.candidateProfile.create({
    data: {
      userId: user.id, firstName: 'Dominique', lastName: 'Cible', headline: 'Développeur·se', yearsOfExperience: 1,
      track: 'GRADUATE', basinCode: 'LILLE', town: 'Lille', contractTypes: ['CDI'], visibility: 'ANONYMOUS',
    },
  });
  return profile.id;
}

export function bareCompany(t: TestApp, verified: boolean) {
  return t.prisma.company.create({
    data: {
      name: `Société ${randomBytes(3).toString('hex')}`, siren: randomSiren(), nafCode: '6201Z', size: 'MICRO',
      basinCode: 'LILLE', town: 'Lille', verifiedAt: verified ? new Date() : null,
    },
  });
}

export async function send(w: World, row: Omit<Row, 'cells'>, actor: Actor): Promise<Response> {
  return request(w, row, actor, row.fresh ? await row.fresh(w, actor) : {});
}

/** The supertest request of one cell (chainable: `.expect()`, `.parse()`); `:name` comes from `extra` or the world's ids. */
export function request(w: World, row: Omit<Row, 'cells' | 'fresh'>, actor: Actor, extra: Record<string, string> = {}): Test {
  const params: Record<string, string> = { ...w.ids, ...extra };
  const path = row.path.replace(/:(\w+)/g, (_, name: string) => {
    if (!params[name]) throw new Error(`no value for :${name}`);
    return params[name]!;
  });
  let req = w.t.http[row.method](path);
  const token = w.tokens[actor];
  if (token) req = req.set('Authorization', `Bearer ${token}`);
  if (row.cv) return req.attach('file', actor === 'otherCandidate' ? PDF_B : PDF_A, { filename: 'cv.pdf', contentType: 'application/pdf' });
  const body = row.body?.(w, actor);
  return body === undefined ? req : req.send(body as object);
}
