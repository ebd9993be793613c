/**
 * The alerts of the logged-in person (candidates: offer alerts, recruiters: talent alerts): change the
 * frequency, pause or turn back on (applied at once, rolled back on failure), delete after confirmation.
 */
import '../account/account-i18n';
import '../candidate/candidate.css';
import '../public/offers/offers.css';
import './alerts.css';
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  ALERT_FREQUENCIES, type AlertFrequency, type AlertKind, type AlertView, type Paginated, type UpdateAlertRequest,
} from '@talents/shared';
import { paths } from '../app/paths';
import { ConfirmDialog } from '../candidate/confirm-dialog';
import { QueryState } from '../candidate/query-state';
import '../public/offers/offers-i18n';
import { formatDate, useReferenceLabels } from '../public/offers/reference-labels';
import { describeError } from '../ui/describe-error';
import { usePageTitle } from '../ui/use-page-title';
import { offerSearchHref, summariseSearch } from './alert-search';
import { alertKeys, alertsApi } from './alerts-api';

export function AlertsPage({ kind }: { kind: AlertKind }) {
  const { t } = useTranslation('account');
  const { t: to } = useTranslation('offers');
  const { t: common } = useTranslation();
  const labels = useReferenceLabels();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [toDelete, setToDelete] = useState<AlertView | null>(null);
  const title = kind === 'OFFERS' ? t('alerts.candidateTitle') : t('alerts.recruiterTitle');
  usePageTitle(title);
  const key = alertKeys.list(kind);
  const query = useQuery({ queryKey: key, queryFn: ({ signal }) => alertsApi.list(kind, signal) });

  const update = useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateAlertRequest }) => alertsApi.update(id, body),
    onMutate: async ({ id, body }) => {
      setMessage(null);
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Paginated<AlertView>>(key);
      queryClient.setQueryData<Paginated<AlertView>>(key, (old) =>
        old && { ...old, items: old.items.map((item) => (item.id === id ? { ...item, ...body } : item)) },
      );
      return { previous };
    },
    onSuccess: (alert) => setMessage({ tone: 'success', text: t('alerts.saved', { name: alert.name }) }),
    onError: (error, _vars, context) => {
      queryClient.setQueryData(key, context?.previous);
      setMessage({ tone: 'error', text: describeError(error, common) });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });

  const remove = useMutation({
    mutationFn: (alert: AlertView) => alertsApi.remove(alert.id),
    onSuccess: (_void, alert) => {
      setToDelete(null);
      setMessage({ tone: 'success', text: t('alerts.deleted', { name: alert.name }) });
      queryClient.setQueryData<Paginated<AlertView>>(key, (old) =>
        old && { ...old, total: old.total - 1, items: old.items.filter((item) => item.id !== alert.id) },
      );
    },
    onError: (error) => {
      setToDelete(null);
      setMessage({ tone: 'error', text: describeError(error, common) });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });

  const items = query.data?.items ?? [];
  return (
    <>
      <h1>{title}</h1>
      <p>{t('alerts.intro')}</p>
      <div role="status">{message?.tone === 'success' ? <p className="alert alert--success">{message.text}</p> : null}</div>
      <div role="alert">{message?.tone === 'error' ? <p className="alert alert--error">{message.text}</p> : null}</div>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {query.data && items.length === 0 && (
        <div className="empty-state">
          <p>{kind === 'OFFERS' ? t('alerts.emptyCandidate') : t('alerts.emptyRecruiter')}</p>
          <Link className="button" to={kind === 'OFFERS' ? paths.offers : `${paths.recruiter}/talents`}>
            {kind === 'OFFERS' ? t('alerts.goSearchOffers') : t('alerts.goSearchTalents')}
          </Link>
        </div>
      )}
      {items.length > 0 && (
        <>
          <p>{t('alerts.count', { count: query.data?.total ?? items.length })}</p>
          <ul className="alert-list">
            {items.map((alert) => {
              const selectId = `alert-frequency-${alert.id}`;
              return (
                <li key={alert.id} className="card alert-item">
                  <h2 className="alert-item__title">{alert.name}</h2>
                  <p>{summariseSearch(alert, t, to, labels)}</p>
                  <p className="item__meta">
                    <span className={`alert-state${alert.active ? '' : ' alert-state--paused'}`}>
                      {alert.active ? t('alerts.active') : t('alerts.paused')}
                    </span>
                    {' · '}
                    {alert.lastRunAt ? t('alerts.lastRun', { date: formatDate(alert.lastRunAt) }) : t('alerts.neverRun')}
                  </p>
                  <div className="alert-item__controls">
                    <div className="field">
                      <label htmlFor={selectId}>{t('alerts.frequencyLabel')}</label>
                      <select
                        id={selectId}
                        value={alert.frequency}
                        onChange={(event) =>
                          update.mutate({ id: alert.id, body: { frequency: event.target.value as AlertFrequency } })
                        }
                      >
                        {ALERT_FREQUENCIES.map((value) => (
                          <option key={value} value={value}>
                            {t(`alerts.frequency.${value}`)}
                          </option>
                        ))}
                      </select>
                    </div>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => update.mutate({ id: alert.id, body: { active: !alert.active } })}
                    >
                      {alert.active ? t('alerts.pause') : t('alerts.resume')}
                      <span className="visually-hidden"> — {alert.name}</span>
                    </button>
                    <button type="button" className="button button--danger button--small" onClick={() => setToDelete(alert)}>
                      {t('alerts.delete')}
                      <span className="visually-hidden"> — {alert.name}</span>
                    </button>
                  </div>
                  {alert.kind === 'OFFERS' && (
                    <Link to={offerSearchHref(alert)}>
                      {t('alerts.openSearch')}
                      <span className="visually-hidden"> — {alert.name}</span>
                    </Link>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title={t('alerts.deleteTitle', { name: toDelete?.name ?? '' })}
        confirmLabel={t('alerts.deleteConfirm')}
        cancelLabel={t('cancel')}
        danger
        pending={remove.isPending}
        onConfirm={() => toDelete && remove.mutate(toDelete)}
        onCancel={() => setToDelete(null)}
      >
        <p>{t('alerts.deleteText')}</p>
      </ConfirmDialog>
    </>
  );
}
