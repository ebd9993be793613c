/**
 * URLs of the SPA. The API's e-mails link to `${WEB_URL}/verify-email?token=…` and
 * `${WEB_URL}/reset-password?token=…`, so those two paths are part of the contract with the API.
 */
import type { UserRole } from '@talents/shared';

export const paths = {
  home: '/',
  login: '/login',
  register: '/register',
  verifyEmail: '/verify-email',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  candidate: '/candidate',
  recruiter: '/recruiter',
  admin: '/admin',
  /** Link of the invitation e-mail (`${WEB_URL}/invitations/accept?token=…`): part of the contract with the API. */
  acceptInvitation: '/invitations/accept',
  offers: '/offers',
  stats: '/statistiques',
  /** Link of the alert e-mails (`${WEB_URL}/alertes/desabonnement?token=…`): part of the contract with the worker. */
  unsubscribe: '/alertes/desabonnement',
} as const;

/** Public page of one offer (the API's JSON-LD and feeds point here too: `${WEB_URL}/offers/:id`). */
export function offerPath(id: string): string {
  return `${paths.offers}/${encodeURIComponent(id)}`;
}

const spaces: Record<UserRole, string> = {
  CANDIDATE: paths.candidate,
  RECRUITER: paths.recruiter,
  ADMIN: paths.admin,
};

/** Where a user of this role lands after logging in. */
export function spaceOf(role: UserRole): string {
  return spaces[role];
}
