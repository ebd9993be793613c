/**
 * The password rules, shown before the user types and ticked off as they are met. The same rules are
 * enforced by the shared `Password` schema; this list only explains them.
 */
import { useTranslation } from 'react-i18next';

const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/];
const MIN_LENGTH = 10;
const MIN_CLASSES = 3;

export function PasswordRules({ id, password }: { id: string; password: string }) {
  const { t } = useTranslation();
  const rules = [
    { key: 'length', label: t('register.ruleLength'), met: password.length >= MIN_LENGTH },
    {
      key: 'classes',
      label: t('register.ruleClasses'),
      met: CLASSES.filter((re) => re.test(password)).length >= MIN_CLASSES,
    },
  ];
  return (
    <div id={id}>
      <p className="field__hint">{t('register.passwordRulesTitle')}</p>
      <ul className="rules">
        {rules.map((rule) => (
          <li key={rule.key} className={rule.met ? 'rules__ok' : undefined}>
            {rule.met && <span aria-hidden="true">✓ </span>}
            {rule.label}
            {rule.met && <span className="visually-hidden"> {t('register.ruleMet')}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
