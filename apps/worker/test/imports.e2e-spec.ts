import { runImport, type ImportDeps } from '../src/imports/import-candidates';
import { enqueueImport } from '../src/imports/import-job';
import { importRequestedHandler } from '../src/imports/import-requested.handler';
import { createImportsWorker } from '../src/imports/imports.processor';
import { createHarness, type Harness } from './support/harness';
import { candidateRow, mailJobsFor, toCsv, uploadedImport, usersByEmail } from './support/import-csv';

describe('bulk candidate import (imports queue)', () => {
  let h: Harness;
  let deps: ImportDeps;
  const now = new Date('2026-11-29T10:00:00Z');
  beforeAll(async () => {
    h = await createHarness();
    deps = { prisma: h.prisma, logger: h.logger, now: () => now, mail: h.mail, files: h.files };
  });
  afterAll(() => h.close());

  const job = (id: string) => h.prisma.importJob.findUniqueOrThrow({ where: { id }, include: { rowErrors: { orderBy: [{ rowNumber: 'asc' }, { id: 'asc' }] } } });
  const errorsOf = async (id: string) => (await job(id)).rowErrors.map((e) => ({ rowNumber: e.rowNumber, field: e.field, message: e.message }));

  it('imports a valid file (";", BOM, quoted cells): accounts without password, profiles, index events, one invitation each', async () => {
    const rows = [
      candidateRow({ first_name: 'Élodie', headline: 'Dév; front', skills: 'TypeScript:4|react|Node.js:2' }),
      candidateRow({ role_families: 'dev', contract_types: 'cdi', locale: 'en', consent: 'Yes', visibility: '' }),
      candidateRow({ phone: '', headline: '', skills: '', track: '', town: '', consent: '1' }),
    ];
    const id = await uploadedImport(h, toCsv(rows, { delimiter: ';', bom: true }));

    expect(await runImport(id, deps)).toBe('succeeded');

    expect(await job(id)).toMatchObject({ status: 'SUCCEEDED', total: 3, processed: 3, errorCount: 0, failureReason: null, storageKey: null, finishedAt: now });
    const users = await usersByEmail(h.prisma, rows.map((r) => r.email!));
    expect(users).toHaveLength(3);
    for (const user of users) {
      expect(user).toMatchObject({ role: 'CANDIDATE', passwordHash: null, emailVerifiedAt: null });
      expect(user.candidateProfile).toMatchObject({ importedFromJobId: id, consentAt: now, consentVersion: 'partner-import', basinCode: 'LILLE', visibility: 'ANONYMOUS' });
      expect(user.candidateProfile!.roleFamilies.map((f) => f.roleFamilyCode)).toEqual(['DEV']);
    }
    const elodie = users.find((u) => u.email === rows[0]!.email)!;
    expect(elodie.candidateProfile).toMatchObject({ firstName: 'Élodie', headline: 'Dév; front', contractTypes: ['CDI', 'ALTERNANCE'], lat: expect.any(Number) });
    expect(elodie.candidateProfile!.skills.map((s) => [s.skill.slug, s.level]).sort()).toEqual([['node-js', 2], ['react', 3], ['typescript', 4]]);
    expect(users.find((u) => u.email === rows[1]!.email)).toMatchObject({ locale: 'en' });

    const profileIds = users.map((u) => u.candidateProfile!.id);
    expect(await h.prisma.outboxEvent.count({ where: { type: 'candidate.profile-updated', aggregateId: { in: profileIds } } })).toBe(3);
    const mails = await mailJobsFor(h, users.map((u) => u.id));
    expect(mails).toHaveLength(3);
    expect(mails.every((m) => m.template === 'import.invitation' && m.essential)).toBe(true);
    // The payload carries ids only: no address, no name, no token.
    expect(JSON.stringify(mails)).not.toMatch(/@example\.fr|Élodie|token/i);
    // The uploaded copy is gone once imported.
    expect(await h.files.get((await h.prisma.importJob.findUniqueOrThrow({ where: { id } })).storageKey ?? 'imports/2026/' + '0'.repeat(32))).toBeNull();
  });

  it('imports nothing when a row is invalid, and reports every bad row with its column and reason', async () => {
    const rows = [
      candidateRow(),
      candidateRow({ email: 'pas-une-adresse', consent: 'non' }),
      candidateRow(),
      candidateRow({ basin_code: 'PARIS', role_families: 'ASTRONAUT', years_of_experience: 'dix' }),
      candidateRow({ skills: 'SQL:9', first_name: '' }),
    ];
    const id = await uploadedImport(h, toCsv(rows));

    expect(await runImport(id, deps)).toBe('rows-invalid');

    expect(await job(id)).toMatchObject({ status: 'FAILED', total: 5, processed: 5, errorCount: 3, failureReason: null, storageKey: null });
    expect(await errorsOf(id)).toEqual([
      { rowNumber: 2, field: 'email', message: 'email.invalid' },
      { rowNumber: 2, field: 'consent', message: 'import.consentRequired' },
      { rowNumber: 4, field: 'years_of_experience', message: 'import.invalidValue' },
      { rowNumber: 4, field: 'basin_code', message: 'candidate.basinInvalid' },
      { rowNumber: 5, field: 'skills', message: 'import.skillInvalid' },
      { rowNumber: 5, field: 'first_name', message: 'import.required' },
    ]);
    expect(await h.prisma.user.count({ where: { email: { in: rows.map((r) => r.email!) } } })).toBe(0);
    expect(await h.prisma.candidateProfile.count({ where: { importedFromJobId: id } })).toBe(0);
  });

  it('reports an unknown or inactive role family as the API does', async () => {
    const id = await uploadedImport(h, toCsv([candidateRow({ role_families: 'DEV|ASTRONAUT' })]));
    expect(await runImport(id, deps)).toBe('rows-invalid');
    expect(await errorsOf(id)).toEqual([{ rowNumber: 1, field: 'role_families', message: 'roleFamily.invalid' }]);
  });

  it('reports e-mails repeated in the file (whatever the case) and e-mails that already have an account', async () => {
    const existing = await h.prisma.user.create({ data: { email: candidateRow().email!, role: 'RECRUITER' } });
    const twice = candidateRow();
    const rows = [twice, candidateRow({ email: existing.email }), candidateRow({ email: twice.email!.toUpperCase() }), candidateRow({ email: twice.email, basin_code: 'NOWHERE' })];
    const id = await uploadedImport(h, toCsv(rows));

    expect(await runImport(id, deps)).toBe('rows-invalid');

    expect(await errorsOf(id)).toEqual([
      { rowNumber: 2, field: 'email', message: 'import.emailTaken' },
      { rowNumber: 3, field: 'email', message: 'import.duplicateInFile' },
      { rowNumber: 4, field: 'basin_code', message: 'candidate.basinInvalid' },
      { rowNumber: 4, field: 'email', message: 'import.duplicateInFile' },
    ]);
    expect(await h.prisma.user.count({ where: { email: twice.email! } })).toBe(0);
  });

  it('fails the whole file with a clear reason when it is not UTF-8, or its header or delimiter is wrong', async () => {
    const latin1 = await uploadedImport(h, Buffer.from(toCsv([candidateRow({ first_name: 'Hélène' })]), 'latin1'));
    expect(await runImport(latin1, deps)).toBe('file-invalid');
    expect(await job(latin1)).toMatchObject({ status: 'FAILED', failureReason: 'import.notUtf8', errorCount: 0 });

    const tabs = await uploadedImport(h, toCsv([candidateRow()], { delimiter: '\t' }));
    expect(await runImport(tabs, deps)).toBe('file-invalid');
    expect(await job(tabs)).toMatchObject({ status: 'FAILED', failureReason: 'import.headerInvalid' });
    expect((await errorsOf(tabs))[0]).toEqual({ rowNumber: 0, field: expect.stringContaining('email'), message: 'import.headerUnknownColumn' });

    const noConsent = await uploadedImport(h, toCsv([candidateRow()], { columns: ['email', 'first_name', 'last_name', 'role_families', 'years_of_experience', 'basin_code', 'contract_types', 'prenom'] }));
    expect(await runImport(noConsent, deps)).toBe('file-invalid');
    expect(await errorsOf(noConsent)).toEqual([
      { rowNumber: 0, field: 'prenom', message: 'import.headerUnknownColumn' },
      { rowNumber: 0, field: 'consent', message: 'import.headerMissingColumn' },
    ]);

    const headerOnly = await uploadedImport(h, toCsv([]));
    expect(await runImport(headerOnly, deps)).toBe('file-invalid');
    expect(await job(headerOnly)).toMatchObject({ status: 'FAILED', failureReason: 'import.empty' });

    const unclosedQuote = await uploadedImport(h, `${toCsv([candidateRow()])}"oops,${'x,'.repeat(15)}\r\n`);
    expect(await runImport(unclosedQuote, deps)).toBe('file-invalid');
    expect(await job(unclosedQuote)).toMatchObject({ status: 'FAILED', failureReason: 'import.csvSyntax' });
  });

  it('reports a row whose cell count differs from the header', async () => {
    const csv = toCsv([candidateRow()]) + 'a@example.fr,Jean\r\n';
    const id = await uploadedImport(h, csv);
    expect(await runImport(id, deps)).toBe('rows-invalid');
    expect(await errorsOf(id)).toEqual([{ rowNumber: 2, field: null, message: 'import.columnCount' }]);
  });

  it('imports a 10,000-row file, with progress written as it goes', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => candidateRow({ skills: `Skill ${i % 300}:${(i % 5) + 1}|SQL`, basin_code: i % 2 ? 'LENS' : 'LILLE' }));
    const id = await uploadedImport(h, toCsv(rows));
    const progress: number[] = [];
    const update = h.prisma.importJob.update.bind(h.prisma.importJob);
    const spy = jest.spyOn(h.prisma.importJob, 'update').mockImplementation(((args: { data: { processed?: number } }) => {
      if (typeof args.data.processed === 'number') progress.push(args.data.processed);
      return update(args as never);
    }) as never);
    try {
      expect(await runImport(id, deps)).toBe('succeeded');
    } finally {
      spy.mockRestore();
    }

    expect(await job(id)).toMatchObject({ status: 'SUCCEEDED', total: 10_000, processed: 10_000, errorCount: 0 });
    expect(progress.filter((p) => p > 0 && p < 10_000)).toEqual(Array.from({ length: 19 }, (_, i) => (i + 1) * 500));
    expect(await h.prisma.candidateProfile.count({ where: { importedFromJobId: id } })).toBe(10_000);
    expect(await h.prisma.candidateSkill.count({ where: { candidate: { importedFromJobId: id } } })).toBe(20_000);
    const userIds = (await h.prisma.candidateProfile.findMany({ where: { importedFromJobId: id }, select: { userId: true } })).map((p) => p.userId);
    expect(await mailJobsFor(h, userIds)).toHaveLength(10_000);
  }, 180_000);

  it('does not import twice when the job runs again (retry after a crash), and re-queues the same invitations', async () => {
    const rows = [candidateRow(), candidateRow()];
    const id = await uploadedImport(h, toCsv(rows));
    // A first attempt crashed mid-way: RUNNING, with a stale report line.
    await h.prisma.importJob.update({ where: { id }, data: { status: 'RUNNING', processed: 1 } });
    await h.prisma.importRowError.create({ data: { jobId: id, rowNumber: 1, field: 'email', message: 'stale' } });

    expect(await runImport(id, deps)).toBe('succeeded');
    expect(await errorsOf(id)).toEqual([]);
    expect(await runImport(id, deps)).toBe('already-done');

    const users = await usersByEmail(h.prisma, rows.map((r) => r.email!));
    expect(users).toHaveLength(2);
    expect(await h.prisma.candidateProfile.count({ where: { importedFromJobId: id } })).toBe(2);
    expect(await mailJobsFor(h, users.map((u) => u.id))).toHaveLength(2);
  });

  it('rolls the whole write back when it fails half-way, then the retry reports the row', async () => {
    const rows = [candidateRow(), candidateRow()];
    const id = await uploadedImport(h, toCsv(rows));
    // Someone registers with the second address between the check and the write.
    const validate = h.prisma.user.findMany.bind(h.prisma.user);
    const spy = jest.spyOn(h.prisma.user, 'findMany').mockImplementationOnce((async (args: never) => {
      const result = await validate(args);
      await h.prisma.user.create({ data: { email: rows[1]!.email!, role: 'CANDIDATE' } });
      return result;
    }) as never);
    try {
      await expect(runImport(id, deps)).rejects.toThrow();
    } finally {
      spy.mockRestore();
    }
    expect(await h.prisma.user.count({ where: { email: rows[0]!.email! } })).toBe(0);
    expect(await job(id)).toMatchObject({ status: 'RUNNING' });

    expect(await runImport(id, deps)).toBe('rows-invalid');
    expect(await errorsOf(id)).toEqual([{ rowNumber: 2, field: 'email', message: 'import.emailTaken' }]);
  });

  it('runs from the imports queue; a job that keeps failing on a technical error ends FAILED rather than running forever', async () => {
    const good = await uploadedImport(h, toCsv([candidateRow()]));
    const broken = await uploadedImport(h, toCsv([candidateRow()]));
    const worker = createImportsWorker({ ...deps, redisUrl: h.config.REDIS_URL, prefix: h.config.QUEUE_PREFIX });
    const findMany = h.prisma.roleFamily.findMany.bind(h.prisma.roleFamily);
    let calls = 0;
    const spy = jest.spyOn(h.prisma.roleFamily, 'findMany').mockImplementation(((args: never) => {
      calls += 1;
      // The second import's check finds the database gone.
      return calls === 1 ? findMany(args) : Promise.reject(new Error('connection terminated'));
    }) as never);
    const settled = async (id: string) => {
      for (let i = 0; i < 300; i += 1) {
        const row = await h.prisma.importJob.findUniqueOrThrow({ where: { id } });
        if (row.status === 'SUCCEEDED' || row.status === 'FAILED') return row;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('import did not finish');
    };
    try {
      await enqueueImport(h.imports, good, 1);
      expect(await settled(good)).toMatchObject({ status: 'SUCCEEDED', total: 1 });
      await enqueueImport(h.imports, broken, 1);
      expect(await settled(broken)).toMatchObject({ status: 'FAILED', failureReason: 'import.internalError', errorCount: 0 });
      expect(await h.prisma.candidateProfile.count({ where: { importedFromJobId: broken } })).toBe(0);
    } finally {
      spy.mockRestore();
      await worker.close();
    }
  });

  it('turns import.requested into one imports job, however often the event is delivered', async () => {
    const id = await uploadedImport(h, toCsv([candidateRow()]));
    const handler = importRequestedHandler(h.imports, 3);
    const event = { eventId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', type: 'import.requested', aggregateType: 'import', aggregateId: id, payload: {}, createdAt: now.toISOString() };
    const ctx = { prisma: h.prisma, indexer: h.indexer, mail: h.mail, logger: h.logger, attempt: 1 };
    await handler.handle(event, ctx);
    await handler.handle(event, ctx);
    const jobs = (await h.imports.getJobs(['waiting', 'delayed', 'prioritized'])).filter((j) => j.data.importId === id);
    expect(jobs.map((j) => ({ id: j.id, name: j.name, attempts: j.opts.attempts }))).toEqual([{ id: `import-${id}`, name: 'import-candidates', attempts: 3 }]);
  });
});
