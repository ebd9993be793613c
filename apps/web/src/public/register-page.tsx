/** Registration, then a "check your inbox" state with a way to resend the verification e-mail. */
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SelfServiceRole } from '@talents/shared';
import { paths } from '../app/paths';
import { usePageTitle } from '../ui/use-page-title';
import { RegisterForm } from './register-form';
import { RegisterSuccess } from './register-success';

export function RegisterPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const [registeredEmail, setRegisteredEmail] = useState<string | null>(null);
  // The home page's CTAs pre-select the role with ?role=; anything else falls back to the form's default.
  const requestedRole = SelfServiceRole.safeParse(searchParams.get('role'));
  usePageTitle(registeredEmail ? t('register.successTitle') : t('register.title'));

  if (registeredEmail) return <RegisterSuccess email={registeredEmail} />;
  return (
    <>
      <h1>{t('register.title')}</h1>
      <RegisterForm
        initialRole={requestedRole.success ? requestedRole.data : undefined}
        onSuccess={setRegisteredEmail}
      />
      <p>
        {t('register.haveAccount')} <Link to={paths.login}>{t('register.loginLink')}</Link>
      </p>
    </>
  );
}
