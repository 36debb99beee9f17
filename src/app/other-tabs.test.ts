import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOMEPORT_KEYS } from '@/features/auth/utils/homeport-session';
import {
  detectSessionSource,
  getSessionNotice,
  setSessionNotice,
  takeReturnPath,
  TOKEN_KEY,
} from '@/features/auth/utils/token-store';
import { tokenFingerprint } from '@/features/auth/utils/tab-session';
import { visitorQueries } from '@/features/visitors/api/queries';
import { onSessionEnd } from '@/lib/session-scope';
import { watchOtherTabs } from './session';

/** What another tab's write to localStorage looks like from this tab. */
function otherTab(oldValue: string | null, newValue: string | null, key: string | null = TOKEN_KEY) {
  if (key !== null) {
    if (newValue === null) localStorage.removeItem(key);
    else localStorage.setItem(key, newValue);
  }
  window.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue, storageArea: localStorage }));
}

let client: QueryClient;
let stop: () => void = () => undefined;
let removeCleanup: () => void = () => undefined;
const navigate = vi.fn();
const reload = vi.fn();
const leave = vi.fn();
const sessionEnded = vi.fn();
let here = '/users?sort=-turns';

function watch() {
  stop = watchOtherTabs(client, { navigate, reload, leave, currentPath: () => here });
}

beforeEach(() => {
  client = new QueryClient();
  client.setQueryData(visitorQueries.all(), [{ user_slug: 'previous-user-data' }]);
  localStorage.setItem(TOKEN_KEY, 'token-a');
  here = '/users?sort=-turns';
  removeCleanup = onSessionEnd(sessionEnded);
});
afterEach(() => {
  stop();
  removeCleanup();
  localStorage.clear();
  sessionStorage.clear();
  setSessionNotice(null);
  vi.clearAllMocks();
});

describe('a remembered sign-in shared with other tabs', () => {
  it('follows a sign-out in another tab at once: cache dropped, sign-in with the reason, back here after', () => {
    watch();
    otherTab('token-a', null);
    expect(client.getQueryData(visitorQueries.all())).toBeUndefined();
    expect(sessionEnded).toHaveBeenCalledTimes(1);
    expect(navigate).toHaveBeenCalledWith('/sign-in?next=%2Fusers%3Fsort%3D-turns', { replace: true });
    expect(getSessionNotice()).toBe('You signed out in another tab.');
    expect(reload).not.toHaveBeenCalled();
  });

  it('also when another tab clears the whole storage', () => {
    watch();
    localStorage.clear();
    otherTab(null, null, null);
    expect(client.getQueryData(visitorQueries.all())).toBeUndefined();
    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it('starts again as the new user when another tab signs in with a different token', () => {
    watch();
    otherTab('token-a', 'token-b');
    expect(client.getQueryData(visitorQueries.all())).toBeUndefined();
    expect(sessionEnded).toHaveBeenCalledTimes(1);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('a sign-in page follows another tab’s sign-in to where it was going', () => {
    here = '/sign-in?next=%2Finteractions%3Fpage%3D2';
    localStorage.removeItem(TOKEN_KEY);
    watch();
    otherTab(null, 'token-b');
    expect(navigate).toHaveBeenCalledWith('/interactions?page=2', { replace: true });
    expect(reload).not.toHaveBeenCalled();
  });

  it('leaves a tab with its own sign-in (sessionStorage) alone, and ignores other keys', () => {
    sessionStorage.setItem(TOKEN_KEY, 'tab-token');
    watch();
    otherTab('token-a', null);
    otherTab('token-a', 'token-b');
    sessionStorage.clear();
    otherTab(null, 'dark', 'waa.theme');
    expect(client.getQueryData(visitorQueries.all())).toEqual([{ user_slug: 'previous-user-data' }]);
    expect(navigate).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });
});

describe('a session one tab lent to another (without "remember me")', () => {
  function tell(value: unknown) {
    const channel = new BroadcastChannel('waa.tabs');
    channel.postMessage({ kind: 'tell', topic: 'signed-out', value });
    channel.close();
  }

  it('follows that tab’s sign-out: the same token is dropped, with the reason', async () => {
    localStorage.removeItem(TOKEN_KEY);
    sessionStorage.setItem(TOKEN_KEY, 'lent-token');
    detectSessionSource();
    watch();
    tell(tokenFingerprint('another-token'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(navigate).not.toHaveBeenCalled();
    tell(tokenFingerprint('lent-token'));
    await vi.waitFor(() =>
      expect(navigate).toHaveBeenCalledWith('/sign-in?next=%2Fusers%3Fsort%3D-turns', { replace: true }),
    );
    expect(sessionStorage.getItem(TOKEN_KEY)).toBeNull();
    expect(client.getQueryData(['visitors'])).toBeUndefined();
    expect(getSessionNotice()).toBe('You signed out in another tab.');
  });
});

describe('HomePort’s session shared with other tabs', () => {
  beforeEach(() => {
    localStorage.removeItem(TOKEN_KEY);
    localStorage.setItem(HOMEPORT_KEYS.token, 'homeport-a');
    localStorage.setItem(HOMEPORT_KEYS.method, 'local');
    detectSessionSource();
  });

  function homeportTab(key: string, value: string | null) {
    const oldValue = localStorage.getItem(key);
    otherTab(oldValue, value, key);
  }

  it('HomePort signing out elsewhere drops everything and hands over to HomePort at once', () => {
    watch();
    homeportTab(HOMEPORT_KEYS.token, null);
    homeportTab(HOMEPORT_KEYS.method, null);
    expect(client.getQueryData(['visitors'])).toBeUndefined();
    expect(sessionEnded).toHaveBeenCalledTimes(1);
    expect(leave).toHaveBeenCalledTimes(1);
    expect(leave).toHaveBeenCalledWith('/');
    expect(navigate).not.toHaveBeenCalled();
    expect(takeReturnPath()).toBe('/users?sort=-turns');
  });

  it('a new impersonation or another person starts this tab again; a language change does not', () => {
    watch();
    homeportTab(HOMEPORT_KEYS.language, 'et');
    expect(reload).not.toHaveBeenCalled();
    homeportTab(HOMEPORT_KEYS.impersonation, 'b4a3c2d1e0f94e8d7c6b5a4938271605');
    expect(client.getQueryData(['visitors'])).toBeUndefined();
    expect(reload).toHaveBeenCalledTimes(1);
    homeportTab(HOMEPORT_KEYS.token, 'homeport-b');
    expect(reload).toHaveBeenCalledTimes(2);
    expect(leave).not.toHaveBeenCalled();
  });
});
