/**
 * Labels of the reference codes (basins, role families, tracks) in the UI language. Role families are
 * admin-extensible: a code the SPA has no translation for falls back to the reference data, then the code.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { CORE_ROLE_FAMILIES, reference, type BasinCode, type Locale } from '@talents/shared';
import { currentLocale, DEFAULT_LOCALE, isLocale } from '../../i18n';

export interface BasinOption {
  code: BasinCode;
  label: string;
  /** Centre of the basin (null for the catch-all "other" basin): the point of a distance search. */
  lat: number | null;
  lon: number | null;
}

export const BASINS: BasinOption[] = reference.basins.basins.map((basin) => ({
  code: basin.code as BasinCode,
  label: basin.label,
  lat: basin.lat,
  lon: basin.lon,
}));

const BASIN_BY_CODE = new Map(BASINS.map((basin) => [basin.code as string, basin]));

export function basinByCode(code: string | null | undefined): BasinOption | undefined {
  return code ? BASIN_BY_CODE.get(code) : undefined;
}

const ROLE_LABELS = new Map<string, Record<Locale, string>>(
  reference.roles.roleFamilies.map((role) => [role.code, { fr: role.label_fr, en: role.label_en }]),
);

const TRACK_LABELS = new Map<string, Record<Locale, string>>(
  reference.tracks.tracks.map((track) => [track.code, { fr: track.label_fr, en: track.label_en }]),
);

export const ROLE_FAMILY_CODES: readonly string[] = CORE_ROLE_FAMILIES;

/** Label functions bound to the current language (re-created when it changes). */
export function useReferenceLabels() {
  const { t, i18n } = useTranslation('offers');
  const locale: Locale = isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LOCALE;
  const basin = useCallback(
    (code: string | null | undefined) => {
      if (!code) return '';
      if (code === 'OTHER_HDF') return t('basinOther');
      return BASIN_BY_CODE.get(code)?.label ?? code;
    },
    [t],
  );
  const roleFamily = useCallback((code: string) => ROLE_LABELS.get(code)?.[locale] ?? code, [locale]);
  const track = useCallback(
    (code: string | null | undefined) => (code ? (TRACK_LABELS.get(code)?.[locale] ?? code) : ''),
    [locale],
  );
  return { basin, roleFamily, track };
}

/** "45 000 €" in the UI language; gross yearly euros everywhere in the contract. */
export function formatEuros(amount: number): string {
  return new Intl.NumberFormat(currentLocale() === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(amount);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  return new Intl.DateTimeFormat(currentLocale() === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long' }).format(date);
}
