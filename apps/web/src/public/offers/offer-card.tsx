/** One offer in the search results: enough to decide whether to open it. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OfferView } from '@talents/shared';
import { offerPath } from '../../app/paths';
import { formatDate, formatEuros, useReferenceLabels } from './reference-labels';

export function OfferCard({ offer }: { offer: OfferView }) {
  const { t } = useTranslation('offers');
  const labels = useReferenceLabels();
  return (
    <li className="card offer-card">
      <h3 className="offer-card__title">
        <Link to={offerPath(offer.id)}>{offer.title}</Link>
      </h3>
      <p className="offer-card__company">
        {offer.company.name}
        {offer.company.verified && <span className="badge badge--success">{t('verifiedCompany')}</span>}
      </p>
      <ul className="offer-meta">
        <li>{labels.roleFamily(offer.roleFamilyCode)}</li>
        <li>{t(`contractType.${offer.contractType}`)}</li>
        <li>{offer.town ? `${offer.town} (${labels.basin(offer.basinCode)})` : labels.basin(offer.basinCode)}</li>
        <li>{t(`remote.${offer.remotePolicy}`)}</li>
        <li>{t('salaryRange', { min: formatEuros(offer.salaryMin), max: formatEuros(offer.salaryMax) })}</li>
        {offer.distanceKm !== undefined && <li>{t('distance', { km: Math.round(offer.distanceKm) })}</li>}
      </ul>
      {offer.publishedAt && <p className="field__hint">{t('publishedOn', { date: formatDate(offer.publishedAt) })}</p>}
    </li>
  );
}
