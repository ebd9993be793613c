/**
 * Public offer search (/offers). The URL is the source of truth: ticking a filter or choosing a distance
 * rewrites the query string at once; the free text applies on submit (no request per keystroke).
 */
import './offers-i18n';
import './offers.css';
import { Suspense, useEffect, useId, useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CONTRACT_TYPES, REMOTE_POLICIES } from '@talents/shared';
import { lazyNamed } from '../../app/lazy-named';
import { useAuth } from '../../lib/auth';
import { describeError } from '../../ui/describe-error';
import { usePageTitle } from '../../ui/use-page-title';
import { FacetFilter, type FacetOption } from './facet-filter';
import { OfferCard } from './offer-card';
import { OfferPagination } from './offer-pagination';
import {
  apiQueryFromSearch, paramsFromSearch, PAGE_SIZE, RADII_KM, searchFromParams, SORTS, type FacetName, type OfferSearch, type OfferSort,
} from './offer-search-params';
import { offerKeys, offersApi } from './offers-api';
import { BASINS, ROLE_FAMILY_CODES, useReferenceLabels } from './reference-labels';

// Candidates only, and on demand: anonymous visitors never download the alert form.
const SaveOfferSearchAlert = lazyNamed(() => import('../../alerts/save-offer-search-alert'), 'SaveOfferSearchAlert');

