import type { Job, Worker } from 'bullmq';
import { fanOutOffer } from '../src/alerts/alert-fan-out';
import { mailJobId } from '../src/mail/mail-job';
import { createHandlerRegistry } from '../src/processors/event-handlers';
import { eventHandlers } from '../src/processors/handlers';
import { createAlert, createUser, draftOffer, publishOffer, recruiterWithCompany, saveProfile } from './support/alert-fixtures';
import { createHarness, type Harness, resetOutbox, waitForReady } from './support/harness';
import { mailsTo } from './support/mailbox';
import { startMailWorker } from './support/mail-worker';

/** Offers published and profiles saved through the outbox reach the matching alerts: relay → queue → handlers. */
describe('alert fan-out', () => {
  let h: Harness;
  let worker: Worker;
  const outcomes = new Map<string, { resolve: (job: Job) => void; reject: (err: Error) => void }>();
  let recruiter: { userId: string; companyId: string };

  beforeAll(async () => {
    h = await createHarness();
    worker = h.createWorker(createHandlerRegistry(eventHandlers));
    worker.on('completed', (job) => outcomes.get(job.id!)?.resolve(job));
    worker.on('failed', (job, err) => {
      if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) outcomes.get(job.id!)?.reject(err);
    });
    await worker.waitUntilReady();
    recruiter = await recruiterWithCompany(h.prisma);
  });
  afterAll(async () => {
    await worker.close();
    await h.close();
  });
  beforeEach(async () => {
    await resetOutbox(h.prisma);
    await h.prisma.alert.deleteMany({});
  });

  /** Relays the outbox and waits until the event's job has completed (all its handlers ran). */
  async function deliver(eventId: string): Promise<Job> {
    const done = new Promise<Job>((resolve, reject) => outcomes.set(eventId, { resolve, reject }));
    const { relay, connection } = h.createRelay();
    await waitForReady(connection);
    await relay.relayOnce();
    return done;
  }

  async function publish(data: Parameters<typeof draftOffer>[3] = {}): Promise<{ offerId: string; eventId: string }> {
    const offer = await draftOffer(h.prisma, recruiter.companyId, recruiter.userId, data);
    const eventId = await publishOffer(h.prisma, offer.id);
    return { offerId: offer.id, eventId };
  }

  const notificationsOf = (userId: string) => h.prisma.notification.findMany({ where: { userId, type: 'alert.match' } });
  async function mailJobsFor(alertId: string) {
    const jobs = await h.mail.queue.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed']);
    return jobs.filter((job) => job.data.alertId === alertId);
  }
  const deliveriesOf = (alertId: string) => h.prisma.alertDelivery.findMany({ where: { alertId } });

  it('gives a matching INSTANT alert one notification and one mail job, and nothing to the others', async () => {
    const [fan, other, quitter, daily, suspended] = await Promise.all([0, 1, 2, 3, 4].map(() => createUser(h.prisma)));
    await h.prisma.user.update({ where: { id: suspended.id }, data: { suspendedAt: new Date() } });
    const instant = await createAlert(h.prisma, fan.id, { query: 'node', filters: { roleFamily: ['DEV'], basin: ['LILLE'], contractType: ['CDI'] } });
    const nonMatching = await createAlert(h.prisma, other.id, { filters: { roleFamily: ['SALES'] } });
    const unsubscribed = await createAlert(h.prisma, quitter.id, { filters: { roleFamily: ['DEV'] }, unsubscribedAt: new Date() });
    const digest = await createAlert(h.prisma, daily.id, { frequency: 'DAILY', filters: { remote: ['HYBRID', 'REMOTE'] } });
    const ofSuspended = await createAlert(h.prisma, suspended.id, {});
    // The recruiter who publishes the offer is not alerted about it.
    const own = await createAlert(h.prisma, recruiter.userId, {});

    const { offerId, eventId } = await publish();
    await deliver(eventId);

    const notifications = await notificationsOf(fan.id);
    expect(notifications).toHaveLength(1);
    expect(notifications[0]!.payload).toEqual({ alertId: instant.id, alertName: instant.name, kind: 'OFFERS', itemId: offerId, title: 'Développeur back-end Node.js' });
    const mails = await mailJobsFor(instant.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.data).toEqual({ template: 'alert.instant', userId: fan.id, alertId: instant.id, params: { itemId: offerId, kind: 'OFFERS' }, essential: false });
    expect((await h.prisma.alert.findUniqueOrThrow({ where: { id: instant.id } })).lastRunAt).toBeInstanceOf(Date);
    // Already sent: a digest (should the alert become DAILY) does not send it again.
    expect((await deliveriesOf(instant.id))[0]!.digestedAt).toBeInstanceOf(Date);

    for (const [alert, userId] of [[nonMatching, other.id], [unsubscribed, quitter.id], [ofSuspended, suspended.id], [own, recruiter.userId]] as const) {
      expect(await deliveriesOf(alert.id)).toHaveLength(0);
      expect(await notificationsOf(userId)).toHaveLength(0);
      expect(await mailJobsFor(alert.id)).toHaveLength(0);
      expect((await h.prisma.alert.findUniqueOrThrow({ where: { id: alert.id } })).lastRunAt).toBeNull();
    }

    // DAILY: the delivery waits for the digest; no notification, no mail now.
    const rows = await deliveriesOf(digest.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ itemId: offerId, digestedAt: null });
    expect(await notificationsOf(daily.id)).toHaveLength(0);
    expect(await mailJobsFor(digest.id)).toHaveLength(0);
  });

  it('sends a candidate with an INSTANT alert exactly one e-mail for a matching offer, and none once unsubscribed', async () => {
    const mailer = await startMailWorker(h);
    try {
      const fan = await createUser(h.prisma);
      const alert = await createAlert(h.prisma, fan.id, { query: 'développeur node' });
      const first = await publish();
      await deliver(first.eventId);
      expect(await mailer.settled(mailJobId(`alert:${alert.id}:${first.offerId}`))).toMatchObject({ state: 'completed' });

      const received = await mailsTo(mailer.dir, fan.email);
      expect(received).toHaveLength(1);
      expect(received[0]!.text).toContain('Développeur back-end Node.js');
      expect(received[0]!.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

      // What the one-click unsubscribe does (API side): the alert stays, marked unsubscribed.
      await h.prisma.alert.update({ where: { id: alert.id }, data: { unsubscribedAt: new Date() } });
      const second = await publish();
      await deliver(second.eventId);
      expect(await deliveriesOf(alert.id)).toHaveLength(1);
      expect(await mailJobsFor(alert.id)).toHaveLength(1);
      expect(await mailsTo(mailer.dir, fan.email)).toHaveLength(1);
    } finally {
      await mailer.close();
    }
  });

  it('matches the free text like search does: accents, synonyms, every word required', async () => {
    const users = await Promise.all([0, 1, 2, 3].map(() => createUser(h.prisma)));
    const unaccented = await createAlert(h.prisma, users[0]!.id, { query: 'developpeur' });
    const synonym = await createAlert(h.prisma, users[1]!.id, { query: 'JS lillois' });
    const missingWord = await createAlert(h.prisma, users[2]!.id, { query: 'développeur cobol' });
    const typo = await createAlert(h.prisma, users[3]!.id, { query: 'Javscript' });

    const { eventId } = await publish({ title: 'Développeur JavaScript', description: 'Une équipe lilloise, des produits utiles.' });
    await deliver(eventId);

    expect(await deliveriesOf(unaccented.id)).toHaveLength(1);
    expect(await deliveriesOf(synonym.id)).toHaveLength(1);
    expect(await deliveriesOf(typo.id)).toHaveLength(1);
    expect(await deliveriesOf(missingWord.id)).toHaveLength(0);
  });

  it('applies the radius around the alert point, placing an offer without coordinates at its basin centre', async () => {
    const [near, far] = await Promise.all([createUser(h.prisma), createUser(h.prisma)]);
    // Roubaix is ~12 km from Lille's centre; Amiens ~105 km.
    const roubaix = await createAlert(h.prisma, near.id, { filters: { lat: 50.6942, lon: 3.1746, radiusKm: 20 } });
    const amiens = await createAlert(h.prisma, far.id, { filters: { lat: 49.8941, lon: 2.2958, radiusKm: 50 } });

    const { eventId } = await publish({ basinCode: 'LILLE', lat: null, lon: null });
    await deliver(eventId);

    expect(await deliveriesOf(roubaix.id)).toHaveLength(1);
    expect(await deliveriesOf(amiens.id)).toHaveLength(0);
  });

  it('notifies and mails once when the same outbox event is processed twice', async () => {
    const fan = await createUser(h.prisma);
    const alert = await createAlert(h.prisma, fan.id, {});
    const { eventId } = await publish();
    await deliver(eventId);

    // As if the relay had crashed before marking the event published and its job had left the queue since.
    await h.prisma.outboxEvent.update({ where: { id: eventId }, data: { publishedAt: null } });
    await (await h.queue.getJob(eventId))!.remove();
    const again = await deliver(eventId);

    expect(again.id).toBe(eventId);
    expect(await notificationsOf(fan.id)).toHaveLength(1);
    expect(await deliveriesOf(alert.id)).toHaveLength(1);
    expect(await mailJobsFor(alert.id)).toHaveLength(1);
  });

  it('queues the mail on the retry when queuing failed after the deliveries were recorded', async () => {
    const fan = await createUser(h.prisma);
    const alert = await createAlert(h.prisma, fan.id, {});
    const addBulk = h.mail.queue.addBulk.bind(h.mail.queue);
    let failures = 1;
    const spy = jest.spyOn(h.mail.queue, 'addBulk').mockImplementation(async (jobs) => {
      if (failures-- > 0) throw new Error('Connection is closed.');
      return addBulk(jobs);
    });
    try {
      const { eventId } = await publish();
      const done = new Promise<Job>((resolve, reject) => outcomes.set(eventId, { resolve, reject }));
      // Fast retry for the test (the relay's own jobs back off from 1 s).
      const { relay, connection } = h.createRelay();
      await waitForReady(connection);
      await relay.relayOnce();
      const job = await done;
      expect(job.attemptsMade).toBeGreaterThanOrEqual(1);
    } finally {
      spy.mockRestore();
    }
    expect(await notificationsOf(fan.id)).toHaveLength(1);
    expect(await mailJobsFor(alert.id)).toHaveLength(1);
  });

  it('works through every matching alert in batches', async () => {
    const users = await Promise.all([0, 1, 2, 3, 4].map(() => createUser(h.prisma)));
    const alerts = await Promise.all(users.map((u, i) => createAlert(h.prisma, u.id, { frequency: i % 2 ? 'WEEKLY' : 'INSTANT' })));
    const offer = await draftOffer(h.prisma, recruiter.companyId, recruiter.userId);
    await h.prisma.offer.update({ where: { id: offer.id }, data: { status: 'PUBLISHED', publishedAt: new Date() } });

    const result = await fanOutOffer({ prisma: h.prisma, mail: h.mail, logger: h.logger, batchSize: 2 }, offer.id, new Date());

    expect(result).toEqual({ matched: 5, delivered: 5, mailsQueued: 3 });
    for (const alert of alerts) expect(await deliveriesOf(alert.id)).toHaveLength(1);
    expect((await Promise.all(users.map((u) => notificationsOf(u.id)))).map((n) => n.length)).toEqual([1, 0, 1, 0, 1]);
  });

  it('alerts recruiters about a visible profile matching their talent search, never about a hidden one', async () => {
    const verified = await recruiterWithCompany(h.prisma);
    const unverified = await recruiterWithCompany(h.prisma, { verified: false });
    const talents = { kind: 'TALENTS' as const, query: 'typescript', filters: { roleFamily: ['DEV'], skills: ['TypeScript'], basin: ['LILLE'], minExperience: 2 } };
    const alert = await createAlert(h.prisma, verified.userId, talents);
    const seniorOnly = await createAlert(h.prisma, verified.userId, { ...talents, filters: { ...talents.filters, minExperience: 10 } });
    const notAllowed = await createAlert(h.prisma, unverified.userId, talents);
    const candidate = await createUser(h.prisma);

    const hidden = await saveProfile(h.prisma, candidate.id, { visibility: 'HIDDEN' }, ['typescript']);
    await h.prisma.candidateRoleFamily.create({ data: { candidateId: hidden.profileId, roleFamilyCode: 'DEV' } });
    await deliver(hidden.eventId);
    expect(await deliveriesOf(alert.id)).toHaveLength(0);

    const visible = await saveProfile(h.prisma, candidate.id, { visibility: 'ANONYMOUS' });
    await deliver(visible.eventId);

    const notifications = await notificationsOf(verified.userId);
    expect(notifications).toHaveLength(1);
    expect(notifications[0]!.payload).toEqual({ alertId: alert.id, alertName: alert.name, kind: 'TALENTS', itemId: visible.profileId, title: 'Développeuse full-stack TypeScript' });
    expect(await mailJobsFor(alert.id)).toHaveLength(1);
    expect(await deliveriesOf(seniorOnly.id)).toHaveLength(0);
    expect(await deliveriesOf(notAllowed.id)).toHaveLength(0);

    // Saving the profile again does not alert twice.
    const resaved = await saveProfile(h.prisma, candidate.id, { visibility: 'PUBLIC' });
    await deliver(resaved.eventId);
    expect(await notificationsOf(verified.userId)).toHaveLength(1);
  });
});
