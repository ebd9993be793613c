/**
 * The queue dashboard is a server-rendered page the browser opens itself, so it cannot carry the SPA's bearer
 * token (kept in memory). An admin first calls POST /api/admin/queues/session with that token; the answer sets
 * this cookie: `<userId>.<expiry ms>`, signed by @fastify/cookie, httpOnly, SameSite=Strict (no cross-site
 * request carries it, so the dashboard's retry/remove actions need no other CSRF token), scoped to the
 * dashboard's path and valid 15 minutes. Every dashboard request re-checks that the user is still an active admin.
 */
import { createHmac } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../common/config/app-config';

export const DASHBOARD_PATH = '/api/admin/queues';
export const DASHBOARD_COOKIE = 'talents_qd';
export const DASHBOARD_SESSION_TTL_MS = 15 * 60 * 1000;

/** The cookie signing secret, derived from JWT_SECRET so that no new secret has to be provisioned. */
export function cookieSecret(config: AppConfig): string {
  return createHmac('sha256', config.JWT_SECRET).update('queue-dashboard-cookie').digest('base64url');
}

const cookieOptions = (config: AppConfig) => ({
  httpOnly: true,
  sameSite: 'strict' as const,
  secure: config.NODE_ENV === 'production',
  path: DASHBOARD_PATH,
});

export function setDashboardSession(reply: FastifyReply, config: AppConfig, userId: string, now = Date.now()): Date {
  const expires = new Date(now + DASHBOARD_SESSION_TTL_MS);
  reply.setCookie(DASHBOARD_COOKIE, `${userId}.${expires.getTime()}`, { ...cookieOptions(config), expires, signed: true });
  return expires;
}

export function clearDashboardSession(reply: FastifyReply, config: AppConfig): void {
  reply.clearCookie(DASHBOARD_COOKIE, cookieOptions(config));
}

/** 'none' without a cookie; the user id of a valid, unexpired session; 'invalid' otherwise. */
export function readDashboardSession(request: FastifyRequest, now = Date.now()): string | 'none' | 'invalid' {
  const raw = request.cookies?.[DASHBOARD_COOKIE];
  if (typeof raw !== 'string' || raw.length === 0) return 'none';
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return 'invalid';
  const [userId, expiry] = unsigned.value.split('.');
  if (!userId || !expiry || !(Number(expiry) > now)) return 'invalid';
  return userId;
}
