/**
 * CV upload with a real progress bar (XMLHttpRequest upload events) and the download of the current CV. The
 * file is checked here for type and size to save a useless upload; the API checks the bytes anyway.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CvInfo, OwnerProfile } from '@talents/shared';
import { formatDate } from '../../public/offers/reference-labels';
import { describeError } from '../../ui/describe-error';
import { candidateApi } from '../candidate-api';
import { candidateKeys } from '../candidate-keys';

const MAX_BYTES = 5 * 1024 * 1024;

export function CvUpload({ cv, disabled }: { cv: CvInfo | null; disabled: boolean }) {
  const { t } = useTranslation('candidate');
  const { t: common } = useTranslation();
  const queryClient = useQueryClient();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);

  const upload = useMutation({
    mutationFn: (file: File) => candidateApi.uploadCv(file, { onProgress: setProgress }),
    onSuccess: (info) => {
      queryClient.setQueryData<OwnerProfile>(candidateKeys.profile, (old) => old && { ...old, cv: info });
      if (inputRef.current) inputRef.current.value = '';
    },
    onSettled: () => setProgress(null),
  });
  const download = useMutation({ mutationFn: (fileName: string) => candidateApi.downloadCv(fileName) });

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setLocalError(null);
    upload.reset();
    const file = inputRef.current?.files?.[0];
    if (!file) return setLocalError(t('cv.choose'));
    if (file.type && file.type !== 'application/pdf') return setLocalError(t('cv.pdfOnly'));
    if (file.size > MAX_BYTES) return setLocalError(t('cv.tooBig'));
    upload.mutate(file);
  }

  const error = localError ?? (upload.isError ? describeError(upload.error, common) : null);
  return (
    <section className="profile-section" id="section-cv" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`} className="profile-section__title">
        {t('cv.title')}
      </h2>
      {cv ? (
        <p>
          {t('cv.current', { name: cv.fileName, size: Math.ceil(cv.sizeBytes / 1024), date: formatDate(cv.uploadedAt) })}{' '}
          <button type="button" className="button button--secondary button--small" onClick={() => download.mutate(cv.fileName)} disabled={download.isPending}>
            {t('cv.download')}
          </button>
        </p>
      ) : (
        <p>{t('cv.none')}</p>
      )}
      {disabled ? (
        <p className="field__hint">{t('cv.saveFirst')}</p>
      ) : (
        <form className="form" onSubmit={handleSubmit} noValidate>
          <div className="field">
            <label htmlFor={inputId}>{cv ? t('cv.replace') : t('cv.file')}</label>
            <p className="field__hint" id={`${inputId}-hint`}>
              {t('cv.hint')}
            </p>
            <input
              ref={inputRef}
              id={inputId}
              type="file"
              accept="application/pdf,.pdf"
              aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ''}`}
              aria-invalid={error ? true : undefined}
            />
            {error && (
              <p className="field__error" id={`${inputId}-error`} role="alert">
                {error}
              </p>
            )}
          </div>
          {progress !== null && (
            <label className="profile-progress__label">
              {t('cv.uploading', { percent: Math.round(progress * 100) })}
              <progress max={100} value={Math.round(progress * 100)} />
            </label>
          )}
          <button type="submit" className="button" disabled={upload.isPending} aria-busy={upload.isPending || undefined}>
            {upload.isPending ? t('cv.sending') : t('cv.send')}
          </button>
        </form>
      )}
      <div role="status">{upload.isSuccess ? <p className="alert alert--success">{t('cv.sent')}</p> : null}</div>
      <div role="alert">
        {download.isError ? <p className="alert alert--error">{describeError(download.error, common)}</p> : null}
      </div>
    </section>
  );
}
