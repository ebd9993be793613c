/**
 * The one HTTP client of the SPA. Every call goes through `apiRequest`: JSON in and out, the UI language as
 * Accept-Language (the API answers errors in it), the in-memory bearer token, and the refresh cookie
 * (credentials: 'include'). An expired access token costs one silent refresh and one retry, never more.
 */
import type { LoginResponse } from '@talents/shared';
import { currentLocale } from '../i18n';
import { ApiError } from './api-error';
import { tokenStore, type Session } from './token-store';

export const API_BASE = '/api';

type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON, or as-is when it is FormData (file uploads). */
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  /**
   * Set to false where a 401 means "wrong credentials or token", not "access token expired" (login, refresh,
   * …): refreshing there would be pointless and could loop.
   */
  refreshOn401?: boolean;
}

function buildUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((item) => params.append(key, String(item)));
    else params.append(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers = new Headers({ Accept: 'application/json', 'Accept-Language': currentLocale() });
  const token = tokenStore.accessToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body; // the browser sets the multipart boundary itself
  } else if (options.body !== undefined) {
    // Only with a body: the API rejects an empty body declared as JSON.
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(options.body);
  }
  try {
    return await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body,
      credentials: 'include',
      signal: options.signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause; // let TanStack Query see its own cancellation
    throw ApiError.network(cause);
  }
}

async function readBody<T>(response: Response): Promise<T> {
  if (!response.ok) throw await ApiError.fromResponse(response);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) return (await response.json()) as T;
  return (await response.text()) as T;
}

let refreshInFlight: Promise<Session | null> | null = null;

/**
 * Exchanges the refresh cookie for a new access token. Single flight: the start-up bootstrap and concurrent
 * 401s share one call, because the API rotates the refresh token and a second use of the old one would look
 * like a stolen token. Resolves to null (and drops the session) when the server refuses.
 */
export function refreshSession(): Promise<Session | null> {
  refreshInFlight ??= (async () => {
    try {
      const response = await send('/auth/refresh', { method: 'POST' });
      if (response.status >= 400 && response.status < 500) {
        tokenStore.set(null);
        return null;
      }
      const session = await readBody<LoginResponse>(response);
      tokenStore.set(session);
      return session;
    } finally {
      refreshInFlight = null;
    }
  })();
  return refreshInFlight;
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  let response = await send(path, options);
  if (response.status === 401 && options.refreshOn401 !== false) {
    const session = await refreshSession();
    if (session) response = await send(path, options);
  }
  return readBody<T>(response);
}

type Options = Omit<RequestOptions, 'method' | 'body'>;

/** Shorthands, e.g. `api.get<UserView>('/auth/me')`. */
export const api = {
  get: <T>(path: string, options?: Options) => apiRequest<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: Options) => apiRequest<T>(path, { ...options, method: 'POST', body }),
  put: <T>(path: string, body?: unknown, options?: Options) => apiRequest<T>(path, { ...options, method: 'PUT', body }),
  patch: <T>(path: string, body?: unknown, options?: Options) =>
    apiRequest<T>(path, { ...options, method: 'PATCH', body }),
  delete: <T>(path: string, options?: Options) => apiRequest<T>(path, { ...options, method: 'DELETE' }),
};
