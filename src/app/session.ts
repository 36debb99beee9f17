import type { QueryClient } from '@tanstack/react-query';
import { configureClient } from '@/api/client';
import {
  clearToken,
  getCredentials,
  hasTabToken,
  isSessionKey,
  releaseHomeportSession,
  rememberReturnPath,
  sessionIdentity,
  sessionSource,
  setSessionNotice,
  signOutOfHomeport,
  subscribeToken,
  takeReturnPath,
} from '@/features/auth/utils/token-store';
import { shareSessionWithNewTabs, tokenFingerprint } from '@/features/auth/utils/tab-session';
import { getConfig, homeportHref } from '@/lib/config';
import { paths, safeNextPath } from '@/lib/paths';
import { endSession } from '@/lib/session-scope';
import { listenToOtherTabs, tellOtherTabs } from '@/lib/tab-channel';

/** What a tab tells the others when it signs out (with its token's fingerprint, never the token). */
const SIGNED_OUT = 'signed-out';

type Navigate = (to: string, options?: { replace?: boolean; state?: unknown }) => unknown;
export type Navigation = {
  navigate: Navigate;
  currentPath: () => string;
  reload: () => void;
  /** Leaves the dashboard for another application (HomePort's login): a full page load. */
  leave: (url: string) => void;
};

/** The navigation the session code was installed with; sign-out uses it too. */
let installed: Navigation | null = null;

/** Every cached answer and everything derived from them goes; requests in flight are cancelled. */
function dropEverything(queryClient: QueryClient): Promise<void> {
  const cancelled = queryClient.cancelQueries();
  queryClient.clear();
  endSession();
  return cancelled;
}

/**
 * HomePort's way with an ended session (docs/api.md §9): its own `/`, which shows its login.
 * HomePort's keys stay as they are (HomePort decides about them); this page lets go of them
 * and remembers where it was, to come back there (docs/deployment.md).
 */
function handOverToHomeport(queryClient: QueryClient, navigation: Navigation, here: string): void {
  rememberReturnPath(here);
  releaseHomeportSession();
  void dropEverything(queryClient);
  navigation.leave(homeportHref('/'));
}

/**
 * Wires the API client to the session: the token getter, and the one place a 401 is handled
 * (drop the token and every cached answer, go to sign-in, come back afterwards; in HomePort's
 * session, hand over to HomePort's login).
 */
export function installSessionHandling(queryClient: QueryClient, navigation: Navigation): void {
  installed = navigation;
  let signingOut = false;
  configureClient({
    apiUrl: getConfig().apiUrl,
    getCredentials,
    onUnauthorized: (error) => {
      const here = navigation.currentPath();
      if (signingOut || here.startsWith(paths.signIn.pattern)) return;
      signingOut = true;
      // The page is leaving for HomePort: nothing here is used again, so the guard stays up.
      if (sessionSource() === 'homeport') return handOverToHomeport(queryClient, navigation, here);
      setSessionNotice(
        `Your session ended (${error.detail ?? 'the token was not accepted'}). Sign in again to continue.`,
      );
      clearToken();
      void dropEverything(queryClient);
      void Promise.resolve(navigation.navigate(paths.signIn.href(here), { replace: true })).finally(() => {
        signingOut = false;
      });
    },
  });
}

/**
 * Back to where this tab was when it handed over to HomePort's login, when it opens again at
 * its start page with HomePort's session. Returns the path it went to.
 */
export function resumeAfterHandover(navigation: Navigation): string | null {
  const back = safeNextPath(takeReturnPath());
  if (sessionSource() !== 'homeport' || sessionIdentity() === null) return null;
  if (back === '/' || navigation.currentPath() !== '/') return null;
  void navigation.navigate(back, { replace: true });
  return back;
}

