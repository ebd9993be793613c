/** Ranked offers for the candidate: title (link to the offer), company, place, contract, score, and the reasons as sentences. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RecommendationItem } from '@talents/shared';
import { offerPath } from '../app/paths';
import { describeReason } from '../matching/match-reasons';
import { useReferenceLabels } from '../public/offers/reference-labels';
import './candidate-i18n';

export function RecommendationList({ items }: { items: RecommendationItem[] }) {
  const { t } = useTranslation('candidate');
  const { t: to } = useTranslation('offers');
  const { t: tm } = useTranslation('matching');
  const labels = useReferenceLabels();
  return (
    <ol className="item-list recommendation-list">
      {items.map(({ offer, score, reasons }) => (
        <li key={offer.id} className="card item">
          <h2 className="item__title">
            <Link to={offerPath(offer.id)}>{offer.title}</Link>
          </h2>
          <p className="item__meta">
            {offer.companyName} · {offer.town ? `${offer.town} (${labels.basin(offer.basinCode)})` : labels.basin(offer.basinCode)} ·{' '}
            {to(`contractType.${offer.contractType}` as 'contractType.CDI', { defaultValue: offer.contractType })} ·{' '}
            {to(`remote.${offer.remotePolicy}` as 'remote.ONSITE', { defaultValue: offer.remotePolicy })}
          </p>
          <p>
            <strong>{t('recommendations.score', { score: Math.round(score) })}</strong>
          </p>
          <ul className="reason-list" aria-label={t('recommendations.reasonsLabel')}>
            {reasons.map((reason) => (
              <li key={reason.kind}>{describeReason(reason, tm, 'candidate')}</li>
            ))}
          </ul>
          <Link to={offerPath(offer.id)}>
            {t('recommendations.open')}
            <span className="visually-hidden"> : {offer.title}</span>
          </Link>
        </li>
      ))}
    </ol>
  );
}
