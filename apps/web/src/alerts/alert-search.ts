/**
 * Converts between the search pages' state and an alert's saved `query` + `filters` (the filter names of
 * GET /offers and GET /talents), and words a saved search as a short summary for people.
 */
import type { TFunction } from 'i18next';
import type { AlertView, OfferAlertFilters, TalentAlertFilters } from '@talents/shared';
import { paths } from '../app/paths';
import { paramsFromSearch, type OfferSearch } from '../public/offers/offer-search-params';
import { BASINS, basinByCode, type useReferenceLabels } from '../public/offers/reference-labels';

type Labels = ReturnType<typeof useReferenceLabels>;
const ALERT_NAME_MAX = 120;

/** Empty lists are left out: the contract wants at least one value in a list it is given. */
function nonEmpty<T>(values: readonly T[]): T[] | undefined {
  return values.length ? [...values] : undefined;
}

function prune<T extends object>(filters: T): T {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as T;
}

export function offerAlertFromSearch(search: OfferSearch): { query: string; filters: OfferAlertFilters } {
  const point = basinByCode(search.near);
  const geo = point && point.lat !== null && point.lon !== null ? { lat: point.lat, lon: point.lon, radiusKm: search.radiusKm } : {};
  return {
    query: search.q,
    filters: prune({
      roleFamily: nonEmpty(search.filters.roleFamily),
      basin: nonEmpty(search.filters.basin),
      contractType: nonEmpty(search.filters.contractType),
      remote: nonEmpty(search.filters.remote),
      ...geo,
    }) as OfferAlertFilters,
  };
}

/** The talent search's applied criteria, as the talents page keeps them (comma-separated skills, text numbers). */
export interface TalentSearchCriteria {
  q: string;
  skills: string;
  roleFamily: string[];
  basin: string[];
  track: string[];
  contractType: string[];
  minExperience: string;
}

export function talentAlertFromSearch(search: TalentSearchCriteria): { query: string; filters: TalentAlertFilters } {
  const skills = search.skills.split(',').map((s) => s.trim()).filter(Boolean);
  const minExperience = search.minExperience.trim() === '' ? undefined : Number(search.minExperience);
  return {
    query: search.q.trim(),
    filters: prune({
      roleFamily: nonEmpty(search.roleFamily),
      skills: nonEmpty(skills),
      track: nonEmpty(search.track),
      basin: nonEmpty(search.basin),
      contractType: nonEmpty(search.contractType),
      minExperience,
    }) as TalentAlertFilters,
  };
}

/** The basin whose centre an offer alert's point is (the offer search only offers basin centres). */
function basinAt(lat: number | undefined, lon: number | undefined) {
  if (lat === undefined || lon === undefined) return undefined;
  return BASINS.find((basin) => basin.lat === lat && basin.lon === lon);
}

/** The public offer search URL that shows an offer alert's results. */
export function offerSearchHref(alert: Pick<AlertView, 'query' | 'filters'>): string {
  const f = alert.filters as OfferAlertFilters;
  const near = basinAt(f.lat, f.lon);
  const params = paramsFromSearch({
    q: alert.query,
    filters: { roleFamily: f.roleFamily ?? [], basin: f.basin ?? [], contractType: f.contractType ?? [], remote: f.remote ?? [] },
    near: near?.code ?? '',
    radiusKm: f.radiusKm ?? 30,
    sort: '',
    page: 1,
  });
  const search = params.toString();
  return search ? `${paths.offers}?${search}` : paths.offers;
}

/**
 * "« react » · Développement · CDI, CDD · à moins de 30 km de Lille". `t` is the `account` namespace, `to`
 * the `offers` one (contract and remote labels).
 */
export function summariseSearch(
  alert: Pick<AlertView, 'kind' | 'query' | 'filters'>,
  t: TFunction<'account'>,
  to: TFunction<'offers'>,
  labels: Labels,
): string {
  const parts: string[] = [];
  if (alert.query) parts.push(t('alerts.summaryQuery', { query: alert.query }));
  const f = alert.filters as OfferAlertFilters & TalentAlertFilters;
  if (f.roleFamily?.length) parts.push(f.roleFamily.map(labels.roleFamily).join(', '));
  if (f.skills?.length) parts.push(t('alerts.summarySkills', { skills: f.skills.join(', ') }));
  if (f.contractType?.length) {
    parts.push(f.contractType.map((c) => to(`contractType.${c}` as 'contractType.CDI', { defaultValue: c })).join(', '));
  }
  if (f.remote?.length) parts.push(f.remote.map((r) => to(`remote.${r}` as 'remote.ONSITE', { defaultValue: r })).join(', '));
  if (f.track?.length) parts.push(f.track.map(labels.track).join(', '));
  if (f.basin?.length) parts.push(f.basin.map(labels.basin).join(', '));
  if (f.minExperience !== undefined) parts.push(t('alerts.summaryMinExperience', { count: f.minExperience }));
  if (f.radiusKm !== undefined) {
    const near = basinAt(f.lat, f.lon);
    parts.push(
      near
        ? t('alerts.summaryRadius', { km: f.radiusKm, place: labels.basin(near.code) })
        : t('alerts.summaryRadiusPoint', { km: f.radiusKm }),
    );
  }
  if (parts.length === 0) return alert.kind === 'OFFERS' ? t('alerts.summaryAll') : t('alerts.summaryAllTalents');
  return parts.join(' · ');
}

/** A default alert name from the summary, within the contract's length limit. */
export function defaultAlertName(summary: string): string {
  const plain = summary.replace(/[«»“”]/g, '').replace(/\s+/g, ' ').trim();
  return plain.length <= ALERT_NAME_MAX ? plain : `${plain.slice(0, ALERT_NAME_MAX - 1).trimEnd()}…`;
}
