import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import { QUEUE_NAMES } from '../src/queues/definitions';
import { consumerConnectionOptions } from '../src/redis';
import { registerMaintenanceSchedules, runMaintenanceTask } from '../src/scheduled/maintenance';
import { createHarness, type Harness } from './support/harness';

describe('scheduled maintenance', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.close());

  async function offerFixture(expiresAt: Date) {
    const suffix = randomBytes(4).toString('hex');
    const recruiter = await h.prisma.user.create({ data: { email: `rec.${suffix}@example.fr`, role: 'RECRUITER' } });
    const company = await h.prisma.company.create({
      data: { name: `Expiry ${suffix}`, siren: String(100000000 + Math.floor(Math.random() * 799999999)).slice(0, 9), size: 'MICRO', basinCode: 'LILLE', verifiedAt: new Date() },
    });
    const offer = await h.prisma.offer.create({
      data: {
        companyId: company.id, createdById: recruiter.id, title: `Offre ${suffix}`, description: 'Poste', roleFamilyCode: 'DEV', contractType: 'CDI',
        basinCode: 'LILLE', remotePolicy: 'HYBRID', salaryMin: 35000, salaryMax: 42000, experienceLevel: 'JUNIOR', status: 'PUBLISHED',
        publishedAt: new Date('2026-01-01T00:00:00Z'), expiresAt,
      },
    });
    const candidateUser = await h.prisma.user.create({ data: { email: `cand.${suffix}@example.fr`, role: 'CANDIDATE' } });
    const profile = await h.prisma.candidateProfile.create({ data: { userId: candidateUser.id, firstName: 'Léa', lastName: 'Petit' } });
    await h.prisma.application.create({ data: { offerId: offer.id, candidateId: profile.id } });
    return { offer, candidateUserId: candidateUser.id };
  }

  it('closes published offers past their end date as EXPIRED, tells applicants, and does it once', async () => {
    const now = new Date('2026-03-01T08:00:00Z');
    const due = await offerFixture(new Date('2026-02-28T00:00:00Z'));
    const later = await offerFixture(new Date('2026-04-01T00:00:00Z'));
    const deps = { prisma: h.prisma, logger: h.logger, mail: h.mail, files: h.files, now: () => now };

    const first = await runMaintenanceTask('expire-offers', deps);
    expect(first.closed).toBeGreaterThanOrEqual(1);
    expect(await h.prisma.offer.findUnique({ where: { id: due.offer.id } })).toMatchObject({ status: 'CLOSED', closeReason: 'EXPIRED', closedAt: now });
    expect(await h.prisma.offer.findUnique({ where: { id: later.offer.id } })).toMatchObject({ status: 'PUBLISHED', closeReason: null });
    expect(await h.prisma.notification.count({ where: { userId: due.candidateUserId, type: 'offer.closed' } })).toBe(1);
    expect(await h.prisma.outboxEvent.count({ where: { aggregateId: due.offer.id, type: 'offer.closed' } })).toBe(1);

    await runMaintenanceTask('expire-offers', deps);
    expect(await h.prisma.notification.count({ where: { userId: due.candidateUserId, type: 'offer.closed' } })).toBe(1);
  });

  it('registers its schedules idempotently, whatever the number of workers', async () => {
    const queue = new Queue(QUEUE_NAMES.maintenance, { connection: consumerConnectionOptions(h.config.REDIS_URL), prefix: h.config.QUEUE_PREFIX });
    try {
      await registerMaintenanceSchedules(queue);
      await registerMaintenanceSchedules(queue);
      const schedulers = await queue.getJobSchedulers();
      const byKey = new Map(schedulers.map((s) => [s.key, s]));
      expect([...byKey.keys()].sort()).toEqual(['alert-digest-daily', 'alert-digest-weekly', 'expire-offers', 'nudge-unanswered-applications', 'retention']);
      expect(byKey.get('expire-offers')).toMatchObject({ every: 15 * 60_000 });
      // 08:00 Paris time, daily and on Mondays (the time zone keeps it 08:00 across daylight saving changes).
      expect(byKey.get('alert-digest-daily')).toMatchObject({ pattern: '0 8 * * *', tz: 'Europe/Paris' });
      expect(byKey.get('alert-digest-weekly')).toMatchObject({ pattern: '0 8 * * 1', tz: 'Europe/Paris' });
      expect(byKey.get('nudge-unanswered-applications')).toMatchObject({ pattern: '0 8 * * 1', tz: 'Europe/Paris' });
      // Retention runs nightly, when nobody is sending digests.
      expect(byKey.get('retention')).toMatchObject({ pattern: '0 3 * * *', tz: 'Europe/Paris' });
    } finally {
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });
});
