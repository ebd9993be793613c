/**
 * i18next set-up. French is the default; the choice is remembered in localStorage (a preference, not a secret)
 * and mirrored on <html lang> so screen readers pronounce the page correctly.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
// Type-only import: keeps the shared package (and zod) out of the initial bundle.
import type { Locale } from '@talents/shared';
import fr from './fr.json';
import en from './en.json';

export const DEFAULT_LOCALE: Locale = 'fr';
/** A Record over Locale: the compiler fails here if the contract gains or loses a locale. */
const SUPPORTED: Record<Locale, true> = { fr: true, en: true };
const LOCALES = Object.keys(SUPPORTED) as Locale[];
const STORAGE_KEY = 'talents.language';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as string[]).includes(value);
}

function storedLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // Storage can be blocked (privacy settings): the default language is a fine answer.
    return DEFAULT_LOCALE;
  }
}

i18n.on('languageChanged', (language) => {
  if (!isLocale(language)) return;
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembering the choice only costs the user one click next visit.
  }
});

void i18n.use(initReactI18next).init({
  resources: { fr: { translation: fr }, en: { translation: en } },
  lng: storedLocale(),
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: LOCALES,
  interpolation: { escapeValue: false }, // React already escapes
  initAsync: false, // resources are bundled: render translated text on the first paint
  showSupportNotice: false, // keep the browser console and test output quiet
});

/** The current UI language, as a contract locale (for Accept-Language, zod messages, registration). */
export function currentLocale(): Locale {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

export { i18n, isLocale };
