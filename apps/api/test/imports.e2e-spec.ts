import { parse } from 'csv-parse/sync';
import { IMPORT_COLUMNS, MAX_LISTED_ROW_ERRORS, parseImportRow } from '@talents/shared';
import { adminToken, signUp, startApp, type TestApp } from './support/app';
import { bearer } from './support/marketplace';

const CSV = Buffer.from(`${IMPORT_COLUMNS.join(',')}\r\nlea.import@example.fr,Léa,Petit,,,DEV,,0,,LILLE,,CDI,,,,oui\r\n`, 'utf8');

describe('admin bulk import (POST/GET /api/admin/imports…)', () => {
  let t: TestApp;
  let admin: string;
  const asAdmin = () => ({ Authorization: `Bearer ${admin}` });
  beforeAll(async () => {
    t = await startApp();
    admin = await adminToken(t);
  });
  afterAll(() => t.close());

  const upload = (headers: Record<string, string>, data: Buffer = CSV, fileName = 'promo 2026 é.csv') =>
    t.http.post('/api/admin/imports/candidates').set(headers).attach('file', data, { filename: fileName, contentType: 'text/csv' });

  it('accepts a CSV (202): the file is stored, the job is PENDING, the worker is told through the outbox, the admin action audited', async () => {
    const res = await upload(asAdmin()).expect(202);
    expect(res.body).toEqual({
      id: expect.any(String), fileName: 'promo 2026 é.csv', status: 'PENDING', total: 0, processed: 0, errorCount: 0, failureReason: null, errors: [],
      createdAt: expect.any(String), startedAt: null, finishedAt: null,
    });
    const job = await t.prisma.importJob.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(job.storageKey).toMatch(/^imports\/\d{4}\/[a-f0-9]{32}$/);
    expect(await t.prisma.outboxEvent.count({ where: { type: 'import.requested', aggregateId: job.id } })).toBe(1);
    const me = await t.http.get('/api/auth/me').set(asAdmin()).expect(200);
    expect(await t.prisma.auditLog.findFirst({ where: { action: 'import.create', targetId: job.id } })).toMatchObject({ actorId: me.body.id, targetType: 'import', metadata: { sizeBytes: CSV.length } });
  });

  it('lists imports newest first (filter by status) and shows one with its errors ordered by row', async () => {
    const first = (await upload(asAdmin()).expect(202)).body.id as string;
    const second = (await upload(asAdmin()).expect(202)).body.id as string;
    // What the worker writes when rows are wrong (inserted out of order on purpose).
    await t.prisma.importJob.update({ where: { id: first }, data: { status: 'FAILED', total: 9, processed: 9, errorCount: 2, finishedAt: new Date() } });
    await t.prisma.importRowError.createMany({
      data: [
        { jobId: first, rowNumber: 7, field: 'email', message: 'import.duplicateInFile' },
        { jobId: first, rowNumber: 2, field: 'basin_code', message: 'candidate.basinInvalid' },
        { jobId: first, rowNumber: 2, field: null, message: 'import.columnCount' },
      ],
    });

    const list = await t.http.get('/api/admin/imports').query({ pageSize: 100 }).set(asAdmin()).expect(200);
    const ids = list.body.items.map((i: { id: string }) => i.id);
    expect(ids.indexOf(second)).toBeLessThan(ids.indexOf(first));
    expect(list.body).toMatchObject({ page: 1, pageSize: 100, total: expect.any(Number) });
    expect(list.body.items.find((i: { id: string }) => i.id === first)).toMatchObject({ status: 'FAILED', errorCount: 2, errors: [] });
    const failed = await t.http.get('/api/admin/imports').query({ status: 'FAILED' }).set(asAdmin()).expect(200);
    expect(failed.body.items.map((i: { id: string }) => i.id)).toContain(first);
    expect(failed.body.items.every((i: { status: string }) => i.status === 'FAILED')).toBe(true);

    const detail = await t.http.get(`/api/admin/imports/${first}`).set(asAdmin()).expect(200);
    expect(detail.body).toMatchObject({ id: first, status: 'FAILED', total: 9, processed: 9, errorCount: 2, finishedAt: expect.any(String) });
    expect(detail.body.errors).toEqual([
      { rowNumber: 2, field: 'basin_code', message: 'candidate.basinInvalid' },
      { rowNumber: 2, field: null, message: 'import.columnCount' },
      { rowNumber: 7, field: 'email', message: 'import.duplicateInFile' },
    ]);
    await t.http.get('/api/admin/imports/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b').set(asAdmin()).expect(404);
    await t.http.get('/api/admin/imports/not-a-uuid').set(asAdmin()).expect(400);
    await t.http.get('/api/admin/imports').query({ status: 'DONE' }).set(asAdmin()).expect(400);
  });

  it('lists the first 1,000 row errors of a job and counts them all', async () => {
    const id = (await upload(asAdmin()).expect(202)).body.id as string;
    await t.prisma.importJob.update({ where: { id }, data: { status: 'FAILED', total: 1500, processed: 1500, errorCount: 1200, finishedAt: new Date() } });
    await t.prisma.importRowError.createMany({ data: Array.from({ length: 1200 }, (_, i) => ({ jobId: id, rowNumber: 1200 - i, field: 'email', message: 'email.invalid' })) });
    const detail = await t.http.get(`/api/admin/imports/${id}`).set(asAdmin()).expect(200);
    expect(detail.body.errorCount).toBe(1200);
    expect(detail.body.errors).toHaveLength(MAX_LISTED_ROW_ERRORS);
    expect(detail.body.errors[0]).toEqual({ rowNumber: 1, field: 'email', message: 'email.invalid' });
    expect(detail.body.errors.at(-1).rowNumber).toBe(1000);
  });

  it('serves the template: UTF-8 with BOM, the documented header, an example row that passes the row schema', async () => {
    const res = await t.http.get('/api/admin/imports/template.csv').set(asAdmin()).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('attachment');
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(bytes.toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(records[0]!)).toEqual([...IMPORT_COLUMNS]);
    expect(records).toHaveLength(1);
    expect(parseImportRow(records[0]!)).toMatchObject({ ok: true });
  });

  it('refuses a missing file (400), a file over 10 MB (413) and a body that is not multipart, creating nothing', async () => {
    const before = await t.prisma.importJob.count();
    const missing = await t.http.post('/api/admin/imports/candidates').set(asAdmin()).field('note', 'x').expect(400);
    expect(missing.body.details).toEqual([{ field: 'file', message: expect.any(String) }]);
    const big = Buffer.alloc(10 * 1024 * 1024 + 10, 'a');
    const tooBig = await upload(asAdmin(), big).expect(413);
    expect(tooBig.body.details).toEqual([{ field: 'file', message: expect.stringContaining('10') }]);
    await t.http.post('/api/admin/imports/candidates').set(asAdmin()).send({ file: 'x' }).expect(415);
    expect(await t.prisma.importJob.count()).toBe(before);
  });

  it('is for admins only: anonymous 401, candidates and recruiters 403 on every route, and nothing is created', async () => {
    const someJob = (await upload(asAdmin()).expect(202)).body.id as string;
    const before = await t.prisma.importJob.count();
    const candidate = await signUp(t, 'CANDIDATE');
    const recruiter = await signUp(t, 'RECRUITER');
    for (const [headers, status] of [[{}, 401], [bearer(candidate), 403], [bearer(recruiter), 403]] as const) {
      await upload(headers).expect(status);
      await t.http.get('/api/admin/imports').set(headers).expect(status);
      await t.http.get(`/api/admin/imports/${someJob}`).set(headers).expect(status);
      await t.http.get('/api/admin/imports/template.csv').set(headers).expect(status);
    }
    expect(await t.prisma.importJob.count()).toBe(before);
  });
});
