import { describe, expect, it } from 'vitest';
import type { UserView } from '@talents/shared';
import { json, mockFetch } from '../test/fetch-mock';
import { api } from './api-client';
import { ApiError } from './api-error';
import { tokenStore } from './token-store';

const alice: UserView = {
  id: 'u1',
  email: 'alice@example.fr',
  role: 'CANDIDATE',
  locale: 'fr',
  emailVerified: true,
  createdAt: '2025-01-01T00:00:00.000Z',
  candidateProfileId: null,
  companyIds: [],
};
const expired = () => json(401, { statusCode: 401, error: 'Unauthorized', message: 'Session expirée.' });

function signIn(accessToken: string) {
  tokenStore.set({ accessToken, user: alice });
}

describe('api client', () => {
  it('refreshes once after a 401 and retries the request with the new token', async () => {
    signIn('old-token');
    const network = mockFetch({
      'GET /api/auth/me': (request) =>
        request.headers.get('Authorization') === 'Bearer new-token' ? json(200, alice) : expired(),
      'POST /api/auth/refresh': () => json(200, { accessToken: 'new-token', user: alice }),
    });

    await expect(api.get('/auth/me')).resolves.toEqual(alice);

    expect(network.calls.map((request) => `${request.method} ${new URL(request.url).pathname}`)).toEqual([
      'GET /api/auth/me',
      'POST /api/auth/refresh',
      'GET /api/auth/me',
    ]);
    expect(network.calls[0]?.headers.get('Authorization')).toBe('Bearer old-token');
    expect(network.calls[2]?.headers.get('Authorization')).toBe('Bearer new-token');
    expect(network.calls[1]?.credentials).toBe('include');
    expect(tokenStore.accessToken()).toBe('new-token');
  });

  it('gives up after one retry and throws the API error', async () => {
    signIn('old-token');
    const network = mockFetch({
      'GET /api/auth/me': expired,
      'POST /api/auth/refresh': () => json(200, { accessToken: 'new-token', user: alice }),
    });

    const error = await api.get('/auth/me').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ statusCode: 401, message: 'Session expirée.' });
    expect(network.callsTo('GET /api/auth/me')).toHaveLength(2);
    expect(network.callsTo('POST /api/auth/refresh')).toHaveLength(1);
  });

  it('drops the session when the refresh is refused', async () => {
    signIn('old-token');
    mockFetch({ 'GET /api/auth/me': expired, 'POST /api/auth/refresh': expired });

    await expect(api.get('/auth/me')).rejects.toMatchObject({ statusCode: 401 });

    expect(tokenStore.get()).toBeNull();
  });

  it('shares one refresh between concurrent 401s (the refresh token rotates)', async () => {
    signIn('old-token');
    const network = mockFetch({
      'GET /api/auth/me': (request) =>
        request.headers.get('Authorization') === 'Bearer new-token' ? json(200, alice) : expired(),
      'POST /api/auth/refresh': () => json(200, { accessToken: 'new-token', user: alice }),
    });

    await Promise.all([api.get('/auth/me'), api.get('/auth/me')]);

    expect(network.callsTo('POST /api/auth/refresh')).toHaveLength(1);
  });

  it('carries the field details of a validation error', async () => {
    mockFetch({
      'POST /api/auth/register': () =>
        json(400, {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Données invalides.',
          details: [{ field: 'email', message: 'Adresse e-mail déjà utilisée.' }],
        }),
    });

    await expect(api.post('/auth/register', {}, { refreshOn401: false })).rejects.toMatchObject({
      statusCode: 400,
      message: 'Données invalides.',
      details: [{ field: 'email', message: 'Adresse e-mail déjà utilisée.' }],
    });
  });

  it('reports an unreachable API as a network error', async () => {
    mockFetch({ 'GET /api/health': () => Promise.reject(new TypeError('fetch failed')) });

    await expect(api.get('/health')).rejects.toMatchObject({ statusCode: 0, isNetworkError: true });
  });
});
