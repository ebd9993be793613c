/** "Candidatures": pick an offer, then its pipeline board (/recruiter/offers/:offerId/pipeline). */
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../app/paths';
import { usePageTitle } from '../ui/use-page-title';
import './i18n';
import { PipelineBoard } from './pipeline-board';
import { QueryState } from './query-state';
import { keys, recruiterApi } from './recruiter-api';
import { useMyCompanyId } from './use-my-company';

export function PipelinePage() {
  const { t: tr } = useTranslation('recruiter');
  const { offerId } = useParams();
  const offer = useQuery({ queryKey: keys.offer(offerId ?? 'none'), queryFn: () => recruiterApi.offer(offerId as string), enabled: !!offerId });
  usePageTitle(offer.data ? tr('pipeline.titleFor', { title: offer.data.title }) : tr('pipeline.title'));
  if (!offerId) return <OfferPicker />;
  return (
    <>
      <p><Link to={`${paths.recruiter}/applications`}>{tr('pipeline.back')}</Link></p>
      <h1>{offer.data ? tr('pipeline.titleFor', { title: offer.data.title }) : tr('pipeline.title')}</h1>
      {offer.data?.status === 'CLOSED' && <p className="banner banner--warning">{tr('pipeline.offerClosed')}</p>}
      <PipelineBoard offerId={offerId} />
    </>
  );
}

function OfferPicker() {
  const { t: tr } = useTranslation('recruiter');
  const companyId = useMyCompanyId();
  const offers = useQuery({
    queryKey: keys.offers(companyId ?? 'none'),
    queryFn: () => recruiterApi.offers(companyId as string),
    enabled: companyId !== null,
  });
  return (
    <>
      <h1>{tr('pipeline.title')}</h1>
      <p>{tr('pipeline.pickOffer')}</p>
      {!companyId ? (
        <p>{tr('offers.noCompany')}</p>
      ) : offers.data ? (
        offers.data.items.length === 0 ? (
          <p className="empty">{tr('offers.empty')}</p>
        ) : (
          <ul className="plain-list">
            {offers.data.items.map((offer) => (
              <li key={offer.id}>
                <Link to={`${paths.recruiter}/offers/${offer.id}/pipeline`}>{offer.title}</Link> — {tr(`offerStatus.${offer.status}`)}
              </li>
            ))}
          </ul>
        )
      ) : (
        <QueryState isPending={offers.isPending} error={offers.error} onRetry={() => void offers.refetch()} />
      )}
    </>
  );
}
