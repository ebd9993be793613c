/** Site name, main navigation, language switch and the login / logout controls. */
import { Suspense, useState } from 'react';
import { Link, NavLink, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../lib/auth';
import { LanguageSwitch } from './language-switch';
import { lazyNamed } from './lazy-named';
import { paths, spaceOf } from './paths';

// Logged-in users only: anonymous visitors (most of the public traffic) never download the polling code.
const NotificationBadge = lazyNamed(() => import('./notification-badge'), 'NotificationBadge');

export function SiteHeader() {
  const { t } = useTranslation();
  const { status, user, logout } = useAuth();
  const navigate = useNavigate();
  const [loggingOut, setLoggingOut] = useState(false);

  async function handleLogout() {
    setLoggingOut(true);
    try {
      await logout();
    } finally {
      // The local session is gone even if the server call failed (see useAuth().logout).
      setLoggingOut(false);
      void navigate(paths.home);
    }
  }

  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to={paths.home} className="site-name">
          {t('common.siteName')}
        </Link>
        <nav aria-label={t('nav.label')}>
          <ul className="nav-list">
            <li>
              <NavLink to={paths.home} end>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.offers}>{t('nav.offers')}</NavLink>
            </li>
            {status === 'authenticated' && user ? (
              <>
                <li>
                  <NavLink to={spaceOf(user.role)}>{t('nav.mySpace')}</NavLink>
                </li>
                {user.role !== 'ADMIN' && (
                  <li>
                    <Suspense fallback={null}>
                      <NotificationBadge to={`${spaceOf(user.role)}/notifications`} />
                    </Suspense>
                  </li>
                )}
                <li>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => void handleLogout()}
                    disabled={loggingOut}
                  >
                    {loggingOut ? t('nav.loggingOut') : t('nav.logout')}
                  </button>
                </li>
              </>
            ) : (
              <>
                <li>
                  <NavLink to={paths.login}>{t('nav.login')}</NavLink>
                </li>
                <li>
                  <NavLink to={paths.register}>{t('nav.register')}</NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
        <LanguageSwitch />
      </div>
    </header>
  );
}
