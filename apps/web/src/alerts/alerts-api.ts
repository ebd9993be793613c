/**
 * Alerts (packages/shared alerts.ts): the owner's list and changes, and the public one-click unsubscribe.
 * Keys start with 'alerts' so a logout's queryClient.clear() and invalidations stay simple.
 */
import type {
  AlertKind, AlertView, CreateAlertRequest, Paginated, UnsubscribePreview, UpdateAlertRequest,
} from '@talents/shared';
import { api } from '../lib/api-client';

/** The API's page size ceiling: one page holds every alert a person reasonably keeps. */
export const ALERTS_PAGE_SIZE = 100;

export const alertKeys = {
  all: ['alerts'] as const,
  list: (kind: AlertKind) => ['alerts', 'list', kind] as const,
  unsubscribe: (token: string) => ['alerts', 'unsubscribe', token] as const,
};

export const alertsApi = {
  list: (kind: AlertKind, signal?: AbortSignal) =>
    api.get<Paginated<AlertView>>('/alerts', { query: { kind, pageSize: ALERTS_PAGE_SIZE }, signal }),
  create: (body: CreateAlertRequest) => api.post<AlertView>('/alerts', body),
  update: (id: string, body: UpdateAlertRequest) => api.patch<AlertView>(`/alerts/${encodeURIComponent(id)}`, body),
  remove: (id: string) => api.delete<void>(`/alerts/${encodeURIComponent(id)}`),
  // Anonymous: the signed token is the credential, so a 401 there means "bad link", never "refresh the session".
  unsubscribePreview: (token: string, signal?: AbortSignal) =>
    api.get<UnsubscribePreview>('/alerts/unsubscribe', { query: { token }, signal, refreshOn401: false }),
  unsubscribe: (token: string) =>
    api.post<UnsubscribePreview | undefined>('/alerts/unsubscribe', undefined, { query: { token }, refreshOn401: false }),
};
