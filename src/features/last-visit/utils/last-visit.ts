import { useCallback, useState, useSyncExternalStore } from 'react';

/**
 * When this staff user last marked everything as seen, per user in this browser (localStorage:
 * it outlives sign-out on purpose, it holds only a time). No mark yet: the last 24 hours.
 */
const PREFIX = 'waa.last-visit.';
export const FIRST_VISIT_WINDOW_MS = 24 * 60 * 60 * 1000;
const listeners = new Set<() => void>();

function read(owner: string): number | null {
  try {
    const value = Number(localStorage.getItem(PREFIX + owner));
    return Number.isFinite(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

function write(owner: string, at: number): void {
  try {
    localStorage.setItem(PREFIX + owner, String(Math.round(at)));
  } catch {
    // Private mode or a full quota: the mark then lasts until this page is left.
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Marking as seen in another tab applies here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(PREFIX)) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * The mark to set when everything on screen has been seen: now, but never before the newest item
 * shown (the server's clock may run ahead of this browser's; those items must not come back).
 */
export function seenMark(now: number, newestShown: readonly number[]): number {
  return Math.max(now, ...newestShown);
}

export type LastVisit = {
  /** Epoch ms: what is newer than this is new. */
  since: number;
  /** Whether the user has marked (false: the default last 24 hours). */
  marked: boolean;
  markSeen: (at: number) => void;
};

export function useLastVisit(owner: string): LastVisit {
  const stored = useSyncExternalStore(
    subscribe,
    () => read(owner),
    () => null,
  );
  // Fixed when the panel opens, so the default window does not slide (and refetch) every render.
  const [opened] = useState(() => Date.now());
  const markSeen = useCallback((at: number) => write(owner, at), [owner]);
  return { since: stored ?? opened - FIRST_VISIT_WINDOW_MS, marked: stored !== null, markSeen };
}
