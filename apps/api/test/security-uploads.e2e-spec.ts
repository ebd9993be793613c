/**
 * CV uploads (ASVS V12.1, V12.2): only real, bounded PDFs are stored. Every hostile file is refused with a 4xx
 * in the error shape, the stored CV stays as it was, and no file is left behind in the file store.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { signUp, startApp, type TestApp } from './support/app';
import { bearer } from './support/marketplace';
import { profileBody } from './candidates-fixtures';
import { BOMB_PDF, COMPRESSED_PDF, EXE, GARBAGE_PDF, HTML, MANY_STREAMS_BOMB_PDF, NESTED_PDF, PNG, ZIP } from './support/pdf-samples';

/** Every file under the store (the store shards keys into folders). */
function storedFiles(dir = process.env.FILE_STORE_DIR!): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? storedFiles(path) : [path];
  });
}

describe('CV upload abuse', () => {
  let t: TestApp;
  let candidate: { accessToken: string; id: string };
  beforeAll(async () => {
    t = await startApp();
    const session = await signUp(t, 'CANDIDATE');
    const res = await t.http.put('/api/candidates/me').set(bearer(session)).send(profileBody()).expect(200);
    candidate = { accessToken: session.accessToken, id: res.body.id as string };
  });
  afterAll(() => t.close());

  const upload = (data: Buffer, filename = 'cv.pdf', contentType = 'application/pdf', field = 'file') =>
    t.http.post('/api/candidates/me/cv').set(bearer(candidate)).attach(field, data, { filename, contentType });
  const storedCv = async () => {
    const row = await t.prisma.candidateProfile.findUniqueOrThrow({ where: { id: candidate.id } });
    return { key: row.cvStorageKey, size: row.cvSizeBytes, sha: row.cvSha256 };
  };

  it('accepts a well-formed compressed PDF (the baseline the refusals are measured against)', async () => {
    const res = await upload(COMPRESSED_PDF, 'Mon CV.pdf').expect(200);
    expect(res.body.sizeBytes).toBe(COMPRESSED_PDF.length);
  });

  const hostile: { name: string; send: () => ReturnType<typeof upload>; status: number }[] = [
    { name: 'a PNG renamed .pdf', send: () => upload(PNG, 'photo.pdf'), status: 415 },
    { name: 'a ZIP renamed .pdf', send: () => upload(ZIP, 'archive.pdf'), status: 415 },
    { name: 'a Windows executable renamed .pdf', send: () => upload(EXE, 'cv.pdf'), status: 415 },
    { name: 'an HTML page with a PDF marker inside', send: () => upload(HTML, 'cv.pdf', 'application/pdf'), status: 415 },
    { name: 'a PDF header followed by garbage', send: () => upload(GARBAGE_PDF), status: 415 },
    { name: 'a decompression bomb (one stream inflating to 200 MB)', send: () => upload(BOMB_PDF), status: 415 },
    { name: 'a bomb spread over 40 compressed streams', send: () => upload(MANY_STREAMS_BOMB_PDF), status: 415 },
    { name: 'dictionaries nested 10,000 deep', send: () => upload(NESTED_PDF), status: 415 },
    { name: 'one byte over 5 MB', send: () => upload(Buffer.concat([COMPRESSED_PDF, Buffer.alloc(5 * 1024 * 1024 - COMPRESSED_PDF.length + 1, 0x20)])), status: 413 },
    { name: 'an empty file', send: () => upload(Buffer.alloc(0)), status: 400 },
    { name: 'the file in another multipart field', send: () => upload(COMPRESSED_PDF, 'cv.pdf', 'application/pdf', 'document'), status: 400 },
    { name: 'no file, only a text field', send: () => t.http.post('/api/candidates/me/cv').set(bearer(candidate)).field('file', 'not a file'), status: 400 },
    { name: 'a JSON body', send: () => t.http.post('/api/candidates/me/cv').set(bearer(candidate)).send({ file: COMPRESSED_PDF.toString('base64') }), status: 415 },
    {
      name: 'multipart without a boundary',
      send: () => t.http.post('/api/candidates/me/cv').set(bearer(candidate)).set('Content-Type', 'multipart/form-data').send('--x\r\n\r\n'),
      status: 400,
    },
    {
      name: 'a truncated multipart body',
      send: () =>
        t.http
          .post('/api/candidates/me/cv')
          .set(bearer(candidate))
          .set('Content-Type', 'multipart/form-data; boundary=XYZ')
          .send('--XYZ\r\nContent-Disposition: form-data; name="file"; filename="cv.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n'),
      status: 400,
    },
  ];

  it.each(hostile)('refuses $name with $status, keeps the stored CV and stores no file', async ({ send, status }) => {
    const before = await storedCv();
    const files = storedFiles().length;
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ statusCode: status, error: expect.any(String), message: expect.any(String) });
    expect(await storedCv()).toEqual(before);
    expect(storedFiles()).toHaveLength(files);
  });
});
