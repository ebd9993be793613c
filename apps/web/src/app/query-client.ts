/** TanStack Query defaults: client errors (4xx) are answers, not glitches, so they are never retried. */
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api-error';

const MAX_RETRIES = 2;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          const clientError = error instanceof ApiError && error.statusCode >= 400 && error.statusCode < 500;
          return !clientError && failureCount < MAX_RETRIES;
        },
      },
      mutations: { retry: false },
    },
  });
}
