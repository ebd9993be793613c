/**
 * "Mes données" (GDPR), for candidates and recruiters: download everything the service holds (GET /me/export),
 * the candidate's profile as JSON Resume too, and account deletion with confirmation (DELETE /me).
 */
import './account-i18n';
import { useId, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { candidateApi } from '../candidate/candidate-api';
import { useAuth } from '../lib/auth';
import { saveBlob } from '../lib/transfer';
import { describeError } from '../ui/describe-error';
import { usePageTitle } from '../ui/use-page-title';
import { accountApi } from './account-api';
import { DeleteAccount } from './delete-account';

export function MyDataPage() {
  const { t } = useTranslation('account');
  const { t: common } = useTranslation();
  const { user } = useAuth();
  const id = useId();
  const [done, setDone] = useState(false);
  usePageTitle(t('myData.title'));
  const exportAll = useMutation({
    mutationFn: () => accountApi.exportAll(),
    onMutate: () => setDone(false),
    onSuccess: () => setDone(true),
  });
  const exportResume = useMutation({
    mutationFn: () => candidateApi.jsonResume(),
    onMutate: () => setDone(false),
    onSuccess: (document) => {
      saveBlob(new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' }), 'profil-json-resume.json');
      setDone(true);
    },
  });
  const failed = exportAll.error ?? exportResume.error;
  const isCandidate = user?.role === 'CANDIDATE';

  return (
    <>
      <h1>{t('myData.title')}</h1>
      <section aria-labelledby={`${id}-export`}>
        <h2 id={`${id}-export`}>{t('myData.exportTitle')}</h2>
        <p>{t('myData.exportText')}</p>
        <p>
          <button
            type="button"
            className="button"
            onClick={() => exportAll.mutate()}
            disabled={exportAll.isPending}
            aria-busy={exportAll.isPending || undefined}
          >
            {exportAll.isPending ? t('myData.exporting') : t('myData.export')}
          </button>
        </p>
        {isCandidate && (
          <>
            <p>{t('myData.resumeText')}</p>
            <p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => exportResume.mutate()}
                disabled={exportResume.isPending}
                aria-busy={exportResume.isPending || undefined}
              >
                {exportResume.isPending ? t('myData.exporting') : t('myData.resume')}
              </button>
            </p>
          </>
        )}
        <div role="status">{done ? <p className="alert alert--success">{t('myData.exported')}</p> : null}</div>
        <div role="alert">{failed ? <p className="alert alert--error">{describeError(failed, common)}</p> : null}</div>
      </section>
      {user && (
        <section aria-labelledby={`${id}-delete`}>
          <h2 id={`${id}-delete`}>{t('myData.deleteTitle')}</h2>
          <p>{t('myData.deleteText')}</p>
          <DeleteAccount role={user.role} />
        </section>
      )}
    </>
  );
}
