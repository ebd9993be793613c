/** Reads the .eml files the API wrote to MAIL_DIR, as a person would open their mailbox. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { loadConfig } from '../../src/common/config/app-config';

export interface ReceivedMail {
  file: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Map<string, unknown>;
}

export async function allMails(): Promise<ReceivedMail[]> {
  const dir = loadConfig().MAIL_DIR;
  const files = (await readdir(dir)).filter((f) => f.endsWith('.eml')).sort();
  return Promise.all(
    files.map(async (file) => {
      const parsed = await simpleParser(await readFile(join(dir, file)));
      const to = ([] as AddressObject[]).concat(parsed.to ?? []).flatMap((a) => a.value.map((v) => v.address ?? ''));
      return { file, to, subject: parsed.subject ?? '', text: parsed.text ?? '', html: typeof parsed.html === 'string' ? parsed.html : '', headers: parsed.headers };
    }),
  );
}

export async function mailsTo(address: string): Promise<ReceivedMail[]> {
  return (await allMails()).filter((m) => m.to.includes(address.toLowerCase()));
}

export async function latestMailTo(address: string): Promise<ReceivedMail> {
  const mails = await mailsTo(address);
  if (!mails.length) throw new Error(`no mail to ${address}`);
  return mails[mails.length - 1]!;
}

/** The token of the first link to `path` in a mail's plain-text part. */
export function linkToken(mail: ReceivedMail, path: string): string {
  const match = new RegExp(`${escape(path)}\\?token=([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match) throw new Error(`no ${path} link in mail "${mail.subject}"`);
  return match[1]!;
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
