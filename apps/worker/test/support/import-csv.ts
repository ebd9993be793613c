/** Import CSV fixtures: rows derived from the template's example, written with the delimiter and encoding asked. */
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '@talents/db';
import { IMPORT_COLUMNS, IMPORT_EXAMPLE_ROW, type ImportColumn } from '@talents/shared';
import type { Harness } from './harness';

export type Row = Partial<Record<ImportColumn, string>>;

export function candidateRow(overrides: Row = {}): Row {
  const suffix = randomBytes(5).toString('hex');
  return { ...IMPORT_EXAMPLE_ROW, email: `import.${suffix}@example.fr`, first_name: 'Camille', last_name: `Martin-${suffix}`, ...overrides };
}

const quote = (value: string, delimiter: string) => (/["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value);

export function toCsv(rows: Row[], opts: { delimiter?: string; bom?: boolean; columns?: readonly string[] } = {}): string {
  const delimiter = opts.delimiter ?? ',';
  const columns = opts.columns ?? IMPORT_COLUMNS;
  const lines = [columns.join(delimiter), ...rows.map((row) => columns.map((c) => quote(row[c as ImportColumn] ?? '', delimiter)).join(delimiter))];
  return `${opts.bom ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`;
}

/** Stores the bytes and creates the PENDING ImportJob the API would have created. */
export async function uploadedImport(h: Harness, bytes: Buffer | string, fileName = 'promo.csv'): Promise<string> {
  const stored = await h.files.put('imports', Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8'));
  const job = await h.prisma.importJob.create({ data: { fileName, storageKey: stored.key } });
  return job.id;
}

export async function mailJobsFor(h: Harness, userIds: string[]): Promise<{ template: string; userId: string; essential: boolean }[]> {
  const wanted = new Set(userIds);
  const jobs = await h.mail.queue.getJobs(['waiting', 'delayed', 'prioritized', 'active', 'completed', 'failed']);
  return jobs.map((j) => j.data as { template: string; userId: string; essential: boolean }).filter((d) => wanted.has(d.userId));
}

export async function usersByEmail(prisma: PrismaClient, emails: string[]) {
  return prisma.user.findMany({ where: { email: { in: emails } }, include: { candidateProfile: { include: { roleFamilies: true, skills: { include: { skill: true } } } } } });
}
