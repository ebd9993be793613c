/**
 * Reads an import CSV as a stream: bytes are decoded as strict UTF-8 (a Latin-1 or Windows-1252 export fails
 * at the first invalid byte rather than importing "Ã©" into names), the BOM is dropped, the delimiter (`,` or
 * `;`, what French spreadsheet software writes) is taken from the header line, and csv-parse does the quoting.
 * Problems with the file as a whole raise ImportFileError with a message key (docs/imports.md); problems with
 * one row are the caller's.
 */
import { pipeline, Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { IMPORT_COLUMNS, IMPORT_REQUIRED_COLUMNS, type ImportColumn } from '@talents/shared';

export class ImportFileError extends Error {
  constructor(
    /** A message key of @talents/shared messages (import.*). */
    readonly reason: string,
    /** Header columns at fault, reported as row 0. */
    readonly columns: { column: string; message: string }[] = [],
  ) {
    super(reason);
  }
}

export interface CsvRecord {
  /** 1-based, header excluded. */
  rowNumber: number;
  /** Cells by column; absent when the row has fewer cells than the header. */
  cells: Partial<Record<ImportColumn, string>>;
  /** The row's cell count differs from the header's. */
  columnCountMismatch: boolean;
}

/** Decodes chunks as UTF-8, refusing invalid sequences (also across chunk boundaries). */
async function* decodeUtf8(bytes: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  try {
    for await (const chunk of bytes) {
      const text = decoder.decode(typeof chunk === 'string' ? Buffer.from(chunk) : chunk, { stream: true });
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch (err) {
    // TextDecoder's fatal mode throws a TypeError with this code (checked by code: jest runs in another realm).
    if ((err as { code?: string } | null)?.code === 'ERR_ENCODING_INVALID_ENCODED_DATA') throw new ImportFileError('import.notUtf8');
    throw err;
  }
}

/** The delimiter the header line uses: `;` when it has more of them than commas, `,` otherwise. */
export function detectDelimiter(headerLine: string): ',' | ';' {
  const count = (c: string) => headerLine.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** Yields the text again, once the header line is known: the first yield is the delimiter. */
async function* withDelimiter(text: AsyncIterable<string>): AsyncGenerator<string> {
  let head = '';
  let delimiterSent = false;
  for await (const chunk of text) {
    if (delimiterSent) {
      yield chunk;
      continue;
    }
    head += chunk;
    const eol = head.search(/\r?\n/);
    if (eol < 0 && head.length < 64 * 1024) continue;
    yield detectDelimiter(eol < 0 ? head : head.slice(0, eol));
    delimiterSent = true;
    yield head;
  }
  if (!delimiterSent) {
    yield detectDelimiter(head);
    yield head;
  }
}

/** Checks the header: every required column, no unknown or repeated one. Returns the column of each position. */
export function checkHeader(header: string[]): ImportColumn[] {
  const names = header.map((h) => h.trim().toLowerCase());
  const known = new Set<string>(IMPORT_COLUMNS);
  const problems: { column: string; message: string }[] = [];
  names.forEach((name, i) => {
    if (!known.has(name)) problems.push({ column: name.slice(0, 60) || `#${i + 1}`, message: 'import.headerUnknownColumn' });
    else if (names.indexOf(name) !== i) problems.push({ column: name, message: 'import.headerDuplicateColumn' });
  });
  for (const required of IMPORT_REQUIRED_COLUMNS) {
    if (!names.includes(required)) problems.push({ column: required, message: 'import.headerMissingColumn' });
  }
  if (problems.length > 0) throw new ImportFileError('import.headerInvalid', problems);
  return names as ImportColumn[];
}

/** Parses the CSV, header checked, one record per data row (blank lines skipped). */
export async function* readImportCsv(source: Readable): AsyncGenerator<CsvRecord> {
  const text = withDelimiter(decodeUtf8(source));
  const first = await text.next();
  const delimiter = first.done ? ',' : first.value;
  const parser = parse({ delimiter, bom: true, skip_empty_lines: true, relax_column_count: true });
  // pipeline carries back-pressure and tears both sides down together; a decoding error destroys the parser
  // with that error, which the iteration below rethrows, so the callback has nothing left to do.
  pipeline(Readable.from(text), parser, () => undefined);

  let columns: ImportColumn[] | null = null;
  let rowNumber = 0;
  try {
    for await (const row of parser as AsyncIterable<string[]>) {
      if (!columns) {
        columns = checkHeader(row);
        continue;
      }
      rowNumber += 1;
      const cells: Partial<Record<ImportColumn, string>> = {};
      columns.forEach((column, i) => {
        if (i < row.length) cells[column] = row[i];
      });
      yield { rowNumber, cells, columnCountMismatch: row.length !== columns.length };
    }
  } catch (err) {
    if (err instanceof ImportFileError) throw err;
    // csv-parse's own errors (unclosed quote, …) are about the file's syntax.
    if ((err as { code?: string } | null)?.code?.startsWith('CSV_')) throw new ImportFileError('import.csvSyntax');
    throw err;
  }
  if (!columns) throw new ImportFileError('import.empty');
}
