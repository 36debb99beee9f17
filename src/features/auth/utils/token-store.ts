import type { Credentials } from '@/api/client';
import {
  clearHomeportSession,
  homeportCredentials,
  homeportIdentity,
  homeportToken,
  isHomeportIdentityKey,
} from './homeport-session';

/**
 * Whose session this page uses, decided once per page load: HomePort's when its session is on
 * this origin (docs/api.md §9), else the dashboard's own token. The own token lives in
 * sessionStorage, or localStorage when "remember me" is ticked. It never goes into a URL or a
 * log; only the client's Authorization header reads it.
 */
export type SessionSource = 'own' | 'homeport';

const KEY = 'waa.token';
/** The storage key, for telling this tab's sign-in from another tab's (`storage` events). */
export const TOKEN_KEY = KEY;
const listeners = new Set<() => void>();
let source: SessionSource = 'own';
/** This page has let go of HomePort's session (a 401, a sign-out): it stays signed out. */
let releasedHomeport = false;

/**
 * Picks the session for this page load. HomePort's session wins over a remembered own token,
 * which is then forgotten: one browser, one signed-in person.
 */
export function detectSessionSource(): SessionSource {
  releasedHomeport = false;
  source = homeportToken() !== null ? 'homeport' : 'own';
  if (source === 'homeport') clearOwnToken();
  return source;
}

export function sessionSource(): SessionSource {
  return source;
}

export function getToken(): string | null {
  if (source === 'homeport') return releasedHomeport ? null : homeportToken();
  try {
    return sessionStorage.getItem(KEY) ?? localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The client's one token getter: the token with its scheme and the session's own headers. */
export function getCredentials(): Credentials | null | Promise<Credentials | null> {
  if (source === 'homeport') return releasedHomeport ? null : homeportCredentials();
  const token = getToken();
  return token === null ? null : { token, scheme: 'Token' };
}

/**
 * Who is signed in, for noticing another tab's change: the token, and in HomePort's session
 * also the impersonated user.
 */
export function sessionIdentity(): string | null {
  if (source === 'homeport') return releasedHomeport ? null : homeportIdentity();
  return getToken();
}

/** Whether a `storage` event for `key` (null: the whole storage was cleared) may change the session. */
export function isSessionKey(key: string | null): boolean {
  if (key === null) return true;
  return source === 'homeport' ? isHomeportIdentityKey(key) : key === KEY;
}

/** This tab signed in without "remember me": its token is its own, other tabs cannot change it. */
export function hasTabToken(): boolean {
  if (source === 'homeport') return false;
  try {
    return sessionStorage.getItem(KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * Lets go of HomePort's session for the rest of this page's life without touching HomePort's
 * keys (a 401, or HomePort signing out elsewhere): HomePort decides what happens to them.
 */
export function releaseHomeportSession(): void {
  releasedHomeport = true;
  listeners.forEach((l) => l());
}

/** Signs out of Waldur in HomePort's session: removes what HomePort's own sign-out removes. */
export function signOutOfHomeport(): void {
  clearHomeportSession();
  releaseHomeportSession();
}

export function setToken(token: string, remember: boolean): void {
  clearToken({ silent: true });
  setSessionNotice(null);
  (remember ? localStorage : sessionStorage).setItem(KEY, token);
  listeners.forEach((l) => l());
}

export function clearToken({ silent = false }: { silent?: boolean } = {}): void {
  clearOwnToken();
  if (!silent) listeners.forEach((l) => l());
}

function clearOwnToken(): void {
  try {
    sessionStorage.removeItem(KEY);
    localStorage.removeItem(KEY);
  } catch {
    // Storage unavailable: nothing was stored.
  }
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

const RETURN_KEY = 'waa.return-to';
/** A handover older than this is not resumed: the person has moved on. */
const RETURN_TTL_MS = 60 * 60_000;

/**
 * Where this tab was when it handed over to HomePort's login (a 401, a sign-out elsewhere).
 * HomePort's login returns to HomePort's own pages, so the dashboard keeps its place itself, in
 * this tab only, and goes back there the next time it is opened at its start page.
 */
export function rememberReturnPath(path: string): void {
  try {
    sessionStorage.setItem(RETURN_KEY, JSON.stringify({ path, at: Date.now() }));
  } catch {
    // Storage unavailable: the dashboard opens at its start page.
  }
}

/** The remembered place, once: it is forgotten as it is read. */
export function takeReturnPath(now = Date.now()): string | null {
  try {
    const raw = sessionStorage.getItem(RETURN_KEY);
    sessionStorage.removeItem(RETURN_KEY);
    const stored: unknown = raw ? JSON.parse(raw) : null;
    if (!stored || typeof stored !== 'object') return null;
    const { path, at } = stored as { path?: unknown; at?: unknown };
    if (typeof path !== 'string' || typeof at !== 'number' || now - at > RETURN_TTL_MS) return null;
    return path;
  } catch {
    return null;
  }
}
