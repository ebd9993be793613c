/**
 * Candidate imports: the CSV template, an upload with a real progress bar (XMLHttpRequest upload events),
 * then the job followed live until the worker is done, and the history of past imports.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ImportJobView } from '@talents/shared';
import { describeError } from '../ui/describe-error';
import { usePageTitle } from '../ui/use-page-title';
import { adminApi, adminKeys } from './admin-api';
import { formatDateTime, formatNumber } from './charts';
import './i18n';
import { ImportJobPanel } from './import-job-panel';
import { Pager } from './pager';
import { QueryState } from './query-state';
import { ScrollRegion } from './scroll-region';

/** The API accepts import files up to 10 MB (apps/api/src/imports). */
const MAX_BYTES = 10 * 1024 * 1024;
const CSV_TYPES = new Set(['', 'text/csv', 'application/csv', 'application/vnd.ms-excel', 'text/plain']);

export function ImportsPage() {
  const { t: ta } = useTranslation('admin');
  const [jobId, setJobId] = useState<string | null>(null);
  usePageTitle(ta('imports.title'));
  return (
    <>
      <h1>{ta('imports.title')}</h1>
      <p>{ta('imports.intro')}</p>
      <TemplateDownload />
      <UploadForm onUploaded={setJobId} />
      {jobId && <ImportJobPanel key={jobId} jobId={jobId} onClose={() => setJobId(null)} />}
      <ImportHistory onShow={setJobId} />
    </>
  );
}

function TemplateDownload() {
  const { t } = useTranslation();
  const { t: ta } = useTranslation('admin');
  const download = useMutation({ mutationFn: adminApi.importTemplate });
  return (
    <div className="csv-export">
      <button type="button" className="button button--secondary" onClick={() => download.mutate()} disabled={download.isPending}>
        {ta('imports.template')}
      </button>
      <div role="alert">
        {download.isError ? <p className="alert alert--error">{ta('imports.templateError', { reason: describeError(download.error, t) })}</p> : null}
      </div>
    </div>
  );
}

function UploadForm({ onUploaded }: { onUploaded(jobId: string): void }) {
  const { t } = useTranslation();
  const { t: ta } = useTranslation('admin');
  const queryClient = useQueryClient();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);

  const upload = useMutation({
    mutationFn: (file: File) => adminApi.uploadImport(file, { onProgress: setProgress }),
    onSuccess: (job: ImportJobView) => {
      // Seeds the job panel at once (no empty "loading" between the upload and the first poll).
      if (job.status) queryClient.setQueryData(adminKeys.importJob(job.id), job);
      void queryClient.invalidateQueries({ queryKey: adminKeys.allImports });
      if (inputRef.current) inputRef.current.value = '';
      onUploaded(job.id);
    },
    onSettled: () => setProgress(null),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setLocalError(null);
    upload.reset();
    const file = inputRef.current?.files?.[0];
    if (!file) return setLocalError(ta('imports.choose'));
    if (!file.name.toLowerCase().endsWith('.csv') && !CSV_TYPES.has(file.type)) return setLocalError(ta('imports.csvOnly'));
    if (file.size > MAX_BYTES) return setLocalError(ta('imports.tooBig'));
    upload.mutate(file);
  }

  const error = localError ?? (upload.isError ? describeError(upload.error, t) : null);
  return (
    <form className="form import-upload" onSubmit={submit} noValidate aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{ta('imports.uploadTitle')}</h2>
      <div className="field">
        <label htmlFor={inputId}>{ta('imports.file')}</label>
        <p className="field__hint" id={`${inputId}-hint`}>{ta('imports.fileHint')}</p>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ''}`}
          aria-invalid={error ? true : undefined}
        />
        {error && <p className="field__error" id={`${inputId}-error`} role="alert">{error}</p>}
      </div>
      {progress !== null && (
        <label className="import-progress">
          {ta('imports.uploading', { percent: Math.round(progress * 100) })}
          <progress max={100} value={Math.round(progress * 100)} />
        </label>
      )}
      <button type="submit" className="button" disabled={upload.isPending} aria-busy={upload.isPending || undefined}>
        {upload.isPending ? ta('imports.sending') : ta('imports.send')}
      </button>
    </form>
  );
}

function ImportHistory({ onShow }: { onShow(jobId: string): void }) {
  const { t: ta } = useTranslation('admin');
  const [page, setPage] = useState(1);
  const list = useQuery({ queryKey: adminKeys.imports(page), queryFn: () => adminApi.imports(page), placeholderData: keepPreviousData });
  return (
    <section aria-labelledby="imports-history" className="kpi-section" aria-busy={list.isFetching || undefined}>
      <h2 id="imports-history">{ta('imports.historyTitle')}</h2>
      <QueryState query={list} />
      {list.data && list.data.items.length === 0 && <p className="empty">{ta('imports.historyEmpty')}</p>}
      {list.data && list.data.items.length > 0 && (
        <ScrollRegion label={ta('imports.historyTitle')}>
          <table className="data-table">
            <caption className="visually-hidden">{ta('imports.historyTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{ta('imports.createdAt')}</th>
                <th scope="col">{ta('imports.fileName')}</th>
                <th scope="col">{ta('imports.statusLabel')}</th>
                <th scope="col" className="num">{ta('imports.rows')}</th>
                <th scope="col" className="num">{ta('imports.errors')}</th>
                <th scope="col"><span className="visually-hidden">{ta('imports.actionsColumn')}</span></th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((job) => (
                <tr key={job.id}>
                  <td><time dateTime={job.createdAt}>{formatDateTime(job.createdAt)}</time></td>
                  <th scope="row">{job.fileName}</th>
                  <td>{ta(`imports.status.${job.status}`)}</td>
                  <td className="num">{`${formatNumber(job.processed)} / ${formatNumber(job.total)}`}</td>
                  <td className="num">{formatNumber(job.errorCount)}</td>
                  <td>
                    <button type="button" className="button button--secondary button--small" onClick={() => onShow(job.id)}>
                      {ta('imports.show')}{' '}<span className="visually-hidden">{ta('imports.showFile', { fileName: job.fileName })}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {list.data && <Pager label={ta('imports.pagination')} page={page} total={list.data.total} pageSize={list.data.pageSize} onPage={setPage} />}
    </section>
  );
}
