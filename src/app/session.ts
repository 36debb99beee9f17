import type { QueryClient } from '@tanstack/react-query';
import { configureClient } from '@/api/client';
import { clearToken, getToken, setSessionNotice } from '@/features/auth/utils/token-store';
import { getConfig } from '@/lib/config';
import { paths } from '@/lib/paths';
import { endSession } from '@/lib/session-scope';

type Navigate = (to: string, options?: { replace?: boolean; state?: unknown }) => unknown;
export type Navigation = { navigate: Navigate; currentPath: () => string };

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
    currentPath: () => {
      const { pathname, search, hash } = router.state.location;
      return `${pathname}${search}${hash}`;
    },
  };
}
