import { verifyLink } from '@talents/db';
import { enqueueMail, mailJob } from '../src/mail/mail-job';
import { parisDate } from '../src/mail/daily-cap';
import { createAlert, createCandidate, createCompany, createOffer } from './support/fixtures';
import { createHarness, type Harness } from './support/harness';
import { mailsTo, readMails } from './support/mailbox';
import { LINKS, startMailWorker, type TestMailWorker } from './support/mail-worker';

describe('mail queue processor', () => {
  let h: Harness;
  let mw: TestMailWorker;
  let offerId: string;

  beforeAll(async () => {
    h = await createHarness();
    mw = await startMailWorker(h, { capPerUser: 3 });
    const { company } = await createCompany(h.prisma);
    offerId = (await createOffer(h.prisma, company.id, { title: 'Développeuse React' })).id;
  });
  afterAll(async () => {
    await mw.close();
    await h.close();
  });

  const jobId = (dedupeKey: string): string => `mail-${dedupeKey.replace(/:/g, '_')}`;

  async function send(job: Parameters<typeof enqueueMail>[1], dedupeKey: string) {
    await enqueueMail(h.mail.queue, job, dedupeKey, 3);
    return mw.settled(jobId(dedupeKey));
  }

  it('sends an alert mail in the recipient’s language with a signed one-click unsubscribe link and RFC 8058 headers', async () => {
    const en = await createCandidate(h.prisma, { locale: 'en' });
    const alert = await createAlert(h.prisma, en.user.id, { name: 'React in Lille' });
    const outcome = await send({ template: 'alert.instant', userId: en.user.id, alertId: alert.id, params: { itemId: offerId } }, `alert:${alert.id}:${offerId}`);
    expect(outcome).toMatchObject({ state: 'completed', result: { outcome: 'sent' } });

    const [mail] = await mailsTo(mw.dir, en.user.email);
    expect(mail!.subject).toBe('New offer for your alert “React in Lille”');
    expect(mail!.text).toContain('Développeuse React');
    expect(mail!.text).toContain(`${LINKS.webUrl}/offers/${offerId}`);

    const unsubscribe = /<([^>]+)>/.exec(mail!.header('List-Unsubscribe') ?? '')?.[1] ?? '';
    expect(unsubscribe.startsWith(`${LINKS.apiPublicUrl}/api/alerts/unsubscribe?token=`)).toBe(true);
    const token = new URL(unsubscribe).searchParams.get('token')!;
    expect(verifyLink(h.config.LINK_SIGNING_SECRET, 'alert-unsubscribe', token)).toBe(alert.id);
    expect(mail!.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(mail!.text).toContain(`${LINKS.webUrl}/alertes/desabonnement?token=${token}`);
    expect(mail!.html).toContain(`href="${LINKS.webUrl}/alertes/desabonnement?token=${token}"`);
  });

  it('writes French for a French-speaking recipient', async () => {
    const fr = await createCandidate(h.prisma, { locale: 'fr' });
    const alert = await createAlert(h.prisma, fr.user.id, { name: 'React à Lille' });
    await send({ template: 'alert.instant', userId: fr.user.id, alertId: alert.id, params: { itemId: offerId } }, `alert:${alert.id}:${offerId}`);
    const [mail] = await mailsTo(mw.dir, fr.user.email);
    expect(mail!.subject).toBe('Nouvelle offre pour votre alerte « React à Lille »');
    expect(mail!.text).toContain('Ne plus recevoir cette alerte');
  });

  it('sends one mail when the same dedupe key is queued twice', async () => {
    const c = await createCandidate(h.prisma);
    const alert = await createAlert(h.prisma, c.user.id);
    const job = { template: 'alert.instant', userId: c.user.id, alertId: alert.id, params: { itemId: offerId } };
    await enqueueMail(h.mail.queue, job, `alert:${alert.id}:${offerId}`, 3);
    await enqueueMail(h.mail.queue, job, `alert:${alert.id}:${offerId}`, 3);
    await mw.settled(jobId(`alert:${alert.id}:${offerId}`));
    // Queued again after it was sent: still the same job, nothing new.
    await enqueueMail(h.mail.queue, job, `alert:${alert.id}:${offerId}`, 3);
    expect(await h.mail.queue.getJobCountByTypes('waiting', 'active', 'delayed')).toBe(0);
    expect(await mailsTo(mw.dir, c.user.email)).toHaveLength(1);
  });

  it('sends nothing for an unsubscribed or deleted alert, nor to an erased or suspended account', async () => {
    const c = await createCandidate(h.prisma);
    const unsubscribed = await createAlert(h.prisma, c.user.id, { unsubscribedAt: new Date() });
    const deleted = await createAlert(h.prisma, c.user.id);
    await h.prisma.alert.delete({ where: { id: deleted.id } });
    const suspended = await createCandidate(h.prisma);
    await h.prisma.user.update({ where: { id: suspended.user.id }, data: { suspendedAt: new Date() } });
    const erased = await createCandidate(h.prisma);
    await h.prisma.user.delete({ where: { id: erased.user.id } });

    const outcomes = await Promise.all([
      send({ template: 'alert.instant', userId: c.user.id, alertId: unsubscribed.id, params: { itemId: offerId } }, `skip-1-${c.user.id}`),
      send({ template: 'alert.instant', userId: c.user.id, alertId: deleted.id, params: { itemId: offerId } }, `skip-2-${c.user.id}`),
      send({ template: 'application.offer-closed', userId: suspended.user.id, params: { offerId } }, `skip-3-${c.user.id}`),
      send({ template: 'application.offer-closed', userId: erased.user.id, params: { offerId } }, `skip-4-${c.user.id}`),
    ]);
    expect(outcomes.map((o) => (o.state === 'completed' ? o.result.reason : o.state))).toEqual(['alert-unsubscribed', 'alert-deleted', 'recipient-inactive', 'recipient-erased']);
    expect(await mailsTo(mw.dir, c.user.email)).toHaveLength(0);
    expect(await mailsTo(mw.dir, suspended.user.email)).toHaveLength(0);
  });

  it('caps non-essential mails per user and Paris day; capped mails are dropped and counted, essential ones still go', async () => {
    const c = await createCandidate(h.prisma);
    const before = await mw.cap.cappedOn(parisDate(new Date()));
    const results = [];
    for (let i = 0; i < 5; i += 1) {
      const alert = await createAlert(h.prisma, c.user.id, { name: `Alerte ${i}` });
      results.push(await send({ template: 'alert.instant', userId: c.user.id, alertId: alert.id, params: { itemId: offerId } }, `cap-${c.user.id}-${i}`));
    }
    expect(results.map((r) => (r.state === 'completed' ? r.result.outcome : r.state))).toEqual(['sent', 'sent', 'sent', 'capped', 'capped']);
    expect(await mw.cap.cappedOn(parisDate(new Date()))).toBe(before + 2);

    await h.prisma.offer.update({ where: { id: offerId }, data: { status: 'CLOSED', closedAt: new Date() } });
    try {
      const essential = await send({ template: 'application.offer-closed', userId: c.user.id, params: { offerId }, essential: true }, `cap-${c.user.id}-essential`);
      expect(essential).toMatchObject({ state: 'completed', result: { outcome: 'sent' } });
    } finally {
      await h.prisma.offer.update({ where: { id: offerId }, data: { status: 'PUBLISHED', closedAt: null } });
    }
    expect(await mailsTo(mw.dir, c.user.email)).toHaveLength(4);
  });

  it('retries a failing transport with backoff, then leaves the job visible as failed, without the address in its reason', async () => {
    const failing = await startMailWorker(h, {
      mailer: {
        send: async (mail) => {
          throw new Error(`550 mailbox unavailable <${mail.to}>`);
        },
      },
    });
    // The production worker must not take this job: it is closed while the failing one runs.
    await mw.worker.pause();
    try {
      const c = await createCandidate(h.prisma);
      await h.prisma.offer.update({ where: { id: offerId }, data: { status: 'CLOSED', closedAt: new Date() } });
      const data = mailJob.schema.parse({ template: 'application.offer-closed', userId: c.user.id, params: { offerId } });
      // The definition's options with a short backoff, so that the test does not wait 5 s + 10 s.
      await h.mail.queue.add(mailJob.id, data, { ...mailJob.defaultOptions, backoff: { type: 'exponential', delay: 50 }, attempts: 3, jobId: 'mail-failing-smtp' });
      const outcome = await failing.settled('mail-failing-smtp');
      expect(outcome.state).toBe('failed');
      const job = await h.mail.queue.getJob('mail-failing-smtp');
      expect(await job!.getState()).toBe('failed');
      expect(job!.attemptsMade).toBe(3);
      expect(job!.failedReason).toContain('550 mailbox unavailable');
      expect(job!.failedReason).not.toContain(c.user.email);
      expect(await readMails(failing.dir)).toHaveLength(0);
    } finally {
      await h.prisma.offer.update({ where: { id: offerId }, data: { status: 'PUBLISHED', closedAt: null } });
      await failing.close();
      mw.worker.resume();
    }
  });
});
