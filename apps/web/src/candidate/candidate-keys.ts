/**
 * Query keys of the candidate's own data. Kept apart from the API calls so the public offer page can
 * invalidate "my applications" after applying without loading the candidate space's code.
 */
import { notificationKeys } from '../lib/notification-keys';

export const candidateKeys = {
  all: ['candidate'] as const,
  profile: ['candidate', 'profile'] as const,
  applications: ['candidate', 'applications'] as const,
  applicationsForOffer: (offerId: string) => ['candidate', 'applications', { offerId }] as const,
  contactRequests: ['candidate', 'contact-requests'] as const,
  recommendations: ['candidate', 'recommendations'] as const,
  /** Not under 'candidate': recruiters read the same notifications page, and the header badge shares the prefix. */
  notifications: notificationKeys.all,
};
