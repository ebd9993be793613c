/**
 * The operator's KPI panel: the three success KPIs (candidates, companies, effective hires), registrations and
 * hires over time, breakdowns, gender shares ("non déclaré" shown, never hidden), the funnel and time-to-hire.
 * The period filter is a form: the document is fetched when it is applied, not on every keystroke.
 */
import { useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { KPI_GROUP_BY, KpiQuery, NOT_DECLARED, type KpiCount, type KpiDocument, type KpiGenderShare, type KpiGroupBy } from '@talents/shared';
import { currentLocale } from '../i18n';
import { validate, type FieldErrors } from '../lib/validation';
import { TextField } from '../ui/text-field';
import { usePageTitle } from '../ui/use-page-title';
import { adminApi, adminKeys, type KpiParams } from './admin-api';
import { BarTable, TimeSeriesChart, formatNumber, formatPercent } from './charts';
import { CsvExportButton } from './csv-export-button';
import { QueryState } from './query-state';
import './i18n';

export function KpiPanel() {
  const { t } = useTranslation();
  const { t: ta } = useTranslation('admin');
  const [draft, setDraft] = useState({ from: '', to: '', groupBy: 'month' as KpiGroupBy });
  const [params, setParams] = useState<KpiParams>({ groupBy: 'month' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const kpis = useQuery({ queryKey: adminKeys.kpis(params), queryFn: () => adminApi.kpis(params), placeholderData: keepPreviousData });
  usePageTitle(ta('kpis.title'));

  function apply(event: FormEvent) {
    event.preventDefault();
    const values = { from: draft.from || undefined, to: draft.to || undefined, groupBy: draft.groupBy };
    const result = validate(KpiQuery, values, currentLocale(), t('form.required'));
    if (!result.success) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setParams(values);
  }

  return (
    <>
      <h1>{ta('kpis.title')}</h1>
      <form className="period-filter" onSubmit={apply} aria-label={ta('kpis.periodLabel')} noValidate>
        <TextField name="from" type="date" label={ta('kpis.from')} value={draft.from} onValueChange={(from) => setDraft({ ...draft, from })} error={errors.from} />
        <TextField name="to" type="date" label={ta('kpis.to')} value={draft.to} onValueChange={(to) => setDraft({ ...draft, to })} error={errors.to} />
        <div className="field">
          <label htmlFor="kpi-group-by">{ta('kpis.groupBy')}</label>
          <select id="kpi-group-by" value={draft.groupBy} onChange={(event) => setDraft({ ...draft, groupBy: event.target.value as KpiGroupBy })}>
            {KPI_GROUP_BY.map((value) => <option key={value} value={value}>{ta(`kpis.groupByValue.${value}`)}</option>)}
          </select>
        </div>
        <button type="submit" className="button">{ta('kpis.apply')}</button>
      </form>
      <p className="field__hint">{ta('kpis.defaultPeriod')}</p>
      <div className="kpi-toolbar">
        <CsvExportButton params={params} />
        <div className="kpi-refresh">
          {/* Refetches the same period: the filter state is untouched. */}
          <button type="button" className="button button--secondary" onClick={() => void kpis.refetch()} disabled={kpis.isFetching} aria-busy={kpis.isFetching || undefined}>
            {kpis.isFetching && !kpis.isPending ? ta('kpis.refreshing') : ta('kpis.refresh')}
          </button>
          <p role="status" className="field__hint">
            {kpis.dataUpdatedAt > 0 ? ta('kpis.updatedAt', { time: formatTime(kpis.dataUpdatedAt) }) : ''}
          </p>
        </div>
      </div>
      <QueryState query={kpis} />
      {kpis.data && <KpiDocumentView doc={kpis.data} busy={kpis.isFetching} />}
    </>
  );
}

const formatTime = (at: number) =>
  new Intl.DateTimeFormat(currentLocale() === 'fr' ? 'fr-FR' : 'en-GB', { hour: '2-digit', minute: '2-digit' }).format(new Date(at));

export function KpiDocumentView({ doc, busy = false }: { doc: KpiDocument; busy?: boolean }) {
  const { t: ta } = useTranslation('admin');
  const { totals } = doc;
  const cards = [
    { key: 'candidates', value: totals.candidatesToDate, delta: totals.candidatesRegistered },
    { key: 'companies', value: totals.companiesToDate, delta: totals.companiesRegistered },
    { key: 'hires', value: totals.hiresToDate, delta: totals.hires },
  ] as const;
  const periods = doc.series.map((row) => row.period);
  const enumLabel = (prefix: 'track' | 'contract') => (row: KpiCount) =>
    row.key === NOT_DECLARED ? ta('kpis.notDeclared') : ta(`${prefix}.${row.key}` as 'track.STUDENT', { defaultValue: row.label });

  return (
    <div aria-busy={busy || undefined}>
      <p className="field__hint">{ta('kpis.window', { from: doc.window.from, to: doc.window.to })}</p>
      <ul className="kpi-cards">
        {cards.map((card) => (
          <li key={card.key} className="kpi-card">
            <p className="kpi-card__label">{ta(`kpis.cards.${card.key}`)}</p>
            <p className="kpi-card__value">{formatNumber(card.value)}</p>
            <p className="kpi-card__delta">{ta('kpis.inPeriod', { count: card.delta, formatted: formatNumber(card.delta) })}</p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="kpi-series" className="kpi-section">
        <h2 id="kpi-series">{ta('kpis.seriesTitle')}</h2>
        <TimeSeriesChart
          title={ta('kpis.registrations')}
          periods={periods}
          series={[
            { label: ta('kpis.cards.candidates'), values: doc.series.map((row) => row.candidatesRegistered) },
            { label: ta('kpis.cards.companies'), values: doc.series.map((row) => row.companiesRegistered) },
          ]}
        />
        <TimeSeriesChart title={ta('kpis.hiresOverTime')} periods={periods} series={[{ label: ta('kpis.cards.hires'), values: doc.series.map((row) => row.hires) }]} />
      </section>
      <section aria-labelledby="kpi-breakdowns" className="kpi-section">
        <h2 id="kpi-breakdowns">{ta('kpis.breakdownsTitle')}</h2>
        <div className="kpi-grid">
          <BarTable caption={ta('kpis.hiresByRoleFamily')} rows={doc.breakdowns.hires.roleFamily} />
          <BarTable caption={ta('kpis.hiresByBasin')} rows={doc.breakdowns.hires.basin} />
          <BarTable caption={ta('kpis.hiresByTrack')} rows={doc.breakdowns.hires.track} labelOf={enumLabel('track')} />
          <BarTable caption={ta('kpis.hiresByContract')} rows={doc.breakdowns.hires.contractType} labelOf={enumLabel('contract')} />
          <BarTable caption={ta('kpis.candidatesByRoleFamily')} rows={doc.breakdowns.candidates.roleFamily} />
          <BarTable caption={ta('kpis.candidatesByBasin')} rows={doc.breakdowns.candidates.basin} />
        </div>
      </section>
      <section aria-labelledby="kpi-gender" className="kpi-section">
        <h2 id="kpi-gender">{ta('kpis.genderTitle')}</h2>
        <div className="kpi-grid">
          <GenderTable caption={ta('kpis.genderCandidates')} share={doc.gender.candidates} />
          <GenderTable caption={ta('kpis.genderHires')} share={doc.gender.hires} />
        </div>
      </section>
      <section aria-labelledby="kpi-funnel" className="kpi-section">
        <h2 id="kpi-funnel">{ta('kpis.funnelTitle')}</h2>
        <BarTable
          caption={ta('kpis.funnelCaption')}
          keepOrder
          rows={doc.funnel.map((stage) => ({ key: stage.stage, label: ta(`funnel.${stage.stage}`), count: stage.count }))}
        />
        <p>
          {ta('kpis.timeToHire', {
            median: doc.timeToHire.medianDays ?? '—',
            p75: doc.timeToHire.p75Days ?? '—',
            count: doc.timeToHire.hires,
          })}
        </p>
        <p>{ta('kpis.contactAcceptance', { rate: formatPercent(totals.contactAcceptanceRate) })}</p>
      </section>
    </div>
  );
}

function GenderTable({ caption, share }: { caption: string; share: KpiGenderShare }) {
  const { t: ta } = useTranslation('admin');
  return (
    <div>
      <BarTable caption={caption} rows={share.counts} labelOf={(row) => ta(`gender.${row.key}` as 'gender.FEMALE', { defaultValue: row.label })} />
      <p className="field__hint">
        {ta('kpis.womenShare', { share: formatPercent(share.womenShare), declared: formatPercent(share.womenShareOfDeclared), notDeclared: formatPercent(share.notDeclaredShare) })}
      </p>
    </div>
  );
}
