/**
 * Alerts: saved searches (GET, POST /alerts · PATCH, DELETE /alerts/:id) and their one-click unsubscribe
 * (GET, POST /alerts/unsubscribe?token=). Candidates save offer searches (kind OFFERS), recruiters talent
 * searches (kind TALENTS); filters use the same names as GET /offers and GET /talents, as JSON arrays.
 */
import { z } from 'zod';
import { AlertFrequency, AlertKind, BasinCode, ContractType, RemotePolicy, RoleFamilyCode, Track } from './enums';
import { Page } from './errors';

/** Saved searches one account may keep (POST /alerts answers 409 `alert.limitReached` beyond). */
export const MAX_ALERTS_PER_USER = 20;

const list = <T extends z.ZodType>(item: T) => z.array(item).min(1).max(20).optional();

const Geo = {
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  radiusKm: z.number().positive().max(1000).optional(),
};

function geoComplete(filters: { lat?: number; lon?: number; radiusKm?: number }, ctx: z.RefinementCtx): void {
  const given = (['lat', 'lon', 'radiusKm'] as const).filter((k) => filters[k] !== undefined);
  if (given.length === 0 || given.length === 3) return;
  for (const key of ['lat', 'lon', 'radiusKm'] as const) {
    if (filters[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'geo.incomplete' });
  }
}

/** The filters of GET /offers an alert can keep. */
export const OfferAlertFilters = z
  .strictObject({
    roleFamily: list(RoleFamilyCode),
    basin: list(BasinCode),
    contractType: list(ContractType),
    remote: list(RemotePolicy),
    ...Geo,
  })
  .superRefine(geoComplete);
export type OfferAlertFilters = z.infer<typeof OfferAlertFilters>;

/** The filters of GET /talents an alert can keep. */
export const TalentAlertFilters = z
  .strictObject({
    roleFamily: list(RoleFamilyCode),
    skills: list(z.string().trim().min(1).max(80)),
    track: list(Track),
    basin: list(BasinCode),
    contractType: list(ContractType),
    minExperience: z.number().int().min(0).max(60).optional(),
    ...Geo,
  })
  .superRefine(geoComplete);
export type TalentAlertFilters = z.infer<typeof TalentAlertFilters>;

const AlertCommon = {
  name: z.string().trim().min(1).max(120),
  query: z.string().trim().max(200).default(''),
  frequency: AlertFrequency,
};

export const CreateAlertRequest = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('OFFERS'), ...AlertCommon, filters: OfferAlertFilters.default({}) }),
  z.strictObject({ kind: z.literal('TALENTS'), ...AlertCommon, filters: TalentAlertFilters.default({}) }),
]);
export type CreateAlertRequest = z.infer<typeof CreateAlertRequest>;

/** `active: true` re-subscribes an alert that was unsubscribed from a mail. */
export const UpdateAlertRequest = z
  .strictObject({ name: AlertCommon.name.optional(), frequency: AlertFrequency.optional(), active: z.boolean().optional() })
  .refine((body) => Object.keys(body).length > 0, { error: 'body.empty' });
export type UpdateAlertRequest = z.infer<typeof UpdateAlertRequest>;

export const AlertsQuery = Page.extend({ kind: AlertKind.optional() }).strict();
export type AlertsQuery = z.infer<typeof AlertsQuery>;

export const AlertIdParam = z.strictObject({ id: z.uuid() });

/** The signed token of an unsubscribe link (see @talents/db signLink). */
export const UnsubscribeQuery = z.strictObject({ token: z.string().min(20).max(400) });

export interface AlertView {
  id: string;
  kind: AlertKind;
  name: string;
  query: string;
  filters: OfferAlertFilters | TalentAlertFilters;
  frequency: AlertFrequency;
  /** false once unsubscribed from a mail; PATCH `{active: true}` turns it back on. */
  active: boolean;
  lastRunAt: string | null;
  createdAt: string;
}

/** What GET /alerts/unsubscribe shows before the person confirms (POST does the unsubscribing). */
export interface UnsubscribePreview {
  alertName: string;
  kind: AlertKind;
  active: boolean;
}
