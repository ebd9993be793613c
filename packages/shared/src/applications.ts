/**
 * Request and response shapes of the application pipeline (POST /offers/:id/applications, /applications).
 * The transition rules themselves live in the API (applications/pipeline.ts); the SPA reads them from there
 * through the `PIPELINE_*` lists below only to decide which buttons to show.
 */
import { z } from 'zod';
import { ApplicationStatus, OfferStatus, Track } from './enums';
import { Page } from './errors';

export const REJECTION_REASONS = ['SKILLS', 'EXPERIENCE', 'LOCATION', 'POSITION_FILLED', 'OTHER'] as const;
export const RejectionReason = z.enum(REJECTION_REASONS);
export type RejectionReason = z.infer<typeof RejectionReason>;

/** Stages a recruiter moves an application through, in order; forward skips are allowed, going back is not. */
export const PIPELINE_STAGES = ['APPLIED', 'SHORTLISTED', 'INTERVIEW', 'OFFER', 'HIRED'] as const;
/** States from which an application can still move (REJECTED / WITHDRAWN / HIRED are final). */
export const OPEN_APPLICATION_STATUSES = ['APPLIED', 'SHORTLISTED', 'INTERVIEW', 'OFFER'] as const;

export const ApplyRequest = z.strictObject({
  message: z.string().trim().max(5000).optional(),
});
export type ApplyRequest = z.infer<typeof ApplyRequest>;

export const ApplicationsQuery = Page.extend({
  status: ApplicationStatus.optional(),
  offerId: z.uuid().optional(),
}).strict();
export type ApplicationsQuery = z.infer<typeof ApplicationsQuery>;

export const ApplicationIdParam = z.strictObject({ id: z.uuid() });

export const UpdateApplicationRequest = z
  .strictObject({
    status: ApplicationStatus,
    /** Kept in the status history; visible to the company only (the candidate sees their own notes). */
    note: z.string().trim().min(1).max(2000).optional(),
    rejectionReason: RejectionReason.optional(),
    /** With HIRED: close the offer as FILLED and reject the other open applications (default true). */
    closeOffer: z.boolean().optional(),
  })
  .superRefine((body, ctx) => {
    if (body.status === 'REJECTED' && !body.rejectionReason) {
      ctx.addIssue({ code: 'custom', path: ['rejectionReason'], message: 'application.rejectionReasonRequired' });
    }
    if (body.status !== 'REJECTED' && body.rejectionReason) {
      ctx.addIssue({ code: 'custom', path: ['rejectionReason'], message: 'application.rejectionReasonOnlyWhenRejected' });
    }
    if (body.status !== 'HIRED' && body.closeOffer !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['closeOffer'], message: 'application.closeOfferOnlyWhenHired' });
    }
  });
export type UpdateApplicationRequest = z.infer<typeof UpdateApplicationRequest>;

/** The candidate as the viewer may see them: identity fields are null while the profile is not revealed. */
export const ApplicantView = z.object({
  id: z.string(),
  revealed: z.boolean(),
  /** Full name when revealed, else a stable pseudonym ("Candidat·e #a1b2c3") the SPA can show. */
  displayName: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  headline: z.string().nullable(),
  yearsOfExperience: z.number().int(),
  track: Track.nullable(),
  basinCode: z.string().nullable(),
  town: z.string().nullable(),
});
export type ApplicantView = z.infer<typeof ApplicantView>;

export const ApplicationHistoryEntry = z.object({
  fromStatus: ApplicationStatus.nullable(),
  toStatus: ApplicationStatus,
  /** Who moved it: the candidate, a recruiter of the company, or null once that account is erased. */
  byRole: z.enum(['CANDIDATE', 'RECRUITER', 'ADMIN']).nullable(),
  byUserId: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type ApplicationHistoryEntry = z.infer<typeof ApplicationHistoryEntry>;

export const ApplicationView = z.object({
  id: z.string(),
  status: ApplicationStatus,
  rejectionReason: RejectionReason.nullable(),
  message: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  offer: z.object({ id: z.string(), title: z.string(), status: OfferStatus, companyId: z.string(), companyName: z.string() }),
  candidate: ApplicantView,
  history: z.array(ApplicationHistoryEntry),
  hire: z.object({ id: z.string(), hiredAt: z.string() }).nullable(),
});
export type ApplicationView = z.infer<typeof ApplicationView>;
