/**
 * Notifications, for candidates and recruiters alike (each sentence links into the reader's own space): unread
 * ones first in weight, each can be marked as read (at once, rolled back on failure).
 */
import './candidate-i18n';
import './candidate.css';
import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { NotificationList } from '@talents/shared';
import { useAuth } from '../lib/auth';
import { formatDate } from '../public/offers/reference-labels';
import { describeError } from '../ui/describe-error';
import { usePageTitle } from '../ui/use-page-title';
import { candidateApi, LIST_PAGE_SIZE } from './candidate-api';
import { candidateKeys } from './candidate-keys';
import { ListPager } from './list-pager';
import { describeNotification } from './notification-text';
import { QueryState } from './query-state';

export function NotificationsPage() {
  const { t } = useTranslation('candidate');
  const { t: common } = useTranslation();
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [error, setError] = useState<string | null>(null);
  usePageTitle(t('notifications.title'));
  const key = [...candidateKeys.notifications, page];
  const query = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => candidateApi.notifications(page, signal),
    placeholderData: keepPreviousData,
  });

  const markRead = useMutation({
    mutationFn: (id: string) => candidateApi.markRead(id),
    onMutate: async (id) => {
      setError(null);
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<NotificationList>(key);
      const now = new Date().toISOString();
      queryClient.setQueryData<NotificationList>(key, (old) =>
        old && {
          ...old,
          unreadCount: Math.max(0, old.unreadCount - 1),
          items: old.items.map((item) => (item.id === id ? { ...item, readAt: now } : item)),
        },
      );
      return { previous };
    },
    onError: (err, _id, context) => {
      queryClient.setQueryData(key, context?.previous);
      setError(describeError(err, common));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: candidateKeys.notifications }),
  });

  const markAll = useMutation({
    mutationFn: () => candidateApi.markAllRead(),
    onError: (err) => setError(describeError(err, common)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: candidateKeys.notifications }),
  });

  const unread = query.data?.unreadCount ?? 0;
  return (
    <>
      <h1>{t('notifications.title')}</h1>
      <p role="status">{query.data ? t('notifications.unreadCount', { count: unread }) : ''}</p>
      <div role="alert">{error ? <p className="alert alert--error">{error}</p> : null}</div>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {unread > 0 && (
        <p>
          <button type="button" className="button button--secondary button--small" onClick={() => markAll.mutate()} disabled={markAll.isPending}>
            {t('notifications.markAll')}
          </button>
        </p>
      )}
      {query.data && query.data.items.length === 0 && <p className="empty-state">{t('notifications.empty')}</p>}
      {query.data && query.data.items.length > 0 && (
        <ul className="item-list">
          {query.data.items.map((notification) => {
            const { text, href } = describeNotification(notification, t, user?.role);
            const isUnread = notification.readAt === null;
            return (
              <li key={notification.id} className={`card item${isUnread ? ' item--unread' : ''}`}>
                <p className="item__meta">
                  {isUnread && <strong>{t('notifications.new')} · </strong>}
                  <time dateTime={notification.createdAt}>{formatDate(notification.createdAt)}</time>
                </p>
                <p>{href ? <Link to={href}>{text}</Link> : text}</p>
                {isUnread && (
                  <button type="button" className="button button--secondary button--small" onClick={() => markRead.mutate(notification.id)}>
                    {t('notifications.markRead')}
                    <span className="visually-hidden"> — {text}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {query.data && <ListPager page={page} total={query.data.total} pageSize={LIST_PAGE_SIZE} onPage={setPage} />}
    </>
  );
}
