import { afterEach, describe, expect, it } from 'vitest';
import { borrowSessionFromOtherTabs, shareSessionWithNewTabs, tokenFingerprint } from './tab-session';
import { clearToken, detectSessionSource, getToken, setToken } from './token-store';

/** Another tab of the same browser, on the same channel. */
function otherTab(answer: (ask: { topic: string; nonce: string }) => unknown) {
  const channel = new BroadcastChannel('waa.tabs');
  const heard: unknown[] = [];
  channel.onmessage = (event: MessageEvent) => {
    heard.push(event.data);
    const data = event.data as { kind: string; topic: string; nonce: string };
    if (data.kind !== 'ask') return;
    const value = answer(data);
    if (value !== null) channel.postMessage({ kind: 'answer', nonce: data.nonce, value });
  };
  return { heard, close: () => channel.close() };
}

afterEach(() => {
  clearToken({ silent: true });
  sessionStorage.clear();
  localStorage.clear();
});

describe('a new tab and the signed-in tabs', () => {
  it('borrows the session of a tab signed in without "remember me", into this tab only', async () => {
    detectSessionSource();
    const tab = otherTab((ask) => (ask.topic === 'session' ? 'token-of-the-other-tab' : null));
    expect(await borrowSessionFromOtherTabs(1_000)).toBe(true);
    tab.close();
    expect(getToken()).toBe('token-of-the-other-tab');
    expect(sessionStorage.getItem('waa.token')).toBe('token-of-the-other-tab');
    expect(localStorage.getItem('waa.token')).toBeNull();
  });

  it('asks for sign-in as before when no tab answers', async () => {
    detectSessionSource();
    const tab = otherTab(() => null);
    expect(await borrowSessionFromOtherTabs(50)).toBe(false);
    tab.close();
    expect(getToken()).toBeNull();
  });

  it('does not ask when it has a token already', async () => {
    setToken('mine', false);
    detectSessionSource();
    const tab = otherTab(() => 'theirs');
    expect(await borrowSessionFromOtherTabs(50)).toBe(false);
    tab.close();
    expect(tab.heard).toEqual([]);
    expect(getToken()).toBe('mine');
  });

  it('answers a new tab with its own token, and says nothing without one', async () => {
    detectSessionSource();
    const stop = shareSessionWithNewTabs();
    const ask = () =>
      new Promise<unknown>((resolve) => {
        const channel = new BroadcastChannel('waa.tabs');
        const timer = setTimeout(() => {
          channel.close();
          resolve(null);
        }, 200);
        channel.onmessage = (event: MessageEvent) => {
          const data = event.data as { kind: string; value: unknown };
          if (data.kind !== 'answer') return;
          clearTimeout(timer);
          channel.close();
          resolve(data.value);
        };
        channel.postMessage({ kind: 'ask', topic: 'session', key: 'token', nonce: 'n1' });
      });
    expect(await ask()).toBeNull();
    setToken('tab-token', false);
    expect(await ask()).toBe('tab-token');
    stop();
  });

  it('names a token by a fingerprint that does not contain it', () => {
    expect(tokenFingerprint('0123456789abcdef')).not.toContain('0123456789abcdef');
    expect(tokenFingerprint('a')).toBe(tokenFingerprint('a'));
    expect(tokenFingerprint('a')).not.toBe(tokenFingerprint('b'));
    expect(tokenFingerprint(null)).toBeNull();
  });
});
