import { closeOffer } from '@talents/db';
import type { Job } from 'bullmq';
import { processDomainEvent } from '../src/processors/domain-events.processor';
import { createHandlerRegistry } from '../src/processors/event-handlers';
import { eventHandlers } from '../src/processors/handlers';
import { runMaintenanceTask } from '../src/scheduled/maintenance';
import { createCandidate, createCompany, createOffer } from './support/fixtures';
import { createHarness, type Harness } from './support/harness';
import { mailsTo } from './support/mailbox';
import { startMailWorker, type TestMailWorker } from './support/mail-worker';

/** Monday 9 March 2026, 08:00 in Paris. */
const NOW = new Date('2026-03-09T07:00:00Z');
const daysAgo = (days: number): Date => new Date(NOW.getTime() - days * 86_400_000);

describe('nudges and offer-closed notices', () => {
  let h: Harness;
  let mw: TestMailWorker;

  beforeAll(async () => {
    h = await createHarness();
    mw = await startMailWorker(h, { now: () => NOW });
  });
  afterAll(async () => {
    await mw.close();
    await h.close();
  });

  async function apply(offerId: string, createdAt: Date, status: 'APPLIED' | 'SHORTLISTED' = 'APPLIED') {
    const { user, profile } = await createCandidate(h.prisma);
    await h.prisma.application.create({ data: { offerId, candidateId: profile.id, status, createdAt } });
    return user;
  }

  async function settleAll(): Promise<void> {
    const jobs = await h.mail.queue.getJobs(['waiting', 'active', 'delayed', 'prioritized']);
    await Promise.all(jobs.map((j) => mw.settled(j.id!)));
  }

  it('mails each recruiter the applications left unanswered for 7 days or more, and only those', async () => {
    const { company, recruiters } = await createCompany(h.prisma, { recruiters: 2 });
    const waiting = await createOffer(h.prisma, company.id, { title: 'Développeur backend' });
    const fresh = await createOffer(h.prisma, company.id, { title: 'Designer produit' });
    await apply(waiting.id, daysAgo(8));
    await apply(waiting.id, daysAgo(12));
    await apply(waiting.id, daysAgo(10), 'SHORTLISTED');
    await apply(fresh.id, daysAgo(3));
    const calm = await createCompany(h.prisma);
    await apply((await createOffer(h.prisma, calm.company.id)).id, daysAgo(6));

    const result = await runMaintenanceTask('nudge-unanswered-applications', { prisma: h.prisma, logger: h.logger, mail: h.mail, files: h.files, now: () => NOW });
    expect(result).toMatchObject({ companies: 1, mails: 2 });
    await settleAll();

    for (const recruiter of recruiters) {
      const [mail, ...more] = await mailsTo(mw.dir, recruiter.email);
      expect(more).toHaveLength(0);
      expect(mail!.subject).toBe('2 candidature(s) attendent votre réponse depuis plus de 7 jours');
      expect(mail!.text).toContain('Développeur backend');
      expect(mail!.text).toContain('2 candidature(s) sans réponse, la plus ancienne du 25 février 2026');
      expect(mail!.text).toContain(`/recruiter/offers/${waiting.id}/pipeline`);
      expect(mail!.text).not.toContain('Designer produit');
    }
    expect(await mailsTo(mw.dir, calm.recruiters[0]!.email)).toHaveLength(0);

    // Run again the same week (a retry): no second mail.
    await runMaintenanceTask('nudge-unanswered-applications', { prisma: h.prisma, logger: h.logger, mail: h.mail, files: h.files, now: () => NOW });
    await settleAll();
    expect(await mailsTo(mw.dir, recruiters[0]!.email)).toHaveLength(1);
  });

  it('tells each candidate with an open application that the offer closed: one notification, one mail, even if the event comes twice', async () => {
    const { company } = await createCompany(h.prisma);
    const offer = await createOffer(h.prisma, company.id, { title: 'Data analyst' });
    const open = await apply(offer.id, daysAgo(2));
    const rejected = await createCandidate(h.prisma);
    await h.prisma.application.create({ data: { offerId: offer.id, candidateId: rejected.profile.id, status: 'REJECTED' } });

    await h.prisma.$transaction((tx) => closeOffer(tx, offer, 'PUBLISHED', 'CANCELLED', NOW));
    const event = await h.prisma.outboxEvent.findFirstOrThrow({ where: { type: 'offer.closed', aggregateId: offer.id } });
    const data = { eventId: event.id, type: event.type, aggregateType: event.aggregateType, aggregateId: event.aggregateId, payload: event.payload, createdAt: event.createdAt.toISOString() };
    const registry = createHandlerRegistry(eventHandlers);
    for (let delivery = 0; delivery < 2; delivery += 1) {
      const job = { id: event.id, name: event.type, data, attemptsMade: delivery } as unknown as Job;
      await processDomainEvent(job, { registry, prisma: h.prisma, indexer: h.indexer, mail: h.mail, logger: h.logger });
    }
    await settleAll();

    expect(await h.prisma.notification.count({ where: { userId: open.id, type: 'offer.closed' } })).toBe(1);
    const mails = await mailsTo(mw.dir, open.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('L’offre « Data analyst » est clôturée');
    expect(mails[0]!.text).toContain(company.name);
    expect(await mailsTo(mw.dir, rejected.user.email)).toHaveLength(0);
    expect(await h.prisma.notification.count({ where: { userId: rejected.user.id } })).toBe(0);
  });
});
