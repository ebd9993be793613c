/** Relative paths of the candidate space's sections (under /candidate). */
export const candidateSections = {
  applications: 'applications',
  contactRequests: 'contact-requests',
  notifications: 'notifications',
  myData: 'my-data',
} as const;
