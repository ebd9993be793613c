/**
 * The downloadable template: the documented header (docs/imports.md) and one example row, UTF-8 with a BOM so
 * that spreadsheet software opens the accents correctly, `,`-separated (the worker also accepts `;`).
 */
import { stringify } from 'csv-stringify/sync';
import { IMPORT_COLUMNS, IMPORT_EXAMPLE_ROW } from '@talents/shared';

export function importTemplateCsv(): string {
  return stringify([IMPORT_EXAMPLE_ROW], { header: true, columns: [...IMPORT_COLUMNS], bom: true, record_delimiter: 'windows' });
}
