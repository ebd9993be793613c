/** Request and response shapes of contact requests (a recruiter asks an anonymous candidate to reveal). */
import { z } from 'zod';
import { ApplicantView } from './applications';
import { Page } from './errors';

export const CONTACT_REQUEST_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED'] as const;
export const ContactRequestStatus = z.enum(CONTACT_REQUEST_STATUSES);
export type ContactRequestStatus = z.infer<typeof ContactRequestStatus>;

/** A company may send this many contact requests per rolling 24 hours (protects candidates from spam). */
export const CONTACT_REQUESTS_PER_COMPANY_PER_DAY = 20;

export const CreateContactRequest = z.strictObject({
  message: z.string().trim().min(10, { error: 'contactRequest.messageTooShort' }).max(2000, { error: 'contactRequest.messageTooLong' }),
  /** The offer the request is about; the request is then sent on behalf of that offer's company. */
  offerId: z.uuid().optional(),
});
export type CreateContactRequest = z.infer<typeof CreateContactRequest>;

export const ContactRequestCandidateParam = z.strictObject({ candidateId: z.uuid() });
export const ContactRequestIdParam = z.strictObject({ id: z.uuid() });

export const AnswerContactRequest = z.strictObject({ status: z.enum(['ACCEPTED', 'DECLINED']) });
export type AnswerContactRequest = z.infer<typeof AnswerContactRequest>;

export const ContactRequestsQuery = Page.extend({ status: ContactRequestStatus.optional() }).strict();
export type ContactRequestsQuery = z.infer<typeof ContactRequestsQuery>;

export const ContactRequestView = z.object({
  id: z.string(),
  status: ContactRequestStatus,
  message: z.string(),
  createdAt: z.string(),
  respondedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  company: z.object({ id: z.string(), name: z.string() }),
  offer: z.object({ id: z.string(), title: z.string() }).nullable(),
  /** Masked for recruiters until the candidate reveals their profile to the company. */
  candidate: ApplicantView,
});
export type ContactRequestView = z.infer<typeof ContactRequestView>;
