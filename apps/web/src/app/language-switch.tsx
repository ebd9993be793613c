/** FR / EN toggle. Each button names its language in that language, and says which one is active. */
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
          aria-label={t(`language.${language}`)}
          aria-pressed={active === language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
