/**
 * The recruiter space (guarded by RequireRole in the router, code-split): its own navigation and routes under
 * /recruiter/*. The recruiting pages are plain imports (the space is one lazy chunk, loaded on first visit);
 * the account pages shared with candidates (alerts, notifications, my data) load on demand.
 */
import { Suspense } from 'react';
import { NavLink, Navigate, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { lazyNamed } from '../app/lazy-named';
import { paths } from '../app/paths';
import { CompanyPage } from './company-page';
import './i18n';
import { MatchesPage } from './matches-page';
import { OfferEditorPage } from './offer-editor';
import { OffersPage } from './offers-page';
import { PipelinePage } from './pipeline-page';
import './recruiter.css';
import { TalentProfilePage } from './talent-profile-page';
import { TalentsPage } from './talents-page';

const RecruiterAlertsPage = lazyNamed(() => import('./recruiter-alerts-page'), 'RecruiterAlertsPage');
const NotificationsPage = lazyNamed(() => import('../candidate/notifications-page'), 'NotificationsPage');
const MyDataPage = lazyNamed(() => import('../account/my-data-page'), 'MyDataPage');

export function RecruiterSpacePage() {
  const { t } = useTranslation();
  const { t: tr } = useTranslation('recruiter');
  // Absolute on purpose: this component is the element of a splat route (`…/*`), where React Router 7 resolves
  // relative links against the whole URL — "offers" from /…/company would lead to /…/company/offers.
  const links = [
    { to: `${paths.recruiter}/company`, label: tr('nav.company') },
    { to: `${paths.recruiter}/offers`, label: tr('nav.offers') },
    { to: `${paths.recruiter}/talents`, label: tr('nav.talents') },
    { to: `${paths.recruiter}/applications`, label: tr('nav.applications') },
    { to: `${paths.recruiter}/alerts`, label: tr('nav.alerts') },
    { to: `${paths.recruiter}/notifications`, label: tr('nav.notifications') },
    { to: `${paths.recruiter}/my-data`, label: tr('nav.myData') },
  ];
  return (
    <>
      <nav aria-label={t('space.recruiter')} className="space-nav">
        <ul className="nav-list">
          {links.map((link) => (
            <li key={link.to}>
              <NavLink to={link.to}>{link.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
        <Routes>
          <Route index element={<Navigate to={`${paths.recruiter}/company`} replace />} />
          <Route path="company" element={<CompanyPage />} />
          <Route path="offers" element={<OffersPage />} />
          <Route path="offers/new" element={<OfferEditorPage />} />
          <Route path="offers/:offerId/edit" element={<OfferEditorPage />} />
          <Route path="offers/:offerId/pipeline" element={<PipelinePage />} />
          <Route path="offers/:offerId/matches" element={<MatchesPage />} />
          <Route path="applications" element={<PipelinePage />} />
          <Route path="talents" element={<TalentsPage />} />
          <Route path="talents/:candidateId" element={<TalentProfilePage />} />
          <Route path="alerts" element={<RecruiterAlertsPage />} />
          <Route path="notifications" element={<NotificationsPage />} />
          <Route path="my-data" element={<MyDataPage />} />
          <Route path="*" element={<Navigate to={`${paths.recruiter}/company`} replace />} />
        </Routes>
      </Suspense>
    </>
  );
}
