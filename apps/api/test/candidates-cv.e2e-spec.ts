import { createHash } from 'node:crypto';
import type { Response } from 'supertest';
import { signUp, startApp, type TestApp } from './support/app';
import { bearer, publishedOffer, recruiterWithCompany } from './support/marketplace';
import { profileBody } from './candidates-fixtures';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

/** Supertest buffers the body; this parser keeps binary downloads as Buffers. */
function binary(res: Response, done: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  const stream = res as unknown as NodeJS.ReadableStream;
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('candidate CV upload and download', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  async function candidateWithProfile(over: Record<string, unknown> = {}) {
    const session = await signUp(t, 'CANDIDATE');
    const res = await t.http.put('/api/candidates/me').set(bearer(session)).send(profileBody(over)).expect(200);
    return { ...session, id: res.body.id as string };
  }

  const upload = (session: { accessToken: string }, data: Buffer, filename = 'cv.pdf', contentType = 'application/pdf') =>
    t.http.post('/api/candidates/me/cv').set(bearer(session)).attach('file', data, { filename, contentType });

  it('stores a PDF, replaces the previous one, and streams it back to its owner', async () => {
    const c = await candidateWithProfile();
    await t.http.get('/api/candidates/me/cv').set(bearer(c)).expect(404);
    const first = await upload(c, PDF, 'Mon CV é.pdf').expect(200);
    expect(first.body).toMatchObject({ fileName: 'Mon CV é.pdf', sizeBytes: PDF.length, sha256: createHash('sha256').update(PDF).digest('hex') });
    const firstKey = (await t.prisma.candidateProfile.findUniqueOrThrow({ where: { id: c.id } })).cvStorageKey!;

    const second = Buffer.concat([PDF, Buffer.from('% v2\n')]);
    await upload(c, second, 'cv-2026.pdf').expect(200);
    const row = await t.prisma.candidateProfile.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.cvStorageKey).not.toBe(firstKey);

    const res = await t.http.get('/api/candidates/me/cv').set(bearer(c)).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('attachment; filename="cv-2026.pdf"');
    expect(Buffer.compare(res.body as Buffer, second)).toBe(0);
    const me = await t.http.get('/api/candidates/me').set(bearer(c)).expect(200);
    expect(me.body.cv).toMatchObject({ fileName: 'cv-2026.pdf', sizeBytes: second.length });
  });

  it('refuses a PNG renamed .pdf (415), a file over 5 MB (413), a missing file (400), and keeps the stored CV', async () => {
    const c = await candidateWithProfile();
    await upload(c, PDF).expect(200);
    const png = await upload(c, PNG, 'photo.pdf').expect(415);
    expect(png.body).toMatchObject({ statusCode: 415, error: 'Unsupported Media Type' });
    const big = Buffer.concat([PDF, Buffer.alloc(6 * 1024 * 1024, 0x20)]);
    const tooBig = await upload(c, big).expect(413);
    expect(tooBig.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large', message: expect.stringContaining('5 Mo') });
    const none = await t.http.post('/api/candidates/me/cv').set(bearer(c)).field('other', 'x').expect(400);
    expect(none.body.details[0].field).toBe('file');
    const json = await t.http.post('/api/candidates/me/cv').set(bearer(c)).send({ file: 'x' });
    expect(json.status).toBe(415);
    const row = await t.prisma.candidateProfile.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.cvSizeBytes).toBe(PDF.length);
  });

  it('asks for a profile before a CV (422) and lets only candidates upload', async () => {
    const fresh = await signUp(t, 'CANDIDATE');
    await upload(fresh, PDF).expect(422);
    const recruiter = await recruiterWithCompany(t);
    await upload(recruiter, PDF).expect(403);
    await t.http.post('/api/candidates/me/cv').attach('file', PDF, 'cv.pdf').expect(401);
  });

  it('lets a recruiter download the CV only after an accepted contact request or an application (audited)', async () => {
    const c = await candidateWithProfile({ visibility: 'PUBLIC' });
    await upload(c, PDF).expect(200);
    const recruiter = await recruiterWithCompany(t);
    const refused = await t.http.get(`/api/candidates/${c.id}/cv`).set(bearer(recruiter)).expect(403);
    expect(refused.body.statusCode).toBe(403);
    await t.prisma.contactRequest.create({
      data: { companyId: recruiter.companyId, recruiterId: recruiter.userId, candidateId: c.id, message: 'Bonjour !', status: 'ACCEPTED', respondedAt: new Date() },
    });
    const ok = await t.http.get(`/api/candidates/${c.id}/cv`).set(bearer(recruiter)).buffer(true).parse(binary).expect(200);
    expect(Buffer.compare(ok.body as Buffer, PDF)).toBe(0);
    expect(await t.prisma.auditLog.count({ where: { action: 'candidate.cv.download', targetId: c.id, actorId: recruiter.userId } })).toBe(1);

    // An application to one of the company's offers opens the CV too; a withdrawn one no longer does.
    const other = await recruiterWithCompany(t);
    const offer = await publishedOffer(t, other.companyId, other.userId);
    const application = await t.prisma.application.create({ data: { offerId: offer.id, candidateId: c.id } });
    await t.http.get(`/api/candidates/${c.id}/cv`).set(bearer(other)).expect(200);
    await t.prisma.application.update({ where: { id: application.id }, data: { status: 'WITHDRAWN' } });
    await t.http.get(`/api/candidates/${c.id}/cv`).set(bearer(other)).expect(403);

    // Candidates and admins never download someone else's CV here; no CV → 404.
    await t.http.get(`/api/candidates/${c.id}/cv`).set(bearer(c)).expect(403);
    const noCv = await candidateWithProfile();
    await t.prisma.contactRequest.create({
      data: { companyId: recruiter.companyId, recruiterId: recruiter.userId, candidateId: noCv.id, message: 'Bonjour !', status: 'ACCEPTED' },
    });
    await t.http.get(`/api/candidates/${noCv.id}/cv`).set(bearer(recruiter)).expect(404);
  });
});
