import { useSyncExternalStore } from 'react';
import type { TimeZoneChoice } from '@/lib/format/date';

/** Global, remembered display preferences (time zone, theme) in localStorage. */
type ThemeChoice = 'system' | 'light' | 'dark';
type Preferences = { timeZone: TimeZoneChoice; theme: ThemeChoice };

const KEY = 'waa.preferences';
const DEFAULTS: Preferences = { timeZone: 'utc', theme: 'system' };
const listeners = new Set<() => void>();

function read(): Preferences {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return DEFAULTS;
    const value = JSON.parse(raw) as Partial<Preferences>;
    return {
      timeZone: value.timeZone === 'local' ? 'local' : 'utc',
      theme: value.theme === 'light' || value.theme === 'dark' ? value.theme : 'system',
    };
  } catch {
    return DEFAULTS;
  }
}

let snapshot: Preferences = typeof localStorage === 'undefined' ? DEFAULTS : read();

export function setPreference<K extends keyof Preferences>(key: K, value: Preferences[K]): void {
  snapshot = { ...snapshot, [key]: value };
  try {
    localStorage.setItem(KEY, JSON.stringify(snapshot));
  } catch {
    // Private mode or a full quota: the choice still holds for this tab.
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePreferences(): Preferences {
  return useSyncExternalStore(
    subscribe,
    () => snapshot,
    () => DEFAULTS,
  );
}

export function useTimeZone(): TimeZoneChoice {
  return usePreferences().timeZone;
}

/** For tests: forget remembered preferences. */
export function resetPreferences(): void {
  snapshot = DEFAULTS;
  listeners.forEach((listener) => listener());
}
