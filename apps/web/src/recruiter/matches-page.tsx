/** Ranked candidates for an offer (GET /offers/:id/matches), with the score and the reasons as sentences. */
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../app/paths';
import { usePageTitle } from '../ui/use-page-title';
import './i18n';
import { QueryState } from './query-state';
import { describeReason } from '../matching/match-reasons';
import { keys, recruiterApi } from './recruiter-api';

export function MatchesPage() {
  const { t: tr } = useTranslation('recruiter');
  const { t: tm } = useTranslation('matching');
  const { offerId = '' } = useParams();
  const matches = useQuery({ queryKey: keys.matches(offerId), queryFn: () => recruiterApi.matches(offerId), retry: false });
  usePageTitle(tr('matches.title'));
  const items = matches.data?.items ?? [];

  return (
    <>
      <p><Link to={`${paths.recruiter}/offers`}>{tr('matches.back')}</Link></p>
      <h1>{tr('matches.title')}</h1>
      {!matches.data ? (
        <QueryState isPending={matches.isPending} error={matches.error} onRetry={() => void matches.refetch()} />
      ) : items.length === 0 ? (
        <p className="empty">{tr('matches.empty')}</p>
      ) : (
        <ol className="stack-list">
          {items.map(({ candidate, score, reasons }) => (
            <li key={candidate.id} className="card">
              <h2 className="card__title">{candidate.masked ? tr('talents.anonymous') : candidate.displayName}</h2>
              <p><strong>{tr('matches.score', { score: Math.round(score) })}</strong>{candidate.headline ? ` · ${candidate.headline}` : ''}</p>
              <ul>{reasons.map((reason) => <li key={reason.kind}>{describeReason(reason, tm, 'recruiter')}</li>)}</ul>
              <Link to={`${paths.recruiter}/talents/${candidate.id}`}>{tr('talents.openProfile')}</Link>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
