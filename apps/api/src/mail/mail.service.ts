/**
 * The API's door to @talents/mail (the implementation shared with the worker): account mails are sent inline,
 * in the request. In development and tests each message is an .eml file in MAIL_DIR, in production it goes to
 * SMTP. Logs name the template and file, never the recipient.
 */
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Mailer, type OutgoingMail, type TemplateName } from '@talents/mail';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';

export type { OutgoingMail } from '@talents/mail';

@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly mailer: Mailer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.mailer = new Mailer({ transport: config.MAIL_TRANSPORT, dir: config.MAIL_DIR, from: config.MAIL_FROM, smtpUrl: config.SMTP_URL });
  }

  async send<K extends TemplateName>(mail: OutgoingMail<K>): Promise<void> {
    const sent = await this.mailer.send(mail);
    if (sent.file) this.logger.log({ template: sent.template, file: sent.file }, 'mail written');
    else this.logger.log({ template: sent.template, messageId: sent.messageId }, 'mail sent');
  }

  onModuleDestroy(): void {
    this.mailer.close();
  }
}
