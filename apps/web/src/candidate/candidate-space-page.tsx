/**
 * The candidate space (/candidate/*, guarded by RequireRole and code-split in the router): a sub-navigation
 * and one lazily loaded page per section, so opening "Mes candidatures" does not download the profile editor.
 */
import './candidate-i18n';
import './candidate.css';
import { Suspense, type ReactNode } from 'react';
import { lazyNamed } from '../app/lazy-named';
import { useQuery } from '@tanstack/react-query';
import { NavLink, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../app/paths';
import { NotFoundPage } from '../public/not-found-page';
import { candidateApi } from './candidate-api';
import { candidateKeys } from './candidate-keys';
import { candidateSections } from './candidate-sections';

const ProfilePage = lazyNamed(() => import('./profile/profile-page'), 'ProfilePage');
const ApplicationsPage = lazyNamed(() => import('./applications-page'), 'ApplicationsPage');
const ContactRequestsPage = lazyNamed(() => import('./contact-requests-page'), 'ContactRequestsPage');
const NotificationsPage = lazyNamed(() => import('./notifications-page'), 'NotificationsPage');
const RecommendationsPage = lazyNamed(() => import('./recommendations-page'), 'RecommendationsPage');
const CandidateAlertsPage = lazyNamed(() => import('./candidate-alerts-page'), 'CandidateAlertsPage');
const MyDataPage = lazyNamed(() => import('../account/my-data-page'), 'MyDataPage');

export function CandidateSpacePage() {
  const { t } = useTranslation('candidate');
  const { t: common } = useTranslation();
  // Shares its cache entry with the notifications page (first page), so the badge and the list agree.
  const notifications = useQuery({
    queryKey: [...candidateKeys.notifications, 1],
    queryFn: ({ signal }) => candidateApi.notifications(1, signal),
  });
  const unread = notifications.data?.unreadCount ?? 0;
  const link = (to: string, label: string, extra?: ReactNode) => (
    <li>
      <NavLink to={to} end className="subnav__link">
        {label}
        {extra}
      </NavLink>
    </li>
  );

  return (
    <div className="candidate-space">
      <nav className="subnav" aria-label={t('nav.label')}>
        <ul>
          {/* Absolute targets: in a splat route (`/candidate/*`) React Router resolves relative links against the
              whole URL, so "applications" from /candidate/notifications would nest. */}
          {link(paths.candidate, t('nav.profile'))}
          {link(`${paths.candidate}/${candidateSections.recommendations}`, t('nav.recommendations'))}
          {link(`${paths.candidate}/${candidateSections.applications}`, t('nav.applications'))}
          {link(`${paths.candidate}/${candidateSections.contactRequests}`, t('nav.contactRequests'))}
          {link(`${paths.candidate}/${candidateSections.notifications}`, t('nav.notifications'), 
            unread > 0 ? (
              <span className="count-badge">
                <span aria-hidden="true">{unread}</span>
                <span className="visually-hidden">{t('nav.unread', { count: unread })}</span>
              </span>
            ) : undefined,
          )}
          {link(`${paths.candidate}/${candidateSections.alerts}`, t('nav.alerts'))}
          {link(`${paths.candidate}/${candidateSections.myData}`, t('nav.myData'))}
        </ul>
      </nav>
      <Suspense fallback={<p role="status">{common('common.loading')}</p>}>
        <Routes>
          <Route index element={<ProfilePage />} />
          <Route path={candidateSections.recommendations} element={<RecommendationsPage />} />
          <Route path={candidateSections.applications} element={<ApplicationsPage />} />
          <Route path={candidateSections.contactRequests} element={<ContactRequestsPage />} />
          <Route path={candidateSections.notifications} element={<NotificationsPage />} />
          <Route path={candidateSections.alerts} element={<CandidateAlertsPage />} />
          <Route path={candidateSections.myData} element={<MyDataPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </div>
  );
}
