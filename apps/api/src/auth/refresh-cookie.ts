/** The refresh token's cookie: httpOnly, SameSite=Strict, scoped to /api/auth, Secure in production. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../common/config/app-config';

export const REFRESH_COOKIE = 'talents_rt';
const PATH = '/api/auth';

export function setRefreshCookie(reply: FastifyReply, config: AppConfig, token: string, expires: Date): void {
  reply.setCookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.NODE_ENV === 'production',
    path: PATH,
    expires,
  });
}

export function clearRefreshCookie(reply: FastifyReply, config: AppConfig): void {
  reply.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'strict', secure: config.NODE_ENV === 'production', path: PATH });
}

export function readRefreshCookie(request: FastifyRequest): string | undefined {
  const value = request.cookies?.[REFRESH_COOKIE];
  return typeof value === 'string' && value.length > 0 && value.length < 200 ? value : undefined;
}
