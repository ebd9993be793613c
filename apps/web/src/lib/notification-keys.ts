/**
 * Query keys of the in-app notifications, shared by the header badge (entry bundle, lazily rendered) and the
 * notifications page: marking one as read invalidates `all`, which refreshes the badge too.
 */
export const notificationKeys = {
  all: ['notifications'] as const,
  page: (page: number) => ['notifications', 'page', page] as const,
  unreadCount: ['notifications', 'unread-count'] as const,
};
