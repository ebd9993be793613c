/**
 * Ranked candidates for an offer (GET /offers/:id/matches), with the score and the reasons as sentences.
 * The endpoint is not part of the API yet: a 404 shows a "coming soon" state instead of an error.
 */
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../app/paths';
import { ApiError } from '../lib/api-error';
import { usePageTitle } from '../ui/use-page-title';
import './i18n';
import { QueryState } from './query-state';
import { keys, recruiterApi, type MatchItem } from './recruiter-api';

export function MatchesPage() {
  const { t: tr } = useTranslation('recruiter');
  const { offerId = '' } = useParams();
  const matches = useQuery({ queryKey: keys.matches(offerId), queryFn: () => recruiterApi.matches(offerId), retry: false });
  usePageTitle(tr('matches.title'));
  const missing = matches.error instanceof ApiError && matches.error.statusCode === 404;
  const items: MatchItem[] = Array.isArray(matches.data) ? matches.data : (matches.data?.items ?? []);

  return (
    <>
      <p><Link to={`${paths.recruiter}/offers`}>{tr('matches.back')}</Link></p>
      <h1>{tr('matches.title')}</h1>
      {missing ? (
        <p className="banner banner--info">{tr('matches.comingSoon')}</p>
      ) : !matches.data ? (
        <QueryState isPending={matches.isPending} error={matches.error} onRetry={() => void matches.refetch()} />
      ) : items.length === 0 ? (
        <p className="empty">{tr('matches.empty')}</p>
      ) : (
        <ol className="stack-list">
          {items.map((match, index) => {
            const candidateId = match.candidateId ?? match.id ?? '';
            return (
              <li key={candidateId || index} className="card">
                <h2 className="card__title">{match.displayName || tr('talents.anonymous')}</h2>
                <p><strong>{tr('matches.score', { score: Math.round(match.score) })}</strong>{match.headline ? ` · ${match.headline}` : ''}</p>
                {match.reasons && match.reasons.length > 0 && (
                  <ul>{match.reasons.map((reason) => <li key={reason}>{reason}</li>)}</ul>
                )}
                {candidateId && <Link to={`${paths.recruiter}/talents/${candidateId}`}>{tr('talents.openProfile')}</Link>}
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
