/** The mailbox of the journeys: the .eml files the API writes to MAIL_DIR (MAIL_TRANSPORT=file). */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { config } from './config.mjs';

let mailDir = null;

/** Called by startStack: the folder the running API writes its mails to. */
export function setMailDir(dir) {
  mailDir = dir;
}

async function mailsTo(address) {
  if (!mailDir) throw new Error('no stack is running: call startStack() first');
  const files = (await readdir(mailDir).catch((err) => (err.code === 'ENOENT' ? [] : Promise.reject(err))))
    .filter((file) => file.endsWith('.eml'))
    .sort();
  const wanted = address.toLowerCase();
  const mails = [];
  for (const file of files) {
    const parsed = await simpleParser(await readFile(join(mailDir, file)));
    const to = [].concat(parsed.to ?? []).flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));
    if (to.includes(wanted)) {
      mails.push({ file, to, subject: parsed.subject ?? '', text: parsed.text ?? '', html: parsed.html || '' });
    }
  }
  return mails;
}

/**
 * The newest mail to `address`, waiting for it to arrive (a mailbox is checked, not assumed): resolves with
 * { file, to, subject, text, html }, or fails after the start-up safety timeout.
 */
export async function latestMailTo(address) {
  const deadline = Date.now() + config.startTimeoutMs;
  for (;;) {
    const mails = await mailsTo(address);
    if (mails.length) return mails[mails.length - 1];
    if (Date.now() > deadline) throw new Error(`no mail to ${address} arrived in ${mailDir}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The first absolute link to `path` (e.g. "/verify-email") in the mail's plain-text part. */
export function linkFrom(mail, path) {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`https?://[^\\s"<>]+${escaped}\\?token=[A-Za-z0-9_-]+`).exec(mail.text);
  if (!match) throw new Error(`no ${path} link in mail "${mail.subject}":\n${mail.text}`);
  return match[0];
}
