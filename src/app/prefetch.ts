import type { QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router';
import { sessionQueries } from '@/features/auth/api/queries';
import { getToken } from '@/features/auth/utils/token-store';
import { paths } from '@/lib/paths';

/**
 * Starts the first screen's requests while the route's lazy module is still downloading. A data
 * router renders nothing until that module has arrived, and the shell asks for `users/me/` and
 * `version/` only once it renders, so a pasted link to a conversation used to fetch it three
 * steps late (modules → session → data). The session starts at once; the page's own data
 * follows as soon as `users/me/` says the user is staff or support (others see no data call).
 * Measured with `npm run bench`.
 */
export function prefetchFirstScreen(queryClient: QueryClient, pathname: string): void {
  if (getToken() === null) return;
  void queryClient.prefetchQuery(sessionQueries.version());
  const data = firstScreenData(pathname);
  queryClient
    .fetchQuery(sessionQueries.me())
    .then((me) => (me.is_staff || me.is_support) && data?.(queryClient))
    // The shell shows the error (or the 401 handling signs out); a prefetch only warms the cache.
    .catch(() => undefined);
}

function firstScreenData(pathname: string): ((queryClient: QueryClient) => Promise<unknown>) | null {
  const transcript = matchPath(paths.transcript.pattern, pathname);
  // matchPath on a raw pathname decodes only `%2F`; the route's own params are fully decoded,
  // and the prefetch must ask for (and cache under) the same id.
  const sessionId = safeDecode(transcript?.params.sessionId);
  if (sessionId) {
    return async (queryClient) => {
      const { transcriptQueries } = await import('@/features/transcript/api/queries');
      return queryClient.prefetchQuery(transcriptQueries.bySession(sessionId));
    };
  }
  if (matchPath(paths.overview.pattern, pathname)) {
    return async (queryClient) => {
      const { budgetQueries } = await import('@/features/budget/api/queries');
      return queryClient.prefetchQuery(budgetQueries.snapshot());
    };
  }
  return null;
}

function safeDecode(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
