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
    const event = await h.prisma.outboxEvent.create({
      data: { type: 'candidate.profile-updated', aggregateType: 'candidate', aggregateId: candidateId, payload: { candidateId } },
    });
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
});
