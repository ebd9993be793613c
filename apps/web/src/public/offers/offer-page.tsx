/** One offer (/offers/:id): every field, the company, the apply panel, and the JobPosting JSON-LD in <head>. */
import './offers-i18n';
import './offers.css';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../app/paths';
import { ApiError } from '../../lib/api-error';
import { describeError } from '../../ui/describe-error';
import { usePageTitle } from '../../ui/use-page-title';
import { ApplyPanel } from './apply-panel';
import { offerKeys, offersApi, type OfferDetail } from './offers-api';
import { formatDate, formatEuros, useReferenceLabels } from './reference-labels';
import { useJsonLd } from './use-json-ld';

export function OfferPage() {
  const { t } = useTranslation('offers');
  const { t: common } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: offerKeys.detail(id), queryFn: ({ signal }) => offersApi.get(id, signal) });
  useJsonLd(query.data?.jsonLd);
  usePageTitle(query.data?.title ?? t('offer.titleFallback'));

  const back = (
    <p>
      <Link to={paths.offers}>{t('offer.back')}</Link>
    </p>
  );
  if (query.isPending) return <p role="status">{common('common.loading')}</p>;
  if (query.isError) {
    const notFound = query.error instanceof ApiError && (query.error.statusCode === 404 || query.error.statusCode === 400);
    return (
      <>
        <h1>{notFound ? t('offer.notFoundTitle') : t('offer.titleFallback')}</h1>
        <p role="alert" className="alert alert--error">
          {notFound ? t('offer.notFound') : describeError(query.error, common)}
        </p>
        {back}
      </>
    );
  }
  return <OfferDetails offer={query.data} back={back} />;
}

function OfferDetails({ offer, back }: { offer: OfferDetail; back: ReactNode }) {
  const { t } = useTranslation('offers');
  const labels = useReferenceLabels();
  const required = offer.skills.filter((skill) => skill.required);
  const niceToHave = offer.skills.filter((skill) => !skill.required);
  const skillText = (skill: OfferDetail['skills'][number]) =>
    skill.minLevel ? t('offer.skillLevel', { name: skill.name, level: skill.minLevel }) : skill.name;
  const open = offer.status === 'PUBLISHED';

  return (
    <article className="offer-page">
      {back}
      <header>
        <h1>{offer.title}</h1>
        <p className="lead">
          {offer.company.website ? (
            <a href={offer.company.website} rel="noopener noreferrer external" target="_blank">
              {offer.company.name}
              <span className="visually-hidden"> {t('offer.newWindow')}</span>
            </a>
          ) : (
            offer.company.name
          )}
          {offer.company.verified && <span className="badge badge--success">{t('verifiedCompany')}</span>}
        </p>
        {!open && <p className="alert alert--info">{t(`offer.status.${offer.status}`)}</p>}
      </header>
      <div className="offer-page__layout">
        <div>
          <h2>{t('offer.summary')}</h2>
          <dl className="facts">
            <dt>{t('offer.salary')}</dt>
            <dd>{t('salaryRange', { min: formatEuros(offer.salaryMin), max: formatEuros(offer.salaryMax) })}</dd>
            <dt>{t('offer.contract')}</dt>
            <dd>{t(`contractType.${offer.contractType}`)}</dd>
            <dt>{t('offer.roleFamily')}</dt>
            <dd>{labels.roleFamily(offer.roleFamilyCode)}</dd>
            <dt>{t('offer.experience')}</dt>
            <dd>{t(`experience.${offer.experienceLevel}`)}</dd>
            <dt>{t('offer.location')}</dt>
            <dd>{offer.town ? `${offer.town} (${labels.basin(offer.basinCode)})` : labels.basin(offer.basinCode)}</dd>
            <dt>{t('offer.remote')}</dt>
            <dd>{t(`remote.${offer.remotePolicy}`)}</dd>
            {offer.startDate && (
              <>
                <dt>{t('offer.startDate')}</dt>
                <dd>{formatDate(offer.startDate)}</dd>
              </>
            )}
            {offer.publishedAt && (
              <>
                <dt>{t('offer.publishedAt')}</dt>
                <dd>{formatDate(offer.publishedAt)}</dd>
              </>
            )}
            {offer.expiresAt && (
              <>
                <dt>{t('offer.expiresAt')}</dt>
                <dd>{formatDate(offer.expiresAt)}</dd>
              </>
            )}
            {offer.romeCode && (
              <>
                <dt>{t('offer.romeCode')}</dt>
                <dd>{offer.romeCode}</dd>
              </>
            )}
          </dl>
          {required.length > 0 && (
            <>
              <h2>{t('offer.requiredSkills')}</h2>
              <ul className="tag-list">
                {required.map((skill) => (
                  <li key={skill.slug} className="tag">
                    {skillText(skill)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {niceToHave.length > 0 && (
            <>
              <h2>{t('offer.niceToHaveSkills')}</h2>
              <ul className="tag-list">
                {niceToHave.map((skill) => (
                  <li key={skill.slug} className="tag tag--muted">
                    {skillText(skill)}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h2>{t('offer.description')}</h2>
          <div className="offer-page__description">
            {offer.description.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        </div>
        <ApplyPanel offerId={offer.id} open={open} />
      </div>
    </article>
  );
}
