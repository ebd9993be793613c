import { Mailer } from '@talents/mail';
import type { Job } from 'bullmq';
import { DailyMailCap } from '../src/mail/daily-cap';
import { processMail } from '../src/mail/mail.processor';
import { closeRedis, createCommandConnection } from '../src/redis';
import { runMaintenanceTask } from '../src/scheduled/maintenance';
import { createAlert, createCandidate, createCompany, createOffer } from './support/fixtures';
import { createHarness, type Harness } from './support/harness';
import { createMailDir, readMails } from './support/mailbox';
import { mailDeps } from './support/mail-worker';

/** 08:00 in Paris on Monday 2 March 2026 (UTC+1 in winter). */
const MONDAY_8AM = new Date('2026-03-02T07:00:00Z');
const TUESDAY_8AM = new Date('2026-03-03T07:00:00Z');

describe('alert digests (fake clock)', () => {
  let h: Harness;
  let redis: ReturnType<typeof createCommandConnection>;
  let now = MONDAY_8AM;

  beforeAll(async () => {
    h = await createHarness();
    redis = createCommandConnection(h.config.REDIS_URL, h.config.REDIS_COMMAND_TIMEOUT_MS);
  });
  afterAll(async () => {
    await closeRedis(redis);
    await h.close();
  });
  beforeEach(async () => {
    await h.mail.queue.obliterate({ force: true });
  });

  const deps = () => ({ prisma: h.prisma, logger: h.logger, mail: h.mail, files: h.files, now: () => now });

  /** Digest mails queued for these alerts (other tests' alerts share the database). */
  async function queuedDigests(...alertIds: string[]): Promise<Job[]> {
    return (await h.mail.queue.getJobs(['waiting', 'delayed'])).filter((j) => j.data.template === 'alert.digest' && alertIds.includes(j.data.alertId));
  }

  /** Sends the queued jobs as the mail worker would, into a fresh mailbox. */
  async function deliver(jobs: Job[]) {
    const dir = createMailDir();
    const send = mailDeps(h, { dir, cap: new DailyMailCap(redis, h.config.QUEUE_PREFIX, 100), mailer: new Mailer({ transport: 'file', dir, from: 'test@talents.test' }), now: () => now });
    for (const job of jobs) await processMail(job, send);
    return readMails(dir);
  }

  /** A DAILY offers alert with one delivery per offer, in this order: companies of `offersPerCompany` offers. */
  async function dailyAlertWith(offersPerCompany: number[]) {
    const { user } = await createCandidate(h.prisma);
    const alert = await createAlert(h.prisma, user.id, { frequency: 'DAILY', name: 'Dev Lille' });
    const titles: string[][] = [];
    let t = 0;
    for (const [c, count] of offersPerCompany.entries()) {
      const { company } = await createCompany(h.prisma);
      titles.push([]);
      for (let i = 0; i < count; i += 1) {
        const title = `Poste ${c}-${i}`;
        const offer = await createOffer(h.prisma, company.id, { title });
        t += 1;
        await h.prisma.alertDelivery.create({ data: { alertId: alert.id, itemId: offer.id, createdAt: new Date(MONDAY_8AM.getTime() - 3_600_000 + t * 1000) } });
        titles[c]!.push(title);
      }
    }
    return { user, alert, titles };
  }

  it('sends at most 10 items and 2 per company, marks them digested, and does not send them again the next day', async () => {
    now = MONDAY_8AM;
    // Company 0 has 5 offers, companies 1–5 two each: 15 matches.
    const { user, alert, titles } = await dailyAlertWith([5, 2, 2, 2, 2, 2]);

    const first = await runMaintenanceTask('alert-digest-daily', deps());
    expect(first).toMatchObject({ mails: 1, items: 10 });
    const [mail] = await deliver(await queuedDigests(alert.id));
    expect(mail!.to).toBe(user.email);
    expect(mail!.subject).toBe('Votre sélection du jour : 10 résultat(s) pour « Dev Lille »');
    const listed = (list: string[]) => list.filter((title) => mail!.text.includes(title));
    expect(listed(titles[0]!)).toEqual(['Poste 0-0', 'Poste 0-1']);
    for (const c of [1, 2, 3, 4]) expect(listed(titles[c]!)).toEqual(titles[c]);
    expect(listed(titles[5]!)).toEqual([]);
    expect(mail!.text).toContain('Et 5 autre(s) résultat(s)');
    expect(mail!.header('List-Unsubscribe')).toContain('/api/alerts/unsubscribe?token=');
    expect(await h.prisma.alertDelivery.count({ where: { alertId: alert.id, digestedAt: MONDAY_8AM } })).toBe(10);

    // The same run again (a retry, a second worker): nothing new is queued.
    await h.mail.queue.obliterate({ force: true });
    expect(await runMaintenanceTask('alert-digest-daily', deps())).toMatchObject({ mails: 0 });
    expect(await queuedDigests(alert.id)).toHaveLength(0);

    // Next morning: only what was left over, still at most 2 per company.
    now = TUESDAY_8AM;
    await runMaintenanceTask('alert-digest-daily', deps());
    const [next] = await deliver(await queuedDigests(alert.id));
    const sentAgain = [...titles[1]!, ...titles[2]!, ...titles[3]!, ...titles[4]!, 'Poste 0-0', 'Poste 0-1'].filter((title) => next!.text.includes(title));
    expect(sentAgain).toEqual([]);
    expect(['Poste 0-2', 'Poste 0-3', 'Poste 0-4', ...titles[5]!].filter((title) => next!.text.includes(title))).toEqual(['Poste 0-2', 'Poste 0-3', 'Poste 5-0', 'Poste 5-1']);
    expect(next!.text).toContain('Et 1 autre(s) résultat(s)');
  });

  it('sends nothing when there is nothing new, or when every match has gone meanwhile', async () => {
    now = MONDAY_8AM;
    const { user } = await createCandidate(h.prisma);
    const empty = await createAlert(h.prisma, user.id, { frequency: 'DAILY' });
    const { alert } = await dailyAlertWith([1]);
    const delivery = await h.prisma.alertDelivery.findFirstOrThrow({ where: { alertId: alert.id } });
    await h.prisma.offer.update({ where: { id: delivery.itemId }, data: { status: 'CLOSED', closedAt: MONDAY_8AM } });

    await runMaintenanceTask('alert-digest-daily', deps());
    expect(await queuedDigests(empty.id, alert.id)).toHaveLength(0);
    // The closed offer will not come back in a later digest either.
    expect(await h.prisma.alertDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({ digestedAt: MONDAY_8AM });
  });

  it('leaves WEEKLY alerts to Monday’s weekly run and INSTANT alerts out of digests', async () => {
    now = TUESDAY_8AM;
    const { user } = await createCandidate(h.prisma);
    const { company } = await createCompany(h.prisma);
    const weekly = await createAlert(h.prisma, user.id, { frequency: 'WEEKLY' });
    const instant = await createAlert(h.prisma, user.id, { frequency: 'INSTANT' });
    for (const alert of [weekly, instant]) {
      const offer = await createOffer(h.prisma, company.id);
      await h.prisma.alertDelivery.create({ data: { alertId: alert.id, itemId: offer.id } });
    }
    await runMaintenanceTask('alert-digest-daily', deps());
    expect(await queuedDigests(weekly.id, instant.id)).toHaveLength(0);

    await runMaintenanceTask('alert-digest-weekly', deps());
    const jobs = await queuedDigests(weekly.id, instant.id);
    expect(jobs.map((j) => j.data.alertId)).toEqual([weekly.id]);
    const [mail] = await deliver(jobs);
    expect(mail!.subject).toBe('Votre sélection de la semaine : 1 résultat(s) pour « Développement à Lille »');
  });

  it('lists up to 10 candidates for a talent alert, without their names', async () => {
    now = MONDAY_8AM;
    const { recruiters } = await createCompany(h.prisma, { locale: 'en' });
    const alert = await createAlert(h.prisma, recruiters[0]!.id, { kind: 'TALENTS', frequency: 'DAILY', name: 'Juniors' });
    const profiles = [];
    for (let i = 0; i < 12; i += 1) {
      const { profile } = await createCandidate(h.prisma, { headline: `Junior developer ${i}` });
      profiles.push(profile);
      await h.prisma.alertDelivery.create({ data: { alertId: alert.id, itemId: profile.id, createdAt: new Date(MONDAY_8AM.getTime() - 60_000 + i * 1000) } });
    }
    await runMaintenanceTask('alert-digest-daily', deps());
    const jobs = await queuedDigests(alert.id);
    const [mail] = await deliver(jobs);
    expect(mail!.subject).toBe('Your daily selection: 10 result(s) for “Juniors”');
    expect(mail!.text).toContain('Junior developer 9');
    expect(mail!.text).not.toContain('Junior developer 10');
    expect(mail!.text).toContain(`/recruiter/talents/${profiles[0]!.id}`);
    for (const p of profiles) expect(mail!.text).not.toContain(p.lastName);
  });
});
