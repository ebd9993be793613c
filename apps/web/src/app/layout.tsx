/**
 * The page frame: skip link, header, the single <main> landmark, footer. On client-side navigation focus
 * moves to <main>, as a page load would, so keyboard and screen-reader users start at the new content.
 */
import { Suspense, useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

export const MAIN_ID = 'main';

export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`}>
        {t('common.skipLink')}
      </a>
      <SiteHeader />
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="site-main">
        <div className="container">
          <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
            <Outlet />
          </Suspense>
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
