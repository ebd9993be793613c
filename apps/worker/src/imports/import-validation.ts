/**
 * The checking half of an import: every row through the API's schemas (parseImportRow), then what needs the
 * database or the whole file: role families that exist and are active, e-mails repeated in the file, e-mails
 * that already have an account. Nothing is written here but progress; the caller decides all-or-nothing.
 */
import type { Readable } from 'node:stream';
import type { PrismaClient } from '@talents/db';
import { Email, IMPORT_MAX_ROWS, parseImportRow, type ImportCandidate } from '@talents/shared';
import { ImportFileError, readImportCsv } from './csv-reader';

export interface RowError {
  rowNumber: number;
  field: string | null;
  message: string;
}

export interface ValidRow extends ImportCandidate {
  rowNumber: number;
}

export interface ValidationOutcome {
  total: number;
  rows: ValidRow[];
  errors: RowError[];
}

export interface ValidationDeps {
  prisma: PrismaClient;
  /** Opens the file again (it is read twice: once to count, once to check). */
  open(): Promise<Readable>;
  /** Told the row count once known, then the rows checked so far, every `progressEvery` rows. */
  onTotal(total: number): Promise<void>;
  onProgress(processed: number): Promise<void>;
  progressEvery: number;
}

const EMAIL_LOOKUP_BATCH = 1000;

export async function validateImport(deps: ValidationDeps): Promise<ValidationOutcome> {
  // First pass: only the count, so that progress has a denominator from the start (and a huge file stops here).
  let total = 0;
  for await (const record of readImportCsv(await deps.open())) {
    total = record.rowNumber;
    if (total > IMPORT_MAX_ROWS) throw new ImportFileError('import.tooManyRows');
  }
  if (total === 0) throw new ImportFileError('import.empty');
  await deps.onTotal(total);

  const activeFamilies = new Set((await deps.prisma.roleFamily.findMany({ where: { active: true }, select: { code: true } })).map((f) => f.code));
  const rows: ValidRow[] = [];
  const errors: RowError[] = [];
  const firstRowOf = new Map<string, number>();

  const emails: { rowNumber: number; email: string }[] = [];
  for await (const record of readImportCsv(await deps.open())) {
    const rowNumber = record.rowNumber;
    // Repeated addresses are found on every row whose address is valid, whatever else is wrong with it.
    const email = Email.safeParse(record.cells.email ?? '');
    const earlier = email.success ? firstRowOf.get(email.data) : undefined;
    if (email.success && earlier === undefined) {
      firstRowOf.set(email.data, rowNumber);
      emails.push({ rowNumber, email: email.data });
    }
    const rowErrors: RowError[] = [];
    if (record.columnCountMismatch) {
      rowErrors.push({ rowNumber, field: null, message: 'import.columnCount' });
    } else {
      const result = parseImportRow(record.cells);
      if (!result.ok) rowErrors.push(...result.issues.map((issue) => ({ rowNumber, ...issue })));
      else if (result.value.profile.roleFamilies.some((code) => !activeFamilies.has(code))) rowErrors.push({ rowNumber, field: 'role_families', message: 'roleFamily.invalid' });
      else if (earlier === undefined) rows.push({ rowNumber, ...result.value });
    }
    if (earlier !== undefined) rowErrors.push({ rowNumber, field: 'email', message: 'import.duplicateInFile' });
    errors.push(...rowErrors);
    if (rowNumber % deps.progressEvery === 0) await deps.onProgress(rowNumber);
  }

  errors.push(...(await alreadyRegistered(deps.prisma, emails)));
  errors.sort((a, b) => a.rowNumber - b.rowNumber);
  return { total, rows, errors };
}

async function alreadyRegistered(prisma: PrismaClient, rows: { rowNumber: number; email: string }[]): Promise<RowError[]> {
  const errors: RowError[] = [];
  for (let i = 0; i < rows.length; i += EMAIL_LOOKUP_BATCH) {
    const batch = rows.slice(i, i + EMAIL_LOOKUP_BATCH);
    const taken = new Set((await prisma.user.findMany({ where: { email: { in: batch.map((r) => r.email) } }, select: { email: true } })).map((u) => u.email));
    for (const row of batch) if (taken.has(row.email)) errors.push({ rowNumber: row.rowNumber, field: 'email', message: 'import.emailTaken' });
  }
  return errors;
}
