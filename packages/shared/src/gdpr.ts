/** Data-subject rights of every account: export (GET /me/export) and erasure (DELETE /me). */
import { z } from 'zod';

/** Erasure is irreversible, so the password is asked again even with a valid session (a borrowed laptop). */
export const DeleteAccountRequest = z.strictObject({
  password: z.string().min(1).max(128),
});
export type DeleteAccountRequest = z.infer<typeof DeleteAccountRequest>;

/** Top-level sections of the export document; each holds the rows as stored (ISO dates), minus secrets. */
export interface AccountExport {
  exportedAt: string;
  account: Record<string, unknown>;
  candidateProfile: Record<string, unknown> | null;
  consents: { consentAt: string | null; consentVersion: string | null }[];
  applications: Record<string, unknown>[];
  contactRequestsReceived: Record<string, unknown>[];
  contactRequestsSent: Record<string, unknown>[];
  companyMemberships: Record<string, unknown>[];
  invitations: { sent: Record<string, unknown>[]; received: Record<string, unknown>[] };
  offersCreated: Record<string, unknown>[];
  hires: Record<string, unknown>[];
  alerts: Record<string, unknown>[];
  notifications: Record<string, unknown>[];
  audit: { about: Record<string, unknown>[]; by: Record<string, unknown>[] };
}
