/** "Offres": the company's offers by status, with edit, publish, close, matches and pipeline links. */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { OFFER_STATUSES, type OfferStatus } from '@talents/shared';
import { paths } from '../app/paths';
import { usePageTitle } from '../ui/use-page-title';
import './i18n';
import { OfferActions } from './offer-actions';
import { QueryState } from './query-state';
import { basinLabel, formatDate, formatEuros } from './reference-labels';
import { keys, recruiterApi } from './recruiter-api';
import { useMyCompany } from './use-my-company';
import { VerificationBanner } from './verification-banner';

export function OffersPage() {
  const { t: tr } = useTranslation('recruiter');
  const location = useLocation();
  const savedTitle = (location.state as { saved?: string } | null)?.saved;
  const { companyId, data: company } = useMyCompany();
  const [status, setStatus] = useState<OfferStatus | undefined>(undefined);
  const offers = useQuery({
    queryKey: keys.offers(companyId ?? 'none', status),
    queryFn: () => recruiterApi.offers(companyId as string, status),
    enabled: companyId !== null,
  });
  usePageTitle(tr('offers.title'));

  if (!companyId) {
    return (
      <>
        <h1>{tr('offers.title')}</h1>
        <p>{tr('offers.noCompany')}</p>
        <Link to={`${paths.recruiter}/company`}>{tr('offers.createCompany')}</Link>
      </>
    );
  }
  const publishable = !!company && company.verified && !company.suspended;

  return (
    <>
      <h1>{tr('offers.title')}</h1>
      <div role="status" className="alert alert--success">{savedTitle ? tr('offers.saved', { title: savedTitle }) : ''}</div>
      {company && <VerificationBanner company={company} />}
      <p>
        <Link className="button" to={`${paths.recruiter}/offers/new`}>{tr('offers.new')}</Link>
      </p>
      <div className="button-row" role="group" aria-label={tr('offers.filterLabel')}>
        {[undefined, ...OFFER_STATUSES].map((value) => (
          <button key={value ?? 'ALL'} type="button" className="button button--secondary button--small" aria-pressed={status === value} onClick={() => setStatus(value)}>
            {value ? tr(`offerStatus.${value}`) : tr('offers.all')}
          </button>
        ))}
      </div>
      {offers.data ? (
        offers.data.items.length === 0 ? (
          <p className="empty">{tr('offers.empty')}</p>
        ) : (
          <ul className="stack-list">
            {offers.data.items.map((offer) => (
              <li key={offer.id} className="card">
                <h2 className="card__title">{offer.title}</h2>
                <p>
                  <span className={`badge badge--${offer.status.toLowerCase()}`}>{tr(`offerStatus.${offer.status}`)}</span>{' '}
                  {tr(`contract.${offer.contractType}`)} · {basinLabel(offer.basinCode)}
                  {offer.town ? ` (${offer.town})` : ''} · {formatEuros(offer.salaryMin)} – {formatEuros(offer.salaryMax)}
                </p>
                <p className="field__hint">
                  {offer.publishedAt ? tr('offers.publishedOn', { date: formatDate(offer.publishedAt) }) : tr('offers.updatedOn', { date: formatDate(offer.updatedAt) })}
                  {offer.closeReason && ` · ${tr(`closeReason.${offer.closeReason}`)}`}
                </p>
                <OfferActions offer={offer} publishable={publishable} />
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
