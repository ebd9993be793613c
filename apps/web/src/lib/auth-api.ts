/** The /auth endpoints, typed with the shared contract. */
import type {
  LoginRequest,
  LoginResponse,
  RegisterRequest,
  UserView,
} from '@talents/shared';
import { api } from './api-client';

// 401 on these means bad credentials or token, not an expired session: no silent refresh.
const noRefresh = { refreshOn401: false } as const;

export const authApi = {
  register: (input: RegisterRequest) => api.post<{ user: UserView }>('/auth/register', input, noRefresh),
  verifyEmail: (token: string) => api.post<void>('/auth/verify-email', { token }, noRefresh),
  resendVerification: (email: string) => api.post<void>('/auth/resend-verification', { email }, noRefresh),
  login: (input: LoginRequest) => api.post<LoginResponse>('/auth/login', input, noRefresh),
  logout: () => api.post<void>('/auth/logout', undefined, noRefresh),
  forgotPassword: (email: string) => api.post<void>('/auth/forgot-password', { email }, noRefresh),
  resetPassword: (token: string, password: string) =>
    api.post<void>('/auth/reset-password', { token, password }, noRefresh),
  me: () => api.get<UserView>('/auth/me'),
};
