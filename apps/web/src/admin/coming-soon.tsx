/**
 * Audit log and candidate imports. Their endpoints (GET /admin/audit-log, POST /admin/imports/candidates) are
 * not in the API yet: the audit page asks once and says "bientôt disponible" on a 404.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api-error';
import { describeError } from '../ui/describe-error';
import { usePageTitle } from '../ui/use-page-title';
import { adminApi, adminKeys } from './admin-api';
import './i18n';

export function AuditLogPage() {
  const { t } = useTranslation();
  const { t: ta } = useTranslation('admin');
  const audit = useQuery({ queryKey: adminKeys.audit, queryFn: adminApi.auditLog, retry: false });
  usePageTitle(ta('audit.title'));
  const missing = audit.error instanceof ApiError && audit.error.statusCode === 404;
  return (
    <>
      <h1>{ta('audit.title')}</h1>
      {missing && <p className="banner banner--info">{ta('audit.comingSoon')}</p>}
      {audit.error && !missing && <p role="alert" className="alert alert--error">{describeError(audit.error, t)}</p>}
      {audit.isPending && <p role="status">{t('common.loading')}</p>}
      {audit.data && (
        audit.data.items.length === 0 ? <p className="empty">{ta('audit.empty')}</p> : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{ta('audit.title')}</caption>
              <thead><tr><th scope="col">{ta('audit.when')}</th><th scope="col">{ta('audit.action')}</th><th scope="col">{ta('audit.target')}</th></tr></thead>
              <tbody>
                {audit.data.items.map((entry, index) => (
                  <tr key={String(entry.id ?? index)}>
                    <td>{String(entry.createdAt ?? '')}</td>
                    <td>{String(entry.action ?? '')}</td>
                    <td>{`${String(entry.targetType ?? '')} ${String(entry.targetId ?? '')}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      )}
    </>
  );
}

export function ImportsPage() {
  const { t: ta } = useTranslation('admin');
  usePageTitle(ta('imports.title'));
  return (
    <>
      <h1>{ta('imports.title')}</h1>
      <p>{ta('imports.intro')}</p>
      <p className="banner banner--info">{ta('imports.comingSoon')}</p>
    </>
  );
}
