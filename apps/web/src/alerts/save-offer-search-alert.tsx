/** The offer search page's "save as alert" action (lazy chunk, candidates only): the URL's search as an alert. */
import { paths } from '../app/paths';
import { candidateSections } from '../candidate/candidate-sections';
import type { OfferSearch } from '../public/offers/offer-search-params';
import { offerAlertFromSearch } from './alert-search';
import { SaveAlertPanel } from './save-alert-panel';

export function SaveOfferSearchAlert({ search }: { search: OfferSearch }) {
  return (
    <SaveAlertPanel
      search={{ kind: 'OFFERS', ...offerAlertFromSearch(search) }}
      alertsHref={`${paths.candidate}/${candidateSections.alerts}`}
    />
  );
}
