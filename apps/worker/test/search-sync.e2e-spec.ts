import type { Job, Worker } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { createHandlerRegistry } from '../src/processors/event-handlers';
import { eventHandlers } from '../src/processors/handlers';
import { createHarness, type Harness, resetOutbox, waitForReady } from './support/harness';

/** A profile change written to the outbox reaches the search index through the relay, the queue and the handler. */
describe('search index sync from outbox events', () => {
  let h: Harness;
  let worker: Worker;
  const done = new Map<string, (job: Job) => void>();

  beforeAll(async () => {
    h = await createHarness();
    worker = h.createWorker(createHandlerRegistry(eventHandlers));
    worker.on('completed', (job) => done.get(job.id!)?.(job));
    await worker.waitUntilReady();
    await resetOutbox(h.prisma);
  });
  afterAll(async () => {
    await worker.close();
    await h.close();
  });

  async function relayProfileEvent(candidateId: string): Promise<void> {
    await relayEvent('candidate.profile-updated', 'candidate', candidateId, { candidateId });
  }

  async function relayEvent(type: string, aggregateType: string, aggregateId: string, payload: Record<string, string> = {}): Promise<void> {
    const event = await h.prisma.outboxEvent.create({ data: { type, aggregateType, aggregateId, payload } });
    const completed = new Promise<Job>((resolve) => done.set(event.id, resolve));
    const { relay, connection } = h.createRelay();
    await waitForReady(connection);
    await relay.relayOnce();
    await completed;
  }

  const searchFor = async (q: string) => (await h.engine.search('candidates', { q, page: 1, pageSize: 10 })).hits.map((hit) => hit.id);

  it('indexes an edited profile, and removes it when the candidate hides it', async () => {
    const marker = `Kubernetesqa${randomBytes(3).toString('hex')}`;
    const user = await h.prisma.user.create({ data: { email: `sync.${randomBytes(4).toString('hex')}@example.fr`, role: 'CANDIDATE' } });
    const profile = await h.prisma.candidateProfile.create({
      data: { userId: user.id, firstName: 'Inès', lastName: 'Martin', headline: `Ingénieure ${marker}`, basinCode: 'LILLE', visibility: 'ANONYMOUS' },
    });
    expect(await searchFor(marker)).toEqual([]);

    await relayProfileEvent(profile.id);
    expect(await searchFor(marker)).toEqual([profile.id]);

    await h.prisma.candidateProfile.update({ where: { id: profile.id }, data: { visibility: 'HIDDEN' } });
    await relayProfileEvent(profile.id);
    expect(await searchFor(marker)).toEqual([]);
  });

  it("removes a suspended company's offers from the index and restores them when it is reinstated", async () => {
    const marker = `Apiculteurqa${randomBytes(3).toString('hex')}`;
    const user = await h.prisma.user.create({ data: { email: `sync.${randomBytes(4).toString('hex')}@example.fr`, role: 'RECRUITER' } });
    const company = await h.prisma.company.create({
      data: { name: `Ruches ${marker}`, siren: String(Date.now()).slice(-9), size: 'MICRO', basinCode: 'LILLE', verifiedAt: new Date() },
    });
    const offer = await h.prisma.offer.create({
      data: {
        companyId: company.id, createdById: user.id, title: `Poste ${marker}`, description: 'Ruches en ville.', roleFamilyCode: 'DEV',
        contractType: 'CDI', basinCode: 'LILLE', remotePolicy: 'ONSITE', salaryMin: 30000, salaryMax: 35000, experienceLevel: 'JUNIOR',
        status: 'PUBLISHED', publishedAt: new Date(),
      },
    });
    const offersFor = async (q: string) => (await h.engine.search('offers', { q, page: 1, pageSize: 10 })).hits.map((hit) => hit.id);
    await relayEvent('company.verified', 'company', company.id);
    expect(await offersFor(marker)).toEqual([offer.id]);

    await h.prisma.company.update({ where: { id: company.id }, data: { suspendedAt: new Date() } });
    await relayEvent('company.suspended', 'company', company.id);
    expect(await offersFor(marker)).toEqual([]);

    await h.prisma.company.update({ where: { id: company.id }, data: { suspendedAt: null } });
    await relayEvent('company.reinstated', 'company', company.id);
    expect(await offersFor(marker)).toEqual([offer.id]);
  });
});
