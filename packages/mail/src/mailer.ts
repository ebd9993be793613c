/**
 * Sends mail through nodemailer, for the API (account mails, inline) and the worker (the `mail` queue). In
 * development and tests (transport "file") each message is written as an .eml file in `dir`, named so that the
 * newest sorts last; in production it goes to SMTP. The caller logs the outcome: this module never logs, so
 * the recipient cannot slip into a log line from here.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Locale } from '@talents/shared';
import { renderMail, type TemplateData, type TemplateName } from './templates';

export interface MailerOptions {
  transport: 'file' | 'smtp';
  /** Where .eml files go (transport "file"). */
  dir: string;
  from: string;
  /** Required with transport "smtp". */
  smtpUrl?: string;
}

export interface OutgoingMail<K extends TemplateName> {
  to: string;
  locale: Locale;
  template: K;
  data: TemplateData[K];
  headers?: Record<string, string>;
}

/** What was done, for the caller's log line: a file name or the SMTP message id, never an address. */
export interface SentMail {
  template: TemplateName;
  file?: string;
  messageId: string;
}

export class Mailer {
  private readonly transport: Transporter;
  private sequence = 0;

  constructor(private readonly opts: MailerOptions) {
    if (opts.transport === 'smtp' && !opts.smtpUrl) throw new Error('smtpUrl is required with the smtp transport');
    this.transport =
      opts.transport === 'smtp'
        ? nodemailer.createTransport(opts.smtpUrl)
        : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send<K extends TemplateName>(mail: OutgoingMail<K>): Promise<SentMail> {
    const rendered = renderMail(mail.template, mail.locale, mail.data);
    const info = await this.transport.sendMail({
      from: this.opts.from,
      to: mail.to,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      headers: { 'X-Template': mail.template, ...mail.headers },
    });
    if (this.opts.transport === 'file') {
      const file = await this.writeEml(mail.template, info.message as Buffer);
      return { template: mail.template, file, messageId: info.messageId };
    }
    return { template: mail.template, messageId: info.messageId };
  }

  close(): void {
    this.transport.close();
  }

  /** `<UTC timestamp>-<process sequence>-<random>-<template>.eml`: lexical order is creation order. */
  private async writeEml(template: string, message: Buffer): Promise<string> {
    await mkdir(this.opts.dir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[-:.]/g, '');
    this.sequence += 1;
    const name = `${stamp}-${String(this.sequence).padStart(6, '0')}-${randomBytes(3).toString('hex')}-${template}.eml`;
    await writeFile(join(this.opts.dir, name), message);
    return name;
  }
}
