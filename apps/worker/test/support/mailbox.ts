/** The .eml files a test's mailer wrote, parsed as a person's mail client would. */
import { mkdtempSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  header(name: string): string | undefined;
}

export function createMailDir(): string {
  return mkdtempSync(join(tmpdir(), 'talents-worker-mail-'));
}

export async function readMails(dir: string): Promise<ReceivedMail[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.eml')).sort();
  return Promise.all(
    files.map(async (file) => {
      const parsed = await simpleParser(await readFile(join(dir, file)));
      const to = [parsed.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address ?? ''))[0] ?? '';
      const raw = new Map(parsed.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(':') + 1).trim()]));
      return { to, subject: parsed.subject ?? '', text: parsed.text ?? '', html: typeof parsed.html === 'string' ? parsed.html : '', header: (name: string) => raw.get(name.toLowerCase()) };
    }),
  );
}

export async function mailsTo(dir: string, address: string): Promise<ReceivedMail[]> {
  return (await readMails(dir)).filter((m) => m.to === address);
}
