/**
 * Public, anonymised statistics (GET /api/stats): key figures and breakdowns by profession and basin. Small
 * counts arrive already suppressed by the API; the page says so in words rather than showing a blank.
 */
import './stats-i18n';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PublicStats, StatsCell, StatsFigure } from '@talents/shared';
import { api } from '../../lib/api-client';
import { usePageTitle } from '../../ui/use-page-title';

export function StatsPage() {
  const { t, i18n } = useTranslation('stats');
  usePageTitle(t('title'));
  const stats = useQuery({ queryKey: ['public-stats'], queryFn: ({ signal }) => api.get<PublicStats>('/stats', { signal }) });
  const min = stats.data?.minCount ?? 5;
  const figure = (f: StatsFigure) => (f.suppressed || f.count === null ? t('suppressed', { min }) : f.count.toLocaleString(i18n.language));

  return (
    <div className="container">
      <h1>{t('title')}</h1>
      <p>{t('intro', { min })}</p>
      {stats.isPending && <p role="status">{t('loading')}</p>}
      {stats.error && (
        <p role="alert" className="alert alert--error">
          {t('error')} <button type="button" onClick={() => void stats.refetch()}>{t('retry')}</button>
        </p>
      )}
      {stats.data && (
        <>
          <h2>{t('totals')}</h2>
          <dl className="stats-totals">
            <div><dt>{t('candidates')}</dt><dd>{figure(stats.data.candidatesRegistered)}</dd></div>
            <div><dt>{t('companies')}</dt><dd>{figure(stats.data.companiesRegistered)}</dd></div>
            <div><dt>{t('hires')}</dt><dd>{figure(stats.data.hires)}</dd></div>
          </dl>
          <Breakdown title={t('candidatesByRoleFamily')} cells={stats.data.candidatesByRoleFamily} figure={figure} />
          <Breakdown title={t('candidatesByBasin')} cells={stats.data.candidatesByBasin} figure={figure} />
          <Breakdown title={t('hiresByRoleFamily')} cells={stats.data.hiresByRoleFamily} figure={figure} />
          <Breakdown title={t('hiresByBasin')} cells={stats.data.hiresByBasin} figure={figure} />
          <p>{t('generatedAt', { date: new Date(stats.data.generatedAt).toLocaleString(i18n.language) })}</p>
        </>
      )}
    </div>
  );
}

function Breakdown({ title, cells, figure }: { title: string; cells: StatsCell[]; figure: (f: StatsFigure) => string }) {
  const { t } = useTranslation('stats');
  return (
    <section>
      <h2>{title}</h2>
      {cells.length === 0 ? (
        <p className="empty">{t('empty')}</p>
      ) : (
        <table>
          <thead>
            <tr><th scope="col">{t('column.label')}</th><th scope="col">{t('column.count')}</th></tr>
          </thead>
          <tbody>
            {cells.map((cell) => (
              <tr key={cell.key}><th scope="row">{cell.label}</th><td>{figure(cell)}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
