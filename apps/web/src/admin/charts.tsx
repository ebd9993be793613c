/**
 * Hand-rolled, dependency-free charts. Bars are a real <table> (caption, headers, numbers) with the bar drawn
 * as decoration, so screen readers get the data and sighted users the shape. The time series is an SVG marked
 * as an image with a summary, followed by its data table in a disclosure.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiCount } from '@talents/shared';
import { currentLocale } from '../i18n';
import './i18n';
import { ScrollRegion } from './scroll-region';

export const formatNumber = (value: number) => new Intl.NumberFormat(currentLocale()).format(value);
/** A date and time in the UI language, e.g. "29/11/2026 14:35". */
export const formatDateTime = (iso: string, timeStyle: 'short' | 'medium' = 'short') =>
  new Intl.DateTimeFormat(currentLocale() === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'short', timeStyle }).format(new Date(iso));
export const formatPercent = (value: number | null) =>
  value === null ? '—' : new Intl.NumberFormat(currentLocale(), { style: 'percent', maximumFractionDigits: 1 }).format(value);

interface BarTableProps {
  caption: string;
  rows: KpiCount[];
  /** Keep the given order (a funnel) instead of sorting by count. */
  keepOrder?: boolean;
  labelOf?: (row: KpiCount) => string;
}

export function BarTable({ caption, rows, keepOrder, labelOf = (row) => row.label }: BarTableProps) {
  const { t } = useTranslation('admin');
  const ordered = keepOrder ? rows : [...rows].sort((a, b) => b.count - a.count);
  const max = Math.max(1, ...ordered.map((row) => row.count));
  const total = ordered.reduce((sum, row) => sum + row.count, 0);
  return (
    <table className="bar-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('charts.category')}</th>
          <th scope="col" className="num">{t('charts.count')}</th>
          <th scope="col" className="num">{t('charts.share')}</th>
          <th scope="col"><span className="visually-hidden">{t('charts.bar')}</span></th>
        </tr>
      </thead>
      <tbody>
        {ordered.length === 0 ? (
          <tr><td colSpan={4} className="empty">{t('charts.noData')}</td></tr>
        ) : (
          ordered.map((row) => (
            <tr key={row.key}>
              <th scope="row">{labelOf(row)}</th>
              <td className="num">{formatNumber(row.count)}</td>
              <td className="num">{total > 0 ? formatPercent(row.count / total) : '—'}</td>
              <td className="bar-cell" aria-hidden="true">
                <span className="bar" style={{ width: `${(row.count / max) * 100}%` }} />
              </td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

export interface Series {
  label: string;
  values: number[];
}

interface TimeSeriesProps {
  title: string;
  periods: string[];
  series: Series[];
}

const WIDTH = 640;
const HEIGHT = 220;
const PAD = 32;
const COLOURS = ['var(--color-primary)', 'var(--color-focus)', 'var(--color-success)'];

export function TimeSeriesChart({ title, periods, series }: TimeSeriesProps) {
  const { t } = useTranslation('admin');
  const id = useId();
  const max = Math.max(1, ...series.flatMap((line) => line.values));
  const x = (index: number) => PAD + (periods.length <= 1 ? 0 : (index * (WIDTH - 2 * PAD)) / (periods.length - 1));
  const y = (value: number) => HEIGHT - PAD - (value / max) * (HEIGHT - 2 * PAD);
  const summary = series.map((line) => t('charts.seriesTotal', { label: line.label, total: formatNumber(line.values.reduce((a, b) => a + b, 0)) })).join(' ; ');
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart__title">{title}</figcaption>
      <ul className="legend">
        {series.map((line, index) => (
          <li key={line.label}><span className="legend__swatch" style={{ background: COLOURS[index % COLOURS.length] }} aria-hidden="true" />{line.label}</li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${title}. ${summary}`} className="chart__svg">
        <line x1={PAD} y1={HEIGHT - PAD} x2={WIDTH - PAD} y2={HEIGHT - PAD} className="chart__axis" />
        <text x={PAD - 4} y={PAD} textAnchor="end" className="chart__label">{formatNumber(max)}</text>
        <text x={PAD - 4} y={HEIGHT - PAD} textAnchor="end" className="chart__label">0</text>
        {periods.length > 0 && <text x={PAD} y={HEIGHT - 8} className="chart__label">{periods[0]}</text>}
        {periods.length > 1 && <text x={WIDTH - PAD} y={HEIGHT - 8} textAnchor="end" className="chart__label">{periods[periods.length - 1]}</text>}
        {series.map((line, index) => (
          <polyline
            key={line.label}
            fill="none"
            stroke={COLOURS[index % COLOURS.length]}
            strokeWidth={2.5}
            strokeDasharray={index === 1 ? '6 4' : undefined}
            points={line.values.map((value, i) => `${x(i)},${y(value)}`).join(' ')}
          />
        ))}
      </svg>
      <details>
        <summary>{t('charts.showTable')}</summary>
        <ScrollRegion label={title}>
          <table className="data-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('charts.period')}</th>
                {series.map((line) => <th key={line.label} scope="col" className="num">{line.label}</th>)}
              </tr>
            </thead>
            <tbody>
              {periods.map((period, i) => (
                <tr key={period}>
                  <th scope="row">{period}</th>
                  {series.map((line) => <td key={line.label} className="num">{formatNumber(line.values[i] ?? 0)}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </figure>
  );
}
