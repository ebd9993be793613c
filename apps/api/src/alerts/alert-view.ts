import type { AlertView, OfferAlertFilters, TalentAlertFilters, UnsubscribePreview } from '@talents/shared';
import type { AlertRow } from './alerts.repository';

export function toAlertView(row: AlertRow): AlertView {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    query: row.query,
    // Written only through the shared schemas (create), so the stored JSON has their shape.
    filters: (row.filters ?? {}) as OfferAlertFilters | TalentAlertFilters,
    frequency: row.frequency,
    active: row.unsubscribedAt === null,
    lastRunAt: row.lastRunAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** What an unsubscribe link shows: the alert's own name and kind, nothing about its owner. */
export function toUnsubscribePreview(row: AlertRow): UnsubscribePreview {
  return { alertName: row.name, kind: row.kind, active: row.unsubscribedAt === null };
}
