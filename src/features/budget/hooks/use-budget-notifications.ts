import { useCallback, useState, useSyncExternalStore } from 'react';

/** Opt-in for budget notifications, remembered per browser (not per tab). */
const KEY = 'waa.budget-notify';
const listeners = new Set<() => void>();

function readOptIn(): boolean {
  try {
    return localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

function writeOptIn(value: boolean): void {
  try {
    if (value) localStorage.setItem(KEY, 'on');
    else localStorage.removeItem(KEY);
  } catch {
    // Private mode or a full quota: the opt-in then lasts for this page only.
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab toggling the opt-in applies here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function notificationsSupported(): boolean {
  return typeof globalThis.Notification === 'function';
}

function currentPermission(): NotificationPermission {
  return notificationsSupported() ? Notification.permission : 'denied';
}

export type BudgetNotifications = {
  supported: boolean;
  permission: NotificationPermission;
  /** Opted in and allowed by the browser. */
  enabled: boolean;
  toggle: () => Promise<void>;
};

export function useBudgetNotifications(): BudgetNotifications {
  const optedIn = useSyncExternalStore(subscribe, readOptIn, () => false);
  const supported = notificationsSupported();
  // The browser does not announce permission changes; re-read after each request.
  const [permission, setPermission] = useState<NotificationPermission>(currentPermission);
  const enabled = supported && optedIn && permission === 'granted';

  const toggle = useCallback(async () => {
    if (!notificationsSupported()) return;
    if (enabled) {
      writeOptIn(false);
      return;
    }
    let next = Notification.permission;
    if (next === 'default') next = await Notification.requestPermission();
    setPermission(next);
    writeOptIn(next === 'granted');
  }, [enabled]);

  return { supported, permission, enabled, toggle };
}
