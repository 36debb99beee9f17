/**
 * The API token lives in sessionStorage, or localStorage when "remember me" is ticked.
 * It never goes into a URL or a log; only the client's Authorization header reads it.
 */
const KEY = 'waa.token';
const listeners = new Set<() => void>();

export function getToken(): string | null {
  try {
    return sessionStorage.getItem(KEY) ?? localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setToken(token: string, remember: boolean): void {
  clearToken({ silent: true });
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
