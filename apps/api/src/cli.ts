/**
 * Operator commands. Admin accounts are never created through the public API, only here:
 *   pnpm admin:create --email ops@example.fr [--password '…']   (a password is generated when omitted)
 *   cli reindex [--index candidates|offers]   rebuilds the search index(es) from PostgreSQL
 */
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { PrismaClient, createPgAdapter } from '@talents/db';
import { Email, Password } from '@talents/shared';
import { loadConfig } from './common/config/app-config';
import { hashPassword } from './auth/secrets';
import { reindex } from './search/reindex-command';

async function createAdmin(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { email: { type: 'string' }, password: { type: 'string' } } });
  const email = Email.parse(values.email);
  const generated = values.password === undefined;
  const password = Password.parse(values.password ?? `${randomBytes(12).toString('base64url')}-Aa1`);
  const config = loadConfig();
  const prisma = new PrismaClient({ adapter: createPgAdapter(config.DATABASE_URL, { max: 1 }) });
  try {
    const passwordHash = await hashPassword(password);
    await prisma.user.upsert({
      where: { email },
      create: { email, passwordHash, role: 'ADMIN', emailVerifiedAt: new Date() },
      update: { passwordHash, role: 'ADMIN', suspendedAt: null },
    });
    process.stdout.write(`Admin ready: ${email}${generated ? `\nPassword: ${password}` : ''}\n`);
  } finally {
    await prisma.$disconnect();
  }
}

const commands: Record<string, (args: string[]) => Promise<void>> = { 'create-admin': createAdmin, reindex };

const [name, ...rest] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  process.stderr.write(`Usage: cli <${Object.keys(commands).join('|')}> [options]\n`);
  process.exit(2);
}
command(rest).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
