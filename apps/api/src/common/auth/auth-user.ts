import type { UserRole } from '@talents/shared';

/** Who is calling, as proven by the access token. Ownership is checked by services, not here. */
export interface AuthUser {
  id: string;
  role: UserRole;
}