export function OfferSearchPage() {
  const { t } = useTranslation('offers');
  const { user } = useAuth();
  const { t: common } = useTranslation();
  const labels = useReferenceLabels();
  const [params, setParams] = useSearchParams();
  const search = searchFromParams(params);
  const [text, setText] = useState(search.q);
  const textId = useId();
  const nearId = useId();
  const radiusId = useId();
  const sortId = useId();
  usePageTitle(t('search.title'));

  // Back/forward or a shared link changes q under the form: show what is searched.
  useEffect(() => setText(search.q), [search.q]);

  const apiQuery = apiQueryFromSearch(search);
  const query = useQuery({
    queryKey: offerKeys.search(apiQuery),
    queryFn: ({ signal }) => offersApi.search(apiQuery, signal),
    placeholderData: keepPreviousData, // keep the list on screen while the next page or filter loads
  });

  function update(change: Partial<OfferSearch>) {
    // Any change of criteria goes back to the first page.
    setParams(paramsFromSearch({ ...search, page: 1, ...change }));
  }

  function setFilter(name: FacetName, values: string[]) {
    update({ filters: { ...search.filters, [name]: values } });
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    update({ q: text.trim() });
  }

  const facets = query.data?.facets;
  const approximate = query.data?.facetsApproximate === true;
  const roleOptions: FacetOption[] = [
    ...new Set([...ROLE_FAMILY_CODES, ...Object.keys(facets?.roleFamily ?? {}), ...search.filters.roleFamily]),
  ].map((code) => ({ value: code, label: labels.roleFamily(code) }));
  const basinOptions = BASINS.map((basin) => ({ value: basin.code, label: labels.basin(basin.code) }));
  const contractOptions = CONTRACT_TYPES.map((code) => ({ value: code, label: t(`contractType.${code}`) }));
  const remoteOptions = REMOTE_POLICIES.map((code) => ({ value: code, label: t(`remote.${code}`) }));
  const facetGroups: [FacetName, FacetOption[]][] = [
    ['roleFamily', roleOptions], ['contractType', contractOptions], ['remote', remoteOptions], ['basin', basinOptions],
  ];

  const total = query.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const hasCriteria = params.toString() !== '';

  return (
    <>
      <h1>{t('search.title')}</h1>
      <form role="search" className="offer-search__bar" onSubmit={handleSubmit} aria-label={t('search.formLabel')}>
        <div className="field offer-search__text">
          <label htmlFor={textId}>{t('search.text')}</label>
          <input id={textId} type="search" name="q" value={text} onChange={(event) => setText(event.target.value)} />
        </div>
        <button type="submit" className="button">
          {t('search.submit')}
        </button>
      </form>
      {user?.role === 'CANDIDATE' && (
        <Suspense fallback={null}>
          <SaveOfferSearchAlert search={search} />
        </Suspense>
      )}

      <div className="offer-search">
        <section className="offer-search__filters" aria-labelledby={`${textId}-filters`}>
          <h2 id={`${textId}-filters`} className="offer-search__subtitle">
            {t('search.filtersTitle')}
          </h2>
          <fieldset className="fieldset facet">
            <legend>{t('search.distanceLegend')}</legend>
            <div className="field">
              <label htmlFor={nearId}>{t('search.near')}</label>
              <select id={nearId} value={search.near} onChange={(event) => update({ near: event.target.value })}>
                <option value="">{t('search.nearAny')}</option>
                {BASINS.filter((basin) => basin.lat !== null).map((basin) => (
                  <option key={basin.code} value={basin.code}>
                    {labels.basin(basin.code)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={radiusId}>{t('search.radius')}</label>
              <select
                id={radiusId}
                value={search.radiusKm}
                disabled={!search.near}
                onChange={(event) => update({ radiusKm: Number(event.target.value) })}
              >
                {RADII_KM.map((km) => (
                  <option key={km} value={km}>
                    {t('search.radiusOption', { km })}
                  </option>
                ))}
              </select>
            </div>
          </fieldset>
          {facetGroups.map(([name, options]) => (
            <FacetFilter
              key={name}
              legend={t(`search.${name}`)}
              name={name}
              options={options}
              selected={search.filters[name]}
              counts={facets?.[name]}
              approximate={approximate}
              onChange={(values) => setFilter(name, values)}
            />
          ))}
          {approximate && <p className="field__hint">{t('search.approximate')}</p>}
          {hasCriteria && (
            <button type="button" className="button button--secondary button--small" onClick={() => setParams({})}>
              {t('search.reset')}
            </button>
          )}
        </section>

        <section className="offer-search__results" aria-labelledby={`${textId}-results`} aria-busy={query.isFetching}>
          <h2 id={`${textId}-results`} className="offer-search__subtitle">
            {t('search.resultsTitle')}
          </h2>
          <div className="offer-search__toolbar">
            <p role="status" className="offer-search__count">
              {query.isPending ? t('search.loading') : query.isSuccess ? t(query.data.totalApproximate ? 'search.countApprox' : 'search.count', { count: total }) : ''}
            </p>
            <div className="field offer-search__sort">
              <label htmlFor={sortId}>{t('search.sort')}</label>
              <select id={sortId} value={search.sort} onChange={(event) => update({ sort: event.target.value as OfferSort })}>
                <option value="">{t('search.sortDefault')}</option>
                {SORTS.filter((sort) => sort !== 'distance' || search.near).map((sort) => (
                  <option key={sort} value={sort}>
                    {t(`search.sortOption.${sort}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {query.isError && (
            <div role="alert" className="alert alert--error">
              <p>{describeError(query.error, common)}</p>
              <button type="button" className="button button--small" onClick={() => void query.refetch()}>
                {t('retry')}
              </button>
            </div>
          )}
          {query.isSuccess && query.data.items.length === 0 && (
            <div className="empty-state">
              <p>{t('search.empty')}</p>
              {hasCriteria && <p>{t('search.emptyHint')}</p>}
            </div>
          )}
          {query.data && query.data.items.length > 0 && (
            <ul className="offer-list">
              {query.data.items.map((offer) => (
                <OfferCard key={offer.id} offer={offer} />
              ))}
            </ul>
          )}
          <OfferPagination
            page={search.page}
            pageCount={pageCount}
            hrefFor={(page) => `?${paramsFromSearch({ ...search, page }).toString()}`}
          />
        </section>
      </div>
    </>
  );
}
