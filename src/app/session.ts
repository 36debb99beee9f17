import type { QueryClient } from '@tanstack/react-query';
import { configureClient } from '@/api/client';
import {
  clearToken,
  getToken,
  hasTabToken,
  setSessionNotice,
  subscribeToken,
  TOKEN_KEY,
} from '@/features/auth/utils/token-store';
import { getConfig } from '@/lib/config';
import { paths, safeNextPath } from '@/lib/paths';
import { endSession } from '@/lib/session-scope';

type Navigate = (to: string, options?: { replace?: boolean; state?: unknown }) => unknown;
export type Navigation = { navigate: Navigate; currentPath: () => string; reload: () => void };

/**
 * Wires the API client to the session: the token getter, and the one place a 401 is handled
 * (drop the token and every cached answer, go to sign-in, come back afterwards).
 */
export function installSessionHandling(
  queryClient: QueryClient,
  { navigate, currentPath }: Navigation,
): void {
  let signingOut = false;
  configureClient({
    apiUrl: getConfig().apiUrl,
    getToken,
    onUnauthorized: (error) => {
      const here = currentPath();
      if (signingOut || here.startsWith(paths.signIn.pattern)) return;
      signingOut = true;
      setSessionNotice(
        `Your session ended (${error.detail ?? 'the token was not accepted'}). Sign in again to continue.`,
      );
      clearToken();
      void queryClient.cancelQueries();
      queryClient.clear();
      endSession();
      void Promise.resolve(navigate(paths.signIn.href(here), { replace: true })).finally(() => {
        signingOut = false;
      });
    },
  });
}

/**
 * A remembered sign-in (localStorage) is shared by every tab. When another tab signs out, this
 * one follows at once (not at its next request); when another tab signs in with a different
 * token, this tab drops everything it shows of the previous sign-in and starts again as the new
 * one (a reload: no state of the previous user survives). A tab signed in for itself
 * (sessionStorage) is not affected. Returns the removal of the listener.
 */
export function watchOtherTabs(queryClient: QueryClient, { navigate, currentPath, reload }: Navigation) {
  const dropEverything = () => {
    void queryClient.cancelQueries();
    queryClient.clear();
    endSession();
  };
  // The token this tab works with; its own sign-in and sign-out keep it current.
  let known = getToken();
  const unsubscribe = subscribeToken(() => {
    known = getToken();
  });
  const onStorage = (event: StorageEvent) => {
    // `key` is null when another tab cleared the whole storage.
    if (event.key !== null && event.key !== TOKEN_KEY) return;
    if (hasTabToken()) return;
    const now = getToken();
    if (now === known) return;
    known = now;
    const here = currentPath();
    const onSignIn = here.startsWith(paths.signIn.pattern);
    if (now === null) {
      if (onSignIn) return;
      setSessionNotice('You signed out in another tab.');
      dropEverything();
      void navigate(paths.signIn.href(here), { replace: true });
    } else if (onSignIn) {
      const query = here.includes('?') ? here.slice(here.indexOf('?') + 1) : '';
      void navigate(safeNextPath(new URLSearchParams(query).get('next')), { replace: true });
    } else {
      dropEverything();
      reload();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    unsubscribe();
    window.removeEventListener('storage', onStorage);
  };
}

export async function signOut(queryClient: QueryClient, navigate: Navigate): Promise<void> {
  setSessionNotice(null);
  clearToken();
  await queryClient.cancelQueries();
  queryClient.clear();
  endSession();
  await navigate(paths.signIn.href(), { replace: true });
}

type RouterLike = {
  navigate: (to: string, options?: { replace?: boolean; state?: unknown }) => Promise<void>;
  state: { location: { pathname: string; search: string; hash: string } };
};

export function routerNavigation(router: RouterLike): Navigation {
  return {
    navigate: (to, options) => router.navigate(to, options),
    reload: () => window.location.reload(),
    currentPath: () => {
      const { pathname, search, hash } = router.state.location;
      return `${pathname}${search}${hash}`;
    },
  };
}
