import { STRONG_PASSWORD, signUp, startApp, uniqueEmail, type TestApp } from './support/app';
import { latestMailTo, linkToken } from './support/mail';
import { bearer, recruiterWithCompany } from './support/marketplace';

describe('company invitations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  /** Registers the invitee with the invited address after the invitation, as a new colleague would. */
  async function registerAs(email: string) {
    await t.http.post('/api/auth/register').send({ email, password: STRONG_PASSWORD, role: 'RECRUITER' }).expect(201);
    await t.http.post('/api/auth/verify-email').send({ token: linkToken(await latestMailTo(email), '/verify-email') }).expect(204);
    const login = await t.http.post('/api/auth/login').send({ email, password: STRONG_PASSWORD }).expect(200);
    return { email, accessToken: login.body.accessToken as string, userId: login.body.user.id as string };
  }

  it('invites by e-mail; the invitee signs up with that address, accepts once and becomes a member', async () => {
    const owner = await recruiterWithCompany(t);
    const email = uniqueEmail('colleague');
    const res = await t.http.post(`/api/companies/${owner.companyId}/invitations`).set(bearer(owner)).send({ email: email.toUpperCase() }).expect(201);
    expect(res.body.invitation).toMatchObject({ email, companyId: owner.companyId });
    expect(res.body.invitation.token).toBeUndefined();
    const mail = await latestMailTo(email);
    expect(mail.text).toContain('http://web.test/invitations/accept?token=');
    const token = linkToken(mail, '/invitations/accept');

    const colleague = await registerAs(email);
    const accepted = await t.http.post('/api/invitations/accept').set(bearer(colleague)).send({ token }).expect(201);
    expect(accepted.body.company).toMatchObject({ id: owner.companyId, myRole: 'MEMBER' });
    const members = await t.http.get(`/api/companies/${owner.companyId}/members`).set(bearer(colleague)).expect(200);
    expect(members.body.items.map((m: { role: string }) => m.role)).toEqual(['OWNER', 'MEMBER']);
    await t.http.post('/api/invitations/accept').set(bearer(colleague)).send({ token }).expect(400);
    const ownerNotes = await t.prisma.notification.findMany({ where: { userId: owner.userId, type: 'company.member-joined' } });
    expect(ownerNotes).toHaveLength(1);
    // A member is not an owner: no invitations from them; inviting a member again is a conflict.
    await t.http.post(`/api/companies/${owner.companyId}/invitations`).set(bearer(colleague)).send({ email: uniqueEmail() }).expect(403);
    await t.http.post(`/api/companies/${owner.companyId}/invitations`).set(bearer(owner)).send({ email }).expect(409);
  });

  it('notifies an invitee who already has an account, and refuses another account with 403', async () => {
    const owner = await recruiterWithCompany(t);
    const invitee = await signUp(t, 'RECRUITER');
    await t.http.post(`/api/companies/${owner.companyId}/invitations`).set(bearer(owner)).send({ email: invitee.email }).expect(201);
    const note = await t.prisma.notification.findFirst({ where: { userId: invitee.userId, type: 'company.invitation' } });
    expect(note?.payload).toMatchObject({ companyId: owner.companyId, companyName: owner.company.name });
    const token = linkToken(await latestMailTo(invitee.email), '/invitations/accept');

    const intruder = await signUp(t, 'RECRUITER');
    await t.http.post('/api/invitations/accept').set(bearer(intruder)).send({ token }).expect(403);
    const candidate = await signUp(t, 'CANDIDATE');
    await t.http.post('/api/invitations/accept').set(bearer(candidate)).send({ token }).expect(403);
    await t.http.post('/api/invitations/accept').send({ token }).expect(401);
    expect(await t.prisma.companyMembership.count({ where: { companyId: owner.companyId } })).toBe(1);
    await t.http.post('/api/invitations/accept').set(bearer(invitee)).send({ token }).expect(201);
  });

  it('refuses an expired or unknown token with 400 TOKEN_INVALID', async () => {
    const owner = await recruiterWithCompany(t);
    const invitee = await signUp(t, 'RECRUITER');
    await t.http.post(`/api/companies/${owner.companyId}/invitations`).set(bearer(owner)).send({ email: invitee.email }).expect(201);
    const token = linkToken(await latestMailTo(invitee.email), '/invitations/accept');
    await t.prisma.companyInvitation.updateMany({ where: { companyId: owner.companyId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await t.http.post('/api/invitations/accept').set(bearer(invitee)).send({ token }).expect(400);
    expect(expired.body.code).toBe('TOKEN_INVALID');
    await t.http.post('/api/invitations/accept').set(bearer(invitee)).send({ token: 'x'.repeat(43) }).expect(400);
    const malformed = await t.http.post('/api/invitations/accept').set(bearer(invitee)).send({ token: 'short' }).expect(400);
    expect(malformed.body.details[0].field).toBe('token');
  });

  it('lets only the owner of this company invite, with a valid address', async () => {
    const owner = await recruiterWithCompany(t);
    const other = await recruiterWithCompany(t);
    await t.http.post(`/api/companies/${owner.companyId}/invitations`).set(bearer(other)).send({ email: uniqueEmail() }).expect(403);
    const bad = await t.http.post(`/api/companies/${owner.companyId}/invitations`).set(bearer(owner)).send({ email: 'nope' }).expect(400);
    expect(bad.body.details[0].field).toBe('email');
    expect(await t.prisma.companyInvitation.count({ where: { companyId: owner.companyId } })).toBe(0);
  });
});
