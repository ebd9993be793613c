/** "Mon profil": completeness, the editor and the CV. A new account gets an empty form (exists: false). */
import '../candidate-i18n';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../ui/use-page-title';
import { candidateApi } from '../candidate-api';
import { candidateKeys } from '../candidate-keys';
import { QueryState } from '../query-state';
import { CvUpload } from './cv-upload';
import { ProfileEditor } from './profile-editor';
import { ProfileProgress } from './profile-progress';

export function ProfilePage() {
  const { t } = useTranslation('candidate');
  usePageTitle(t('profile.title'));
  const query = useQuery({ queryKey: candidateKeys.profile, queryFn: ({ signal }) => candidateApi.profile(signal) });

  return (
    <>
      <h1>{t('profile.title')}</h1>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {query.data && (
        <div className="profile-layout">
          <div className="profile-layout__aside">
            <ProfileProgress profile={query.data} />
          </div>
          <div>
            <ProfileEditor profile={query.data} />
            <CvUpload cv={query.data.cv} disabled={!query.data.exists} />
          </div>
        </div>
      )}
    </>
  );
}
