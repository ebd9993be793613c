/**
 * The API side of retention (the schedule itself is tested in the worker): logging in cancels a warning, and an
 * account archived by removePersonalData (what the worker's retention task runs) keeps nothing personal and
 * cannot be used any more.
 */
import { removePersonalData } from '@talents/db';
import { STRONG_PASSWORD, signUp, startApp, type TestApp } from './support/app';
import { bearer } from './support/marketplace';
import { richCandidate, tablesMentioning } from './gdpr-fixtures';

describe('retention: login after the warning, archived accounts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('logging in after the inactivity warning clears it (so the account is not archived)', async () => {
    const user = await signUp(t);
    await t.prisma.user.update({ where: { id: user.userId }, data: { warnedInactiveAt: new Date(), lastLoginAt: new Date('2024-01-01T00:00:00Z') } });
    await t.http.post('/api/auth/login').send({ email: user.email, password: STRONG_PASSWORD }).expect(200);
    const row = await t.prisma.user.findUniqueOrThrow({ where: { id: user.userId } });
    expect(row.warnedInactiveAt).toBeNull();
    expect(row.lastLoginAt!.getTime()).toBeGreaterThan(new Date('2025-01-01').getTime());
  });

  it('keeping a session alive (refresh) also counts as activity and clears the warning', async () => {
    const user = await signUp(t);
    const old = new Date('2024-01-01T00:00:00Z');
    await t.prisma.user.update({ where: { id: user.userId }, data: { warnedInactiveAt: new Date(), lastLoginAt: old } });
    await t.http.post('/api/auth/refresh').set('Cookie', user.cookie).expect(200);
    const row = await t.prisma.user.findUniqueOrThrow({ where: { id: user.userId } });
    expect(row.warnedInactiveAt).toBeNull();
    expect(row.lastLoginAt!.getTime()).toBeGreaterThan(old.getTime());
  });

  it('an archived account has no e-mail or name left anywhere, keeps its hire as an anonymous count, and cannot log in', async () => {
    const c = await richCandidate(t);
    const hire = await t.prisma.hire.findFirstOrThrow({ where: { candidateId: c.profileId } });

    await t.prisma.$transaction((tx) => removePersonalData(tx, c.userId, 'archive', new Date()));

    expect(await tablesMentioning(t, [c.email, c.lastName])).toEqual([]);
    expect(await t.prisma.user.findUniqueOrThrow({ where: { id: c.userId } })).toMatchObject({ archivedAt: expect.any(Date), passwordHash: null });
    expect(await t.prisma.hire.findUniqueOrThrow({ where: { id: hire.id } })).toMatchObject({ candidateId: null, roleFamilyCode: hire.roleFamilyCode, basinCode: hire.basinCode });
    await t.http.post('/api/auth/login').send({ email: c.email, password: STRONG_PASSWORD }).expect(401);
    await t.http.get('/api/auth/me').set(bearer(c)).expect(401);
    await t.http.post('/api/auth/refresh').set('Cookie', c.cookie).expect(401);
    // Archiving twice does nothing.
    expect(await t.prisma.$transaction((tx) => removePersonalData(tx, c.userId, 'archive', new Date()))).toBeNull();
  });
});
