/**
 * "Files d'attente": the BullMQ dashboard the API serves at /api/admin/queues, outside the SPA. A new tab
 * carries no bearer token, so the click first trades it for a short-lived cookie (POST …/queues/session),
 * then opens the dashboard. The tab is opened synchronously, in the click, so popup blockers let it through;
 * it is pointed at the dashboard once the cookie is set, or closed again if the API refuses.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { API_BASE } from '../lib/api-client';
import { describeError } from '../ui/describe-error';
import { adminApi } from './admin-api';
import './i18n';

export const QUEUES_URL = `${API_BASE}/admin/queues`;

export function useQueuesDashboard() {
  const { t } = useTranslation();
  const { t: ta } = useTranslation('admin');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function open() {
    setError(null);
    setPending(true);
    const tab = window.open('about:blank', '_blank');
    if (tab) tab.opener = null; // the dashboard gets no handle on this page
    try {
      await adminApi.openQueuesSession();
      if (tab) tab.location.href = QUEUES_URL;
      else window.open(QUEUES_URL, '_blank', 'noopener');
    } catch (cause) {
      tab?.close();
      setError(ta('nav.queuesError', { reason: describeError(cause, t) }));
    } finally {
      setPending(false);
    }
  }

  return { open, pending, error };
}

export function QueuesButton({ dashboard }: { dashboard: ReturnType<typeof useQueuesDashboard> }) {
  const { t: ta } = useTranslation('admin');
  return (
    <button type="button" className="link-button" onClick={() => void dashboard.open()} disabled={dashboard.pending}>
      {dashboard.pending ? ta('nav.queuesOpening') : ta('nav.queues')}
      {' '}<span className="visually-hidden">{ta('nav.newWindow')}</span>
    </button>
  );
}
