/**
 * The KPI document as one long-format CSV table (section, figure, dimension, key, label, period, value), so a
 * spreadsheet pivot table can rebuild any view. Written for French spreadsheet software: UTF-8 with a BOM
 * (otherwise accents are read as Latin-1), ';' between fields and ',' as decimal separator.
 */
import { stringify } from 'csv-stringify/sync';
import type { KpiCount, KpiDocument, KpiGenderShare } from '@talents/shared';

type Row = [section: string, figure: string, dimension: string, key: string, label: string, period: string, value: number | null];

export const CSV_COLUMNS = ['section', 'figure', 'dimension', 'key', 'label', 'period', 'value'];

export function kpisToCsv(doc: KpiDocument): string {
  const rows: Row[] = [];
  const { from, to, groupBy } = doc.window;
  for (const [figure, value] of Object.entries(doc.totals)) rows.push(['totals', figure, '', '', '', `${from}/${to}`, value]);
  for (const period of doc.series) {
    for (const [figure, value] of Object.entries(period)) {
      if (figure !== 'period') rows.push([`series:${groupBy}`, figure, '', '', '', period.period, value as number]);
    }
  }
  const counts = (section: string, figure: string, dimension: string, items: KpiCount[]) => {
    for (const c of items) rows.push([section, figure, dimension, c.key, c.label, `${from}/${to}`, c.count]);
  };
  for (const [figure, dims] of Object.entries(doc.breakdowns)) {
    for (const [dimension, items] of Object.entries(dims as Record<string, KpiCount[]>)) counts('breakdowns', figure, dimension, items);
  }
  for (const [figure, share] of Object.entries(doc.gender) as [string, KpiGenderShare][]) {
    counts('gender', figure, 'gender', share.counts);
    rows.push(['gender', figure, 'womenShare', '', '', `${from}/${to}`, share.womenShare]);
    rows.push(['gender', figure, 'womenShareOfDeclared', '', '', `${from}/${to}`, share.womenShareOfDeclared]);
    rows.push(['gender', figure, 'notDeclaredShare', '', '', `${from}/${to}`, share.notDeclaredShare]);
  }
  for (const stage of doc.funnel) {
    rows.push(['funnel', 'applications', 'stage', stage.stage, '', `${from}/${to}`, stage.count]);
    rows.push(['funnel', 'conversionFromPrevious', 'stage', stage.stage, '', `${from}/${to}`, stage.conversionFromPrevious]);
    rows.push(['funnel', 'conversionFromApplied', 'stage', stage.stage, '', `${from}/${to}`, stage.conversionFromApplied]);
  }
  for (const [figure, value] of Object.entries(doc.timeToHire)) rows.push(['timeToHire', figure, '', '', '', `${from}/${to}`, value]);

  return stringify(rows, {
    bom: true,
    header: true,
    columns: CSV_COLUMNS,
    delimiter: ';',
    // Empty cell for "undefined" (0/0), decimal comma for the spreadsheet's French locale.
    // Free text (support structures are typed by companies) starting like a formula is defused with a quote.
    cast: { number: (n) => String(n).replace('.', ','), string: (s) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s) },
  });
}