/**
 * A remembered sign-in (localStorage) is shared by every tab. When another tab signs out, this
 * one follows at once (not at its next request); when another tab signs in with a different
 * token, this tab drops everything it shows of the previous sign-in and starts again as the new
 * one (a reload: no state of the previous user survives). A tab signed in for itself
 * (sessionStorage) is not affected. HomePort's session is shared the same way: its sign-out
 * elsewhere hands this tab over to HomePort's login, a new person or a new impersonation
 * starts it again. Returns the removal of the listener.
 */
export function watchOtherTabs(queryClient: QueryClient, navigation: Navigation) {
  const { navigate, currentPath, reload } = navigation;
  // Who this tab works as; its own sign-in and sign-out keep it current.
  let known = sessionIdentity();
  const unsubscribe = subscribeToken(() => {
    known = sessionIdentity();
  });
  const onStorage = (event: StorageEvent) => {
    // `key` is null when another tab cleared the whole storage.
    if (!isSessionKey(event.key)) return;
    if (hasTabToken()) return;
    const now = sessionIdentity();
    if (now === known) return;
    known = now;
    const here = currentPath();
    if (sessionSource() === 'homeport') {
      if (now === null) handOverToHomeport(queryClient, navigation, here);
      else {
        void dropEverything(queryClient);
        reload();
      }
      return;
    }
    const onSignIn = here.startsWith(paths.signIn.pattern);
    if (now === null) {
      if (onSignIn) return;
      setSessionNotice('You signed out in another tab.');
      void dropEverything(queryClient);
      void navigate(paths.signIn.href(here), { replace: true });
    } else if (onSignIn) {
      const query = here.includes('?') ? here.slice(here.indexOf('?') + 1) : '';
      void navigate(safeNextPath(new URLSearchParams(query).get('next')), { replace: true });
    } else {
      void dropEverything(queryClient);
      reload();
    }
  };
  window.addEventListener('storage', onStorage);
  // A tab that got its token from another tab (src/features/auth/utils/tab-session.ts) follows
  // that tab's sign-out, as remembered sign-ins follow each other through storage.
  const stopListening = listenToOtherTabs(SIGNED_OUT, (value) => {
    if (sessionSource() !== 'own' || !hasTabToken() || value !== tokenFingerprint()) return;
    const here = currentPath();
    setSessionNotice('You signed out in another tab.');
    clearToken();
    void dropEverything(queryClient);
    if (!here.startsWith(paths.signIn.pattern)) void navigate(paths.signIn.href(here), { replace: true });
  });
  const stopSharing = shareSessionWithNewTabs();
  return () => {
    unsubscribe();
    stopListening();
    stopSharing();
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * Signs out: the token and every cached answer go, then the sign-in page. In HomePort's
 * session it signs out of Waldur as HomePort's own sign-out does, and HomePort's login follows.
 */
export async function signOut(queryClient: QueryClient): Promise<void> {
  const navigation = installed;
  if (!navigation) throw new Error('signOut before installSessionHandling');
  setSessionNotice(null);
  if (sessionSource() === 'homeport') {
    signOutOfHomeport();
    await dropEverything(queryClient);
    navigation.leave(homeportHref('/'));
    return;
  }
  const signedOut = tokenFingerprint();
  clearToken();
  if (signedOut) tellOtherTabs(SIGNED_OUT, signedOut);
  await dropEverything(queryClient);
  await navigation.navigate(paths.signIn.href(), { replace: true });
}

type RouterLike = {
  navigate: (to: string, options?: { replace?: boolean; state?: unknown }) => Promise<void>;
  state: { location: { pathname: string; search: string; hash: string } };
};

export function routerNavigation(
  router: RouterLike,
  leave: (url: string) => void = (url) => window.location.assign(url),
): Navigation {
  return {
    navigate: (to, options) => router.navigate(to, options),
    reload: () => window.location.reload(),
    leave,
    currentPath: () => {
      const { pathname, search, hash } = router.state.location;
      return `${pathname}${search}${hash}`;
    },
  };
}
