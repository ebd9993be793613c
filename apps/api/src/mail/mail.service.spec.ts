import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { loadConfig } from '../common/config/app-config';
import { MailService } from './mail.service';
import { Logger } from '@nestjs/common';

beforeAll(() => Logger.overrideLogger(false));

describe('MailService', () => {
  it('delivers over SMTP to a real SMTP peer, in the recipient’s language, text and HTML', async () => {
    const received: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push(Buffer.concat(chunks).toString('utf8'));
          callback();
        });
      },
    });
    server.listen(0, '127.0.0.1');
    await once(server.server, 'listening');
    const { port } = server.server.address() as AddressInfo;
    try {
      const config = loadConfig({ MAIL_TRANSPORT: 'smtp', SMTP_URL: `smtp://127.0.0.1:${port}`, NODE_ENV: 'test' });
      const mail = new MailService(config);
      await mail.send({ to: 'lea@example.fr', locale: 'fr', template: 'reset-password', data: { link: 'http://web.test/reset-password?token=abc' } });
      expect(received).toHaveLength(1);
      const parsed = await simpleParser(received[0]!);
      expect(parsed.subject).toBe('Réinitialisez votre mot de passe');
      expect(parsed.text).toContain('http://web.test/reset-password?token=abc');
      expect(parsed.html).toContain('href="http://web.test/reset-password?token=abc"');
    } finally {
      server.close();
    }
  });

  it('writes .eml files whose names sort in sending order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mail-order-'));
    const mail = new MailService(loadConfig({ MAIL_TRANSPORT: 'file', MAIL_DIR: dir, NODE_ENV: 'test' }));
    for (const to of ['a@example.fr', 'b@example.fr', 'c@example.fr']) {
      await mail.send({ to, locale: 'en', template: 'password-changed', data: {} });
    }
    const files = readdirSync(dir).sort();
    const recipients = files.map((f) => /^To: (.*)$/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1]);
    expect(recipients).toEqual(['a@example.fr', 'b@example.fr', 'c@example.fr']);
  });

  it('escapes HTML in templated links', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mail-escape-'));
    const mail = new MailService(loadConfig({ MAIL_TRANSPORT: 'file', MAIL_DIR: dir, NODE_ENV: 'test' }));
    await mail.send({ to: 'x@example.fr', locale: 'en', template: 'verify-email', data: { link: 'http://web.test/?a="><script>' } });
    const parsed = await simpleParser(readFileSync(join(dir, readdirSync(dir)[0]!)));
    expect(parsed.html).not.toContain('<script>');
  });
});
