/** Labels of the reference codes (role families, basins, tracks, NAF, support structures) in the UI language. */
import { reference } from '@talents/shared';
import { currentLocale } from '../i18n';

export const roleFamilies = reference.roles.roleFamilies;
export const basins = reference.basins.basins;
export const tracks = reference.tracks.tracks;
export const nafCodes = reference.naf.codes;
export const supportStructures = reference.organisations.supportStructures;

export function roleFamilyLabel(code: string): string {
  const family = roleFamilies.find((item) => item.code === code);
  if (!family) return code;
  return currentLocale() === 'en' ? family.label_en : family.label_fr;
}

/** Basin names are place names: the same in both languages. */
export function basinLabel(code: string | null | undefined): string {
  if (!code) return '';
  return basins.find((item) => item.code === code)?.label ?? code;
}

export function trackLabel(code: string | null | undefined): string {
  if (!code) return '';
  const track = tracks.find((item) => item.code === code);
  if (!track) return code;
  return currentLocale() === 'en' ? track.label_en : track.label_fr;
}

export function formatEuros(amount: number): string {
  return new Intl.NumberFormat(currentLocale(), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(amount);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium' }).format(new Date(iso));
}
