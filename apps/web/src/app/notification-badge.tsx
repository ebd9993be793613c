/**
 * The header's link to the notifications with the unread count (GET /notifications?unread=true, one row asked:
 * only `unreadCount` is used). Polled every minute while the tab is visible and refreshed when it regains focus.
 * Lazily loaded by the header for logged-in candidates and recruiters only.
 */
import { useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { NotificationList } from '@talents/shared';
import { api } from '../lib/api-client';
import { notificationKeys } from '../lib/notification-keys';

export const UNREAD_POLL_MS = 60_000;

export function NotificationBadge({ to }: { to: string }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: notificationKeys.unreadCount,
    queryFn: ({ signal }) =>
      api.get<NotificationList>('/notifications', { query: { unread: true, pageSize: 1 }, signal }),
    select: (list) => list.unreadCount,
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: true,
  });
  const unread = query.data ?? 0;
  return (
    <NavLink to={to} className="header-notifications">
      {t('nav.notifications')}
      {unread > 0 && (
        <span className="count-badge">
          <span aria-hidden="true">{unread > 99 ? '99+' : unread}</span>
          <span className="visually-hidden">{t('nav.unread', { count: unread })}</span>
        </span>
      )}
    </NavLink>
  );
}
