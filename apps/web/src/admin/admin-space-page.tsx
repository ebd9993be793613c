/**
 * The admin space (guarded by RequireRole in the router, code-split: nothing here weighs on public pages).
 * Its own navigation and routes under /admin/*.
 */
import { NavLink, Navigate, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../app/paths';
// Shared space styles (forms, banners, cards, confirmations) live with the recruiter space; both spaces use them.
import '../recruiter/recruiter.css';
import './admin.css';
import { AuditLogPage } from './audit-log-page';
import { CompaniesModeration } from './companies-moderation';
import './i18n';
import { ImportsPage } from './imports-page';
import { KpiPanel } from './kpi-panel';
import { QueuesButton, useQueuesDashboard } from './queues-link';

export function AdminSpacePage() {
  const { t } = useTranslation();
  const { t: ta } = useTranslation('admin');
  const queues = useQueuesDashboard();
  // Absolute on purpose: this component is the element of a splat route (`…/*`), where React Router 7 resolves
  // relative links against the whole URL — "offers" from /…/company would lead to /…/company/offers.
  const links = [
    { to: `${paths.admin}/kpis`, label: ta('nav.kpis') },
    { to: `${paths.admin}/companies`, label: ta('nav.companies') },
    { to: `${paths.admin}/audit-log`, label: ta('nav.audit') },
    { to: `${paths.admin}/imports`, label: ta('nav.imports') },
  ];
  return (
    <>
      <nav aria-label={t('space.admin')} className="space-nav">
        <ul className="nav-list">
          {links.map((link) => <li key={link.to}><NavLink to={link.to}>{link.label}</NavLink></li>)}
          {/* A server-rendered dashboard (bull-board), outside the SPA, opened in a new tab. */}
          <li><QueuesButton dashboard={queues} /></li>
        </ul>
      </nav>
      <div role="alert">{queues.error ? <p className="alert alert--error">{queues.error}</p> : null}</div>
      <Routes>
        <Route index element={<Navigate to={`${paths.admin}/kpis`} replace />} />
        <Route path="kpis" element={<KpiPanel />} />
        <Route path="companies" element={<CompaniesModeration />} />
        <Route path="audit-log" element={<AuditLogPage />} />
        <Route path="imports" element={<ImportsPage />} />
        <Route path="*" element={<Navigate to={`${paths.admin}/kpis`} replace />} />
      </Routes>
    </>
  );
}
