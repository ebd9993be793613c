/**
 * FR / EN toggle. Each button shows its language's name in that language, and says which one is active. The
 * visible text is the accessible name (WCAG 2.5.3 label in name): a voice-control user says what they see.
 */
import { useTranslation } from 'react-i18next';
import type { Locale } from '@talents/shared';
import { currentLocale } from '../i18n';

const LANGUAGES: Locale[] = ['fr', 'en'];

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = currentLocale();
  return (
    <div className="lang-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          className="button button--secondary button--small"
          lang={language}
          aria-pressed={active === language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
