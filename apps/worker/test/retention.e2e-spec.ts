import { randomBytes, randomUUID } from 'node:crypto';
import { archivedEmail } from '@talents/db';
import { runMaintenanceTask, type MaintenanceDeps } from '../src/scheduled/maintenance';
import { createHarness, type Harness } from './support/harness';
import { mailJobsFor } from './support/import-csv';

describe('retention of inactive accounts (maintenance task "retention", fake clock)', () => {
  let h: Harness;
  let clock: Date;
  let deps: MaintenanceDeps;
  beforeAll(async () => {
    h = await createHarness();
    deps = { prisma: h.prisma, logger: h.logger, now: () => clock, mail: h.mail, files: h.files };
  });
  afterAll(() => h.close());

  const T0 = new Date('2024-01-15T09:00:00Z');
  const monthsAfter = (date: Date, months: number) => {
    const d = new Date(date);
    d.setUTCMonth(d.getUTCMonth() + months);
    return d;
  };
  const daysAfter = (date: Date, days: number) => new Date(date.getTime() + days * 24 * 3600 * 1000);

  async function candidate(opts: { lastLoginAt?: Date | null; createdAt?: Date; role?: 'CANDIDATE' | 'RECRUITER' | 'ADMIN' } = {}) {
    const suffix = randomBytes(5).toString('hex');
    const lastName = `Inactif${suffix}`;
    const user = await h.prisma.user.create({
      data: {
        email: `retention.${suffix}@example.fr`, role: opts.role ?? 'CANDIDATE', passwordHash: '$argon2id$fake', emailVerifiedAt: T0,
        createdAt: opts.createdAt ?? T0, lastLoginAt: opts.lastLoginAt === undefined ? T0 : opts.lastLoginAt,
      },
    });
    const profile = opts.role && opts.role !== 'CANDIDATE' ? null : await h.prisma.candidateProfile.create({
      data: { userId: user.id, firstName: 'Dominique', lastName, basinCode: 'LILLE', cvStorageKey: (await h.files.put('cv', Buffer.from('%PDF-1.4'))).key },
    });
    if (profile) await h.indexer.syncCandidate(profile.id);
    return { user, profile, lastName };
  }
  const reload = (id: string) => h.prisma.user.findUniqueOrThrow({ where: { id }, include: { candidateProfile: true } });
  const warningsFor = async (id: string) => (await mailJobsFor(h, [id])).filter((m) => m.template === 'account.inactivity-warning');

  it('warns once an account is 24 months inactive, not at 23, and only once', async () => {
    const c = await candidate();
    const never = await candidate({ lastLoginAt: null, createdAt: T0 });
    const admin = await candidate({ role: 'ADMIN' });

    clock = monthsAfter(T0, 23);
    await runMaintenanceTask('retention', deps);
    expect((await reload(c.user.id)).warnedInactiveAt).toBeNull();
    expect(await warningsFor(c.user.id)).toEqual([]);

    clock = monthsAfter(T0, 24);
    await runMaintenanceTask('retention', deps);
    expect((await reload(c.user.id)).warnedInactiveAt).toEqual(clock);
    expect((await reload(never.user.id)).warnedInactiveAt).toEqual(clock);
    expect((await reload(admin.user.id)).warnedInactiveAt).toBeNull();
    const [mail] = await warningsFor(c.user.id);
    expect(mail).toMatchObject({ template: 'account.inactivity-warning', userId: c.user.id, essential: true });

    clock = daysAfter(monthsAfter(T0, 24), 1);
    await runMaintenanceTask('retention', deps);
    expect((await reload(c.user.id)).warnedInactiveAt).toEqual(monthsAfter(T0, 24));
    expect(await warningsFor(c.user.id)).toHaveLength(1);
  });

  it('archives 30 days after the warning: no e-mail, name, profile, CV, session or search document left; the row stays for statistics', async () => {
    const c = await candidate();
    await h.prisma.refreshToken.create({ data: { userId: c.user.id, tokenHash: randomBytes(16).toString('hex'), familyId: randomUUID(), expiresAt: daysAfter(T0, 30) } });
    expect(await h.prisma.searchCandidate.count({ where: { id: c.profile!.id } })).toBe(1);
    const warnedAt = monthsAfter(T0, 24);
    clock = warnedAt;
    await runMaintenanceTask('retention', deps);

    clock = daysAfter(warnedAt, 29);
    await runMaintenanceTask('retention', deps);
    expect((await reload(c.user.id)).archivedAt).toBeNull();

    clock = daysAfter(warnedAt, 30);
    const result = await runMaintenanceTask('retention', deps);
    expect(result.archived).toBeGreaterThanOrEqual(1);

    const archived = await reload(c.user.id);
    expect(archived).toMatchObject({ email: archivedEmail(c.user.id), passwordHash: null, emailVerifiedAt: null, archivedAt: clock, candidateProfile: null });
    const [{ n }] = await h.prisma.$queryRaw<{ n: bigint }[]>`
      SELECT (SELECT count(*) FROM users u WHERE u::text ILIKE ${`%${c.user.email}%`})
           + (SELECT count(*) FROM candidate_profiles p WHERE p::text ILIKE ${`%${c.lastName}%`})
           + (SELECT count(*) FROM search_candidates s WHERE s.id = ${c.profile!.id}::uuid) AS n`;
    expect(Number(n)).toBe(0);
    expect(await h.prisma.refreshToken.count({ where: { userId: c.user.id } })).toBe(0);
    expect(await h.files.get(c.profile!.cvStorageKey!)).toBeNull();
    expect(await h.prisma.outboxEvent.count({ where: { type: 'user.archived', aggregateId: c.user.id } })).toBe(1);
    expect(await h.prisma.auditLog.findFirst({ where: { action: 'user.archive', targetId: c.user.id } })).toMatchObject({ actorId: null, metadata: { role: 'CANDIDATE', reason: 'inactivity' } });

    // A second run finds nothing more to do with this account.
    await runMaintenanceTask('retention', deps);
    expect(await h.prisma.auditLog.count({ where: { action: 'user.archive', targetId: c.user.id } })).toBe(1);
  });

  it('does not archive an account whose owner logged in after the warning', async () => {
    const c = await candidate();
    const warnedAt = monthsAfter(T0, 24);
    clock = warnedAt;
    await runMaintenanceTask('retention', deps);
    // What the API's login does: a fresh lastLoginAt and the warning cleared.
    await h.prisma.user.update({ where: { id: c.user.id }, data: { lastLoginAt: daysAfter(warnedAt, 10), warnedInactiveAt: null } });

    clock = daysAfter(warnedAt, 31);
    await runMaintenanceTask('retention', deps);
    expect(await reload(c.user.id)).toMatchObject({ archivedAt: null, email: c.user.email, warnedInactiveAt: null });
    expect((await reload(c.user.id)).candidateProfile).not.toBeNull();
  });
});
