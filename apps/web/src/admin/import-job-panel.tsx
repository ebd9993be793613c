/**
 * One import job, followed live: GET /admin/imports/:id is polled while the worker has not finished
 * (PENDING/RUNNING), with a progress bar of processed rows. A failed job shows why — the file-level reason,
 * or the table of bad rows (nothing is written while any row is wrong, so the operator fixes the file and
 * sends it again). Row messages are validation keys of the contract when they are about a field.
 */
import { useEffect, useId } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { translateMessage, type ImportJobView, type ImportRowErrorView } from '@talents/shared';
import { currentLocale } from '../i18n';
import { adminApi, adminKeys } from './admin-api';
import { formatNumber } from './charts';
import './i18n';
import { QueryState } from './query-state';
import { ScrollRegion } from './scroll-region';

/** How often a running job is asked for news. */
export const IMPORT_POLL_MS = 1000;
const isActive = (job: ImportJobView | undefined) => job?.status === 'PENDING' || job?.status === 'RUNNING';

export function ImportJobPanel({ jobId, onClose }: { jobId: string; onClose(): void }) {
  const { t: ta } = useTranslation('admin');
  const queryClient = useQueryClient();
  const titleId = useId();
  const job = useQuery({
    queryKey: adminKeys.importJob(jobId),
    queryFn: () => adminApi.importJob(jobId),
    refetchInterval: (query) => (isActive(query.state.data) ? IMPORT_POLL_MS : false),
  });
  const finished = job.data && !isActive(job.data);
  // The history shows statuses too: refresh it once the job settles.
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: adminKeys.allImports });
  }, [finished, queryClient]);

  return (
    <section className="card import-job" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">{job.data ? ta('imports.jobTitle', { fileName: job.data.fileName }) : ta('imports.uploadTitle')}</h2>
      <QueryState query={job} />
      {job.data && <JobState job={job.data} />}
      <button type="button" className="button button--secondary button--small" onClick={onClose}>{ta('imports.close')}</button>
    </section>
  );
}

function JobState({ job }: { job: ImportJobView }) {
  const { t: ta } = useTranslation('admin');
  const locale = currentLocale();
  const counted = job.total > 0;
  return (
    <>
      <p><span className={`badge badge--import-${job.status.toLowerCase()}`}>{ta(`imports.status.${job.status}`)}</span></p>
      {isActive(job) && (
        <label className="import-progress">
          {counted
            ? ta('imports.progress', { processed: formatNumber(job.processed), total: formatNumber(job.total) })
            : ta('imports.counting')}
          {/* Without a total the bar is indeterminate: the worker has not counted the rows yet. */}
          {counted ? <progress max={job.total} value={job.processed} /> : <progress />}
        </label>
      )}
      <div role="status">
        {job.status === 'SUCCEEDED' && (
          <p className="alert alert--success">{ta('imports.succeeded', { count: job.processed, formatted: formatNumber(job.processed) })}</p>
        )}
      </div>
      <div role="alert">
        {job.status === 'FAILED' && (
          <div className="alert alert--error">
            <p>{ta('imports.failed')}</p>
            {job.failureReason && <p>{ta('imports.failureReason', { reason: translateMessage(job.failureReason, locale) })}</p>}
          </div>
        )}
      </div>
      {job.status === 'FAILED' && job.errors.length > 0 && <RowErrors errors={job.errors} count={Math.max(job.errorCount, job.errors.length)} />}
    </>
  );
}

function RowErrors({ errors, count }: { errors: ImportRowErrorView[]; count: number }) {
  const { t: ta } = useTranslation('admin');
  const locale = currentLocale();
  return (
    <>
      <h3>{ta('imports.errorsTitle', { count, formatted: formatNumber(count) })}</h3>
      {errors.length < count && <p className="field__hint">{ta('imports.errorsTruncated', { shown: formatNumber(errors.length) })}</p>}
      <ScrollRegion label={ta('imports.errorsCaption')}>
        <table className="data-table">
          <caption className="visually-hidden">{ta('imports.errorsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">{ta('imports.row')}</th>
              <th scope="col">{ta('imports.column')}</th>
              <th scope="col">{ta('imports.message')}</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((error, index) => (
              <tr key={`${error.rowNumber}-${error.field ?? ''}-${index}`}>
                <th scope="row" className="num">{error.rowNumber}</th>
                <td>{error.field ?? ta('imports.wholeRow')}</td>
                <td>{translateMessage(error.message, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
