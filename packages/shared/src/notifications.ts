/** In-app notifications (GET /notifications, POST /notifications/:id/read, POST /notifications/read-all). */
import { z } from 'zod';
import { Page } from './errors';

export const NotificationsQuery = Page.extend({
  /** `true`: unread only; `false` or absent: all. */
  unread: z.stringbool().optional(),
}).strict();
export type NotificationsQuery = z.infer<typeof NotificationsQuery>;

export const NotificationIdParam = z.strictObject({ id: z.uuid() });

/** Notification types written by the API; the SPA words each one from its payload. */
export const NOTIFICATION_TYPES = [
  'application.created',
  'application.status-changed',
  'contact-request.created',
  'contact-request.answered',
] as const;

export const NotificationView = z.object({
  id: z.string(),
  type: z.string(),
  payload: z.record(z.string(), z.unknown()),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type NotificationView = z.infer<typeof NotificationView>;

export const NotificationList = z.object({
  items: z.array(NotificationView),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  unreadCount: z.number().int(),
});
export type NotificationList = z.infer<typeof NotificationList>;
