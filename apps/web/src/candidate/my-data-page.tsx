/**
 * "Mes données" (GDPR): download what the service holds about the profile, and account deletion. The API has
 * no full export (GET /me/export) nor deletion (DELETE /me) yet: the export is the JSON Resume of the profile
 * and the deletion button is shown disabled with the reason, so the right is visible and the gap honest.
 */
import './candidate-i18n';
import { useId, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { saveBlob } from '../lib/transfer';
import { describeError } from '../ui/describe-error';
import { usePageTitle } from '../ui/use-page-title';
import { candidateApi } from './candidate-api';

export function MyDataPage() {
  const { t } = useTranslation('candidate');
  const { t: common } = useTranslation();
  const deletionId = useId();
  const [done, setDone] = useState(false);
  usePageTitle(t('myData.title'));
  const exportData = useMutation({
    mutationFn: () => candidateApi.jsonResume(),
    onSuccess: (document) => {
      saveBlob(new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' }), 'profil-json-resume.json');
      setDone(true);
    },
  });

  return (
    <>
      <h1>{t('myData.title')}</h1>
      <section aria-labelledby={`${deletionId}-export`}>
        <h2 id={`${deletionId}-export`}>{t('myData.exportTitle')}</h2>
        <p>{t('myData.exportText')}</p>
        <button
          type="button"
          className="button"
          onClick={() => exportData.mutate()}
          disabled={exportData.isPending}
          aria-busy={exportData.isPending || undefined}
        >
          {exportData.isPending ? t('myData.exporting') : t('myData.export')}
        </button>
        <div role="status">{done ? <p className="alert alert--success">{t('myData.exported')}</p> : null}</div>
        <div role="alert">
          {exportData.isError ? <p className="alert alert--error">{describeError(exportData.error, common)}</p> : null}
        </div>
      </section>
      <section aria-labelledby={`${deletionId}-delete`}>
        <h2 id={`${deletionId}-delete`}>{t('myData.deleteTitle')}</h2>
        <p>{t('myData.deleteText')}</p>
        <button type="button" className="button button--danger" disabled aria-describedby={deletionId}>
          {t('myData.delete')}
        </button>
        <p id={deletionId} className="field__hint">
          {t('myData.deleteUnavailable')}
        </p>
      </section>
    </>
  );
}
