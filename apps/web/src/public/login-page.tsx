/** Login; afterwards the user goes back where the guard sent them from, or to their own space. */
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { UserView } from '@talents/shared';
import { paths, spaceOf } from '../app/paths';
import type { LoginRedirectState } from '../app/require-role';
import { useAuth } from '../lib/auth';
import { usePageTitle } from '../ui/use-page-title';
import { LoginForm } from './login-form';

export function LoginPage() {
  const { t } = useTranslation();
  const { status, user } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as LoginRedirectState | null)?.from;
  usePageTitle(t('login.title'));

  function handleSuccess(loggedIn: UserView) {
    void navigate(from ?? spaceOf(loggedIn.role), { replace: true });
  }

  // Already logged in (e.g. back button after login): the form has nothing to offer.
  if (status === 'authenticated' && user) return <Navigate to={from ?? spaceOf(user.role)} replace />;

  return (
    <>
      <h1>{t('login.title')}</h1>
      <LoginForm onSuccess={handleSuccess} />
      <p>
        {t('login.noAccount')} <Link to={paths.register}>{t('login.registerLink')}</Link>
      </p>
    </>
  );
}
