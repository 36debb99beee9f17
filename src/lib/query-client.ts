import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/errors';

const MAX_RETRIES = 3;

/** Retries only what can succeed later (429, 5xx, network); honours Retry-After. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  return isApiError(error) ? error.isTransient : false;
}

/**
 * Exponential backoff (1 s, 2 s, 4 s … at most 15 s). A `Retry-After` makes the wait at least
 * that long (capped at a minute), never shorter: `Retry-After: 0` must not turn into a burst.
 * `attempt` is TanStack Query's failure count before this retry (0 for the first).
 */
export function retryDelay(attempt: number, error: unknown): number {
  const backoff = Math.min(1000 * 2 ** attempt, 15_000);
  if (isApiError(error) && error.retryAfterSeconds !== undefined) {
    return Math.min(Math.max(error.retryAfterSeconds * 1000, backoff), 60_000);
  }
  return backoff;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        staleTime: 60_000,
        gcTime: 10 * 60_000,
        refetchOnWindowFocus: false,
      },
    },
  });
}
