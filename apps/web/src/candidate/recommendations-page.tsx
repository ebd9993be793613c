/**
 * "Offres recommandées" (GET /candidates/me/recommendations). With no profile, or no match yet, the empty
 * state says what to do about it: complete the profile.
 */
import './candidate-i18n';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../app/paths';
import { usePageTitle } from '../ui/use-page-title';
import { candidateApi } from './candidate-api';
import { candidateKeys } from './candidate-keys';
import { QueryState } from './query-state';
import { RecommendationList } from './recommendation-list';

export function RecommendationsPage() {
  const { t } = useTranslation('candidate');
  usePageTitle(t('recommendations.title'));
  const query = useQuery({
    queryKey: candidateKeys.recommendations,
    queryFn: ({ signal }) => candidateApi.recommendations(signal),
  });
  const data = query.data;

  return (
    <>
      <h1>{t('recommendations.title')}</h1>
      <p>{t('recommendations.intro')}</p>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {data && data.items.length === 0 && (
        <div className="empty-state card">
          <h2>{data.hasProfile ? t('recommendations.emptyTitle') : t('recommendations.noProfileTitle')}</h2>
          <p>{data.hasProfile ? t('recommendations.emptyText') : t('recommendations.noProfileText')}</p>
          <div className="button-row">
            <Link className="button" to={paths.candidate}>
              {t('recommendations.completeProfile')}
            </Link>
            <Link className="button button--secondary" to={paths.offers}>
              {t('recommendations.searchOffers')}
            </Link>
          </div>
        </div>
      )}
      {data && data.items.length > 0 && (
        <>
          <p role="status">{t('recommendations.count', { count: data.items.length })}</p>
          <RecommendationList items={data.items} />
        </>
      )}
    </>
  );
}
