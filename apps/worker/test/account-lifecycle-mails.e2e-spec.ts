/** The two account mails of imports and retention, sent for real by the mail processor (.eml files). */
import { hashToken } from '@talents/db';
import { runImport } from '../src/imports/import-candidates';
import { INVITATION_TTL_MS } from '../src/mail/mail-content';
import { enqueueMail } from '../src/mail/mail-job';
import { runMaintenanceTask } from '../src/scheduled/maintenance';
import { createCandidate } from './support/fixtures';
import { createHarness, type Harness } from './support/harness';
import { candidateRow, toCsv, uploadedImport, usersByEmail } from './support/import-csv';
import { mailsTo } from './support/mailbox';
import { LINKS, startMailWorker, type TestMailWorker } from './support/mail-worker';

describe('account lifecycle mails: import invitation, inactivity warning', () => {
  let h: Harness;
  let mw: TestMailWorker;
  const now = new Date('2026-11-29T10:00:00Z');
  beforeAll(async () => {
    h = await createHarness();
    mw = await startMailWorker(h, { now: () => now });
  });
  afterAll(async () => {
    await mw.close();
    await h.close();
  });
  const jobId = (dedupeKey: string) => `mail-${dedupeKey.replace(/:/g, '_')}`;

  it('invites each imported candidate in their language with a set-password link whose token is made at send time', async () => {
    const rows = [candidateRow({ first_name: 'Inès', locale: 'fr' }), candidateRow({ first_name: 'Sam', locale: 'en' })];
    const importId = await uploadedImport(h, toCsv(rows));
    await runImport(importId, { prisma: h.prisma, logger: h.logger, mail: h.mail, files: h.files, now: () => now });
    const users = await usersByEmail(h.prisma, rows.map((r) => r.email!));
    const [ines, sam] = rows.map((r) => users.find((u) => u.email === r.email)!);

    // Nothing secret waits in Redis: the queued job has ids only.
    const queued = await h.mail.queue.getJob(jobId(`import-invitation:${ines!.id}`));
    expect(JSON.stringify(queued?.data)).not.toMatch(/token|@/);

    for (const user of [ines!, sam!]) expect(await mw.settled(jobId(`import-invitation:${user.id}`))).toMatchObject({ state: 'completed', result: { outcome: 'sent' } });
    const [fr] = await mailsTo(mw.dir, ines!.email);
    const [en] = await mailsTo(mw.dir, sam!.email);
    expect(fr!.subject).toBe('Votre compte sur la Banque des talents du numérique vous attend');
    expect(fr!.text).toContain('Bonjour Inès,');
    expect(en!.subject).toBe('Your account on the digital talent bank is waiting for you');
    const token = new RegExp(`${LINKS.webUrl}/reset-password\\?token=([A-Za-z0-9_-]+)`).exec(fr!.text)?.[1];
    expect(token).toBeDefined();
    const stored = await h.prisma.oneTimeToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token!) } });
    expect(stored).toMatchObject({ userId: ines!.id, purpose: 'PASSWORD_RESET', usedAt: null, expiresAt: new Date(now.getTime() + INVITATION_TTL_MS) });
  });

  it('does not invite someone who already chose a password', async () => {
    const rows = [candidateRow()];
    const importId = await uploadedImport(h, toCsv(rows));
    await runImport(importId, { prisma: h.prisma, logger: h.logger, mail: h.mail, files: h.files, now: () => now });
    const [user] = await usersByEmail(h.prisma, [rows[0]!.email!]);
    const first = await mw.settled(jobId(`import-invitation:${user!.id}`));
    expect(first).toMatchObject({ result: { outcome: 'sent' } });

    await h.prisma.user.update({ where: { id: user!.id }, data: { passwordHash: '$argon2id$chosen' } });
    await enqueueMail(h.mail.queue, { template: 'import.invitation', userId: user!.id, params: { importId }, essential: true }, `import-invitation-again:${user!.id}`, 1);
    expect(await mw.settled(jobId(`import-invitation-again:${user!.id}`))).toMatchObject({ state: 'completed', result: { outcome: 'skipped', reason: 'content-gone' } });
    expect(await h.prisma.oneTimeToken.count({ where: { userId: user!.id } })).toBe(1);
  });

  it('warns an inactive account with the archiving date, and not someone who logged in since', async () => {
    const { user } = await createCandidate(h.prisma, { locale: 'en' });
    await h.prisma.user.update({ where: { id: user.id }, data: { createdAt: new Date('2024-01-01T00:00:00Z'), lastLoginAt: new Date('2024-06-01T00:00:00Z') } });
    const clock = new Date('2026-06-01T09:00:00Z');
    await runMaintenanceTask('retention', { prisma: h.prisma, logger: h.logger, mail: h.mail, files: h.files, now: () => clock });
    const key = `inactivity-warning:${user.id}:${new Date('2024-06-01T00:00:00Z').getTime()}`;
    expect(await mw.settled(jobId(key))).toMatchObject({ state: 'completed', result: { outcome: 'sent' } });
    const [mail] = await mailsTo(mw.dir, user.email);
    expect(mail!.subject).toBe('Your inactive account will be archived');
    expect(mail!.text).toContain('1 July 2026');
    expect(mail!.text).toContain(`${LINKS.webUrl}/login`);

    // The mail job may run before the retention task has recorded the warning: it is still sent.
    const { user: early } = await createCandidate(h.prisma);
    await h.prisma.user.update({ where: { id: early.id }, data: { lastLoginAt: new Date('2024-06-01T00:00:00Z'), warnedInactiveAt: null } });
    await enqueueMail(h.mail.queue, { template: 'account.inactivity-warning', userId: early.id, params: { archiveOn: '2026-07-01', lastActivity: new Date('2024-06-01T00:00:00Z').getTime() }, essential: true }, `inactivity-warning:${early.id}:1`, 1);
    expect(await mw.settled(jobId(`inactivity-warning:${early.id}:1`))).toMatchObject({ state: 'completed', result: { outcome: 'sent' } });

    // Someone who logged in after the inactivity the warning was planned for gets nothing.
    const { user: back } = await createCandidate(h.prisma);
    await h.prisma.user.update({ where: { id: back.id }, data: { lastLoginAt: new Date('2026-05-30T10:00:00Z') } });
    await enqueueMail(h.mail.queue, { template: 'account.inactivity-warning', userId: back.id, params: { archiveOn: '2026-07-01', lastActivity: new Date('2024-06-01T00:00:00Z').getTime() }, essential: true }, `inactivity-warning:${back.id}:0`, 1);
    expect(await mw.settled(jobId(`inactivity-warning:${back.id}:0`))).toMatchObject({ result: { outcome: 'skipped', reason: 'content-gone' } });
  });
});
