import { startWorker } from '../src/main';
import { enqueueMail } from '../src/mail/mail-job';
import { createCandidate, createCompany, createOffer } from './support/fixtures';
import { createHarness, type Harness } from './support/harness';
import { createMailDir, mailsTo } from './support/mailbox';

describe('worker process: the mail queue is wired and stops gracefully', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.close());

  it('sends a queued mail through the configured transport, then stops with the job completed', async () => {
    const dir = createMailDir();
    const running = startWorker({ ...h.config, MAIL_DIR: dir }, h.logger);
    try {
      const { company } = await createCompany(h.prisma);
      const offer = await createOffer(h.prisma, company.id, { title: 'Chef de projet', status: 'CLOSED' });
      const { user } = await createCandidate(h.prisma, { locale: 'en' });
      await enqueueMail(h.mail.queue, { template: 'application.offer-closed', userId: user.id, params: { offerId: offer.id } }, `wiring:${user.id}`, 2);
      const jobId = `mail-wiring_${user.id}`;
      for (;;) {
        const state = await (await h.mail.queue.getJob(jobId))!.getState();
        if (state === 'completed' || state === 'failed') break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(await (await h.mail.queue.getJob(jobId))!.getState()).toBe('completed');
      const [mail] = await mailsTo(dir, user.email);
      expect(mail!.subject).toBe('The offer “Chef de projet” is closed');
    } finally {
      await running.stop();
    }
  });
});
