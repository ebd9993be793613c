/**
 * Bulk candidate import (POST /admin/imports/candidates, GET /admin/imports, GET /admin/imports/:id,
 * GET /admin/imports/template.csv). All-or-nothing: while any row is invalid nothing is written.
 */
import { z } from 'zod';
import { ImportStatus } from './enums';
import { Page } from './errors';

export const ImportsQuery = Page.extend({ status: ImportStatus.optional() }).strict();
export type ImportsQuery = z.infer<typeof ImportsQuery>;

export const ImportIdParam = z.strictObject({ id: z.uuid() });

/** A file with errors on every row must not make a response of tens of megabytes: the rest are counted. */
export const MAX_LISTED_ROW_ERRORS = 1000;

export interface ImportRowErrorView {
  /** 1-based line number in the CSV, header excluded; 0 for a problem of the header itself (unknown, missing or repeated column). */
  rowNumber: number;
  /** The CSV column at fault, or null for a row-level problem (duplicate e-mail, wrong column count). */
  field: string | null;
  /** A validation message key (see messages.ts; the import.* keys are listed in docs/imports.md). */
  message: string;
}

export interface ImportJobView {
  id: string;
  fileName: string;
  status: ImportStatus;
  /** Data rows in the file (0 until the worker has counted them). */
  total: number;
  processed: number;
  errorCount: number;
  /** Why the whole job failed when it is not about rows (unreadable file, wrong encoding or delimiter): a message key (import.notUtf8, import.headerInvalid, …); null when rows are at fault. */
  failureReason: string | null;
  /**
   * The bad rows in file order, the first MAX_LISTED_ROW_ERRORS of them (GET /admin/imports/:id only; the list
   * leaves it empty). `errorCount` counts them all.
   */
  errors: ImportRowErrorView[];
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}
