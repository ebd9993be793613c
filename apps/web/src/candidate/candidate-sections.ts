/** Relative paths of the candidate space's sections (under /candidate). */
export const candidateSections = {
  recommendations: 'recommendations',
  applications: 'applications',
  contactRequests: 'contact-requests',
  notifications: 'notifications',
  alerts: 'alerts',
  myData: 'my-data',
} as const;
