/**
 * The API token lives in sessionStorage, or localStorage when "remember me" is ticked.
 * It never goes into a URL or a log; only the client's Authorization header reads it.
 */
const KEY = 'waa.token';
/** The storage key, for telling this tab's sign-in from another tab's (`storage` events). */
export const TOKEN_KEY = KEY;
const listeners = new Set<() => void>();

export function getToken(): string | null {
  try {
    return sessionStorage.getItem(KEY) ?? localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** This tab signed in without "remember me": its token is its own, other tabs cannot change it. */
export function hasTabToken(): boolean {
  try {
    return sessionStorage.getItem(KEY) !== null;
  } catch {
    return false;
  }
}

export function setToken(token: string, remember: boolean): void {
  clearToken({ silent: true });
  setSessionNotice(null);
  (remember ? localStorage : sessionStorage).setItem(KEY, token);
  listeners.forEach((l) => l());
}

export function clearToken({ silent = false }: { silent?: boolean } = {}): void {
  try {
    sessionStorage.removeItem(KEY);
    localStorage.removeItem(KEY);
  } catch {
    // Storage unavailable: nothing was stored.
  }
  if (!silent) listeners.forEach((l) => l());
}

export function subscribeToken(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const NOTICE_KEY = 'waa.session-notice';

/** Why the last session ended, for the sign-in page to say (survives the redirect and a reload). */
export function setSessionNotice(notice: string | null): void {
  try {
    if (notice) sessionStorage.setItem(NOTICE_KEY, notice);
    else sessionStorage.removeItem(NOTICE_KEY);
  } catch {
    // Storage unavailable: the sign-in page simply shows no reason.
  }
}

export function getSessionNotice(): string | null {
  try {
    return sessionStorage.getItem(NOTICE_KEY);
  } catch {
    return null;
  }
}
