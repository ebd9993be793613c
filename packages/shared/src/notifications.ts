/** In-app notifications (GET /notifications, POST /notifications/:id/read, POST /notifications/read-all). */
import { z } from 'zod';
import { Page } from './errors';

export const NotificationsQuery = Page.extend({
  /** `true`: unread only; `false` or absent: all. */
  unread: z.stringbool().optional(),
}).strict();
export type NotificationsQuery = z.infer<typeof NotificationsQuery>;

export const NotificationIdParam = z.strictObject({ id: z.uuid() });

/**
 * Notification types written by the API and the worker; the SPA words each one from its payload (and falls back
 * to a neutral sentence for a type it does not know yet).
 */
export const NOTIFICATION_TYPES = [
  'application.created',
  'application.status-changed',
  'contact-request.created',
  'contact-request.answered',
  /** To the applicants of an offer that closed (closeOffer in @talents/db: manual close or expiry). */
  'offer.closed',
  /** An INSTANT alert matched a newly published offer or profile (worker fan-out). */
  'alert.match',
  /** To an invitee who already has an account; new accounts only get the e-mail. */
  'company.invitation',
  /** To the owners of the company the invitee joined. */
  'company.member-joined',
  /** To the members of a company moderated by an admin. */
  'company.verified',
  'company.unverified',
  'company.suspended',
  'company.reinstated',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

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
