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
  // The page's query module loads alongside `users/me/`, so its request goes out in the same
  // task as the answer instead of one module load later.
  const data = firstScreenData(pathname)?.();
  data?.catch(() => undefined);
  queryClient
    .fetchQuery(sessionQueries.me())
    .then(async (me) => {
      if (!(me.is_staff || me.is_support) || !data) return;
      await (
        await data
      )(queryClient);
    })
    // The shell shows the error (or the 401 handling signs out); a prefetch only warms the cache.
    .catch(() => undefined);
}

type Prefetch = (queryClient: QueryClient) => Promise<unknown>;

/** The first screen's data call, as a loader of its query module that resolves to the prefetch. */
function firstScreenData(pathname: string): (() => Promise<Prefetch>) | null {
  const transcript = matchPath(paths.transcript.pattern, pathname);
  // matchPath on a raw pathname decodes only `%2F`; the route's own params are fully decoded,
  // and the prefetch must ask for (and cache under) the same id.
  const sessionId = safeDecode(transcript?.params.sessionId);
  if (sessionId) {
    return async () => {
      const { transcriptQueries } = await import('@/features/transcript/api/queries');
      // The first page goes out first: it is small, and shows while the whole one arrives.
      return (queryClient) =>
        Promise.all([
          queryClient.prefetchQuery(transcriptQueries.head(sessionId)),
          queryClient.prefetchQuery(transcriptQueries.bySession(sessionId)),
        ]);
    };
  }
  if (matchPath(paths.overview.pattern, pathname)) {
    return async () => {
      const { budgetQueries } = await import('@/features/budget/api/queries');
      return (queryClient) => queryClient.prefetchQuery(budgetQueries.snapshot());
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
