import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { adminToken, STRONG_PASSWORD, signUp, startApp, type TestApp } from './support/app';
import { bearer, randomSiren, recruiterWithCompany } from './support/marketplace';
import { IndexerService } from '../src/search/indexer.service';
import { profileBody } from './candidates-fixtures';
import { richCandidate, tablesMentioning } from './gdpr-fixtures';

const exists = (path: string) => access(path).then(() => true, () => false);

describe('DELETE /api/me (erasure)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('erases the person everywhere: no table mentions their e-mail or name, the CV file is gone, hires stay anonymous', async () => {
    const c = await richCandidate(t);
    const hire = await t.prisma.hire.findFirstOrThrow({ where: { candidateId: c.profileId } });
    expect(await tablesMentioning(t, [c.email, c.lastName])).not.toEqual([]);
    expect(await t.prisma.searchCandidate.count({ where: { id: c.profileId } })).toBe(1);
    expect(await exists(join(process.env.FILE_STORE_DIR!, c.cvKey))).toBe(true);

    await t.http.delete('/api/me').set(bearer(c)).send({ password: STRONG_PASSWORD }).expect(204);

    expect(await tablesMentioning(t, [c.email, c.lastName])).toEqual([]);
    expect(await exists(join(process.env.FILE_STORE_DIR!, c.cvKey))).toBe(false);
    // The hire survives as an anonymous KPI row: links NULL, dimensions intact.
    const kept = await t.prisma.hire.findUniqueOrThrow({ where: { id: hire.id } });
    expect(kept).toMatchObject({ candidateId: null, applicationId: null, offerId: c.offerId, roleFamilyCode: hire.roleFamilyCode, basinCode: hire.basinCode, track: hire.track, gender: hire.gender });
    // The erasure is logged without personal data, and announced to the worker by ids only.
    const entry = await t.prisma.auditLog.findFirstOrThrow({ where: { action: 'user.erase', targetId: c.userId } });
    expect(entry).toMatchObject({ actorId: null, targetType: 'user', metadata: { role: 'CANDIDATE' } });
    const event = await t.prisma.outboxEvent.findFirstOrThrow({ where: { type: 'user.erased', aggregateId: c.userId } });
    expect(event.payload).toEqual({ candidateId: c.profileId });
    // The recruiter's audited view of the profile is still in the (append-only) trail, by id only.
    expect(await t.prisma.auditLog.count({ where: { action: 'candidate.view', targetId: c.profileId } })).toBeGreaterThan(0);

    // The session and the credentials are worthless now.
    await t.http.get('/api/me/export').set(bearer(c)).expect(401);
    await t.http.post('/api/auth/login').send({ email: c.email, password: STRONG_PASSWORD }).expect(401);
    await t.http.post('/api/auth/refresh').set('Cookie', c.cookie).expect(401);
    // The recruiter's side is intact.
    await t.http.get(`/api/companies/${c.recruiter.companyId}`).set(bearer(c.recruiter)).expect(200);
  });

  it('still erases when the search engine is down: the PostgreSQL document goes in the transaction, the worker retries the rest', async () => {
    const c = await signUp(t);
    const put = await t.http.put('/api/candidates/me').set(bearer(c)).send(profileBody()).expect(200);
    const indexer = t.app.get(IndexerService);
    await indexer.syncCandidate(put.body.id);
    const spy = jest.spyOn(indexer, 'syncCandidate').mockRejectedValueOnce(new Error('engine unreachable'));
    try {
      await t.http.delete('/api/me').set(bearer(c)).send({ password: STRONG_PASSWORD }).expect(204);
    } finally {
      spy.mockRestore();
    }
    expect(await t.prisma.searchCandidate.count({ where: { id: put.body.id } })).toBe(0);
    expect(await t.prisma.searchCandidateDoc.count({ where: { id: put.body.id } })).toBe(0); // the displayed document (bio, name)
    expect(await t.prisma.outboxEvent.count({ where: { type: 'user.erased', aggregateId: c.userId } })).toBe(1);
  });

  it('requires the password again: a wrong one is 401 and erases nothing', async () => {
    const c = await signUp(t);
    const res = await t.http.delete('/api/me').set(bearer(c)).send({ password: 'Wrong-Password-99' }).expect(401);
    expect(res.body).toMatchObject({ statusCode: 401 });
    expect(await t.prisma.user.count({ where: { id: c.userId } })).toBe(1);
  });

  it('rejects a malformed body with field details and erases nothing; anonymous callers get 401', async () => {
    const c = await signUp(t);
    for (const body of [{}, { password: '' }, { password: 42 }, { password: STRONG_PASSWORD, extra: true }]) {
      const res = await t.http.delete('/api/me').set(bearer(c)).send(body).expect(400);
      expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: expect.any(String), message: expect.any(String) })]));
    }
    expect(await t.prisma.user.count({ where: { id: c.userId } })).toBe(1);
    await t.http.delete('/api/me').send({ password: STRONG_PASSWORD }).expect(401);
    await t.http.get('/api/me/export').expect(401);
  });

  it('keeps the companies of an erased recruiter: ownership passes to a colleague, a company left without members stays', async () => {
    const owner = await recruiterWithCompany(t);
    const colleague = await signUp(t, 'RECRUITER');
    await t.prisma.companyMembership.create({ data: { companyId: owner.companyId, userId: colleague.userId, role: 'MEMBER' } });
    const alone = await t.prisma.company.create({
      data: { name: 'Solo SAS', siren: randomSiren(), size: 'MICRO', basinCode: 'LILLE', memberships: { create: { userId: owner.userId, role: 'OWNER' } } },
    });
    const offer = await t.prisma.offer.create({
      data: {
        companyId: owner.companyId, createdById: owner.userId, title: 'Dev', description: 'Une offre.', roleFamilyCode: 'DEV', contractType: 'CDI',
        basinCode: 'LILLE', remotePolicy: 'ONSITE', salaryMin: 35000, salaryMax: 40000, experienceLevel: 'JUNIOR',
      },
    });

    await t.http.delete('/api/me').set(bearer(owner)).send({ password: STRONG_PASSWORD }).expect(204);

    expect(await t.prisma.companyMembership.findFirstOrThrow({ where: { companyId: owner.companyId, userId: colleague.userId } })).toMatchObject({ role: 'OWNER' });
    expect(await t.prisma.company.findUnique({ where: { id: alone.id } })).not.toBeNull();
    expect(await t.prisma.companyMembership.count({ where: { companyId: alone.id } })).toBe(0);
    expect(await t.prisma.offer.findUniqueOrThrow({ where: { id: offer.id } })).toMatchObject({ createdById: null });
    expect(await tablesMentioning(t, [owner.email])).toEqual([]);
  });

  it('refuses to erase the last administrator (409) but erases an admin when another one remains', async () => {
    const token = await adminToken(t);
    const me = await t.http.get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    // Other admins created by earlier tests of this run are set aside (archived admins cannot log in).
    const others = await t.prisma.user.findMany({ where: { role: 'ADMIN', archivedAt: null, id: { not: me.body.id } }, select: { id: true } });
    await t.prisma.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { archivedAt: new Date() } });
    try {
      const res = await t.http.delete('/api/me').set('Authorization', `Bearer ${token}`).send({ password: STRONG_PASSWORD }).expect(409);
      expect(res.body.details).toEqual([{ field: 'role', message: expect.any(String) }]);
      expect(await t.prisma.user.count({ where: { id: me.body.id } })).toBe(1);
    } finally {
      await t.prisma.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { archivedAt: null } });
    }
    await adminToken(t);
    await t.http.delete('/api/me').set('Authorization', `Bearer ${token}`).send({ password: STRONG_PASSWORD }).expect(204);
    expect(await t.prisma.user.count({ where: { id: me.body.id } })).toBe(0);
  });
});
