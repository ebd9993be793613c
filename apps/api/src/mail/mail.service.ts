/**
 * Sends mail through nodemailer. In development and tests (MAIL_TRANSPORT=file) each message is written as an
 * .eml file in MAIL_DIR, named so that the newest sorts last; in production it goes to SMTP. Logs name the
 * template and file, never the recipient.
 */
import { Inject, Injectable, Logger } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Locale } from '@talents/shared';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { renderMail, type TemplateData, type TemplateName } from './templates';

export interface OutgoingMail<K extends TemplateName> {
  to: string;
  locale: Locale;
  template: K;
  data: TemplateData[K];
  headers?: Record<string, string>;
}

@Injectable()
export class MailService {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter;
  private sequence = 0;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport =
      config.MAIL_TRANSPORT === 'smtp'
        ? nodemailer.createTransport(config.SMTP_URL)
        : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send<K extends TemplateName>(mail: OutgoingMail<K>): Promise<void> {
    const rendered = renderMail(mail.template, mail.locale, mail.data);
    const info = await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      to: mail.to,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      headers: { 'X-Template': mail.template, ...mail.headers },
    });
    if (this.config.MAIL_TRANSPORT === 'file') {
      const file = await this.writeEml(mail.template, info.message as Buffer);
      this.logger.log({ template: mail.template, file }, 'mail written');
    } else {
      this.logger.log({ template: mail.template, messageId: info.messageId }, 'mail sent');
    }
  }

  /** `<UTC timestamp>-<process sequence>-<random>-<template>.eml`: lexical order is creation order. */
  private async writeEml(template: string, message: Buffer): Promise<string> {
    await mkdir(this.config.MAIL_DIR, { recursive: true });
    const stamp = new Date().toISOString().replace(/[-:.]/g, '');
    this.sequence += 1;
    const name = `${stamp}-${String(this.sequence).padStart(6, '0')}-${randomBytes(3).toString('hex')}-${template}.eml`;
    await writeFile(join(this.config.MAIL_DIR, name), message);
    return name;
  }
}
