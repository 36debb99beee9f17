/**
 * The dashboard's tabs of one browser talking to each other over a same-origin
 * `BroadcastChannel` (never through a URL, a cookie or storage): a new tab asks the others for
 * what it does not have yet (the session of a tab signed in without "remember me", a list
 * context), and a tab tells the others what they must follow (a sign-out). Only pages of this
 * origin can join the channel, the same pages that could read this tab's storage anyway.
 */

const CHANNEL = 'waa.tabs';

type Message =
  | { kind: 'ask'; topic: string; key: string; nonce: string }
  | { kind: 'answer'; nonce: string; value: unknown }
  | { kind: 'tell'; topic: string; value: unknown };

function isMessage(data: unknown): data is Message {
  return !!data && typeof data === 'object' && typeof (data as { kind?: unknown }).kind === 'string';
}

function open(): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  } catch {
    return null;
  }
}

function nonce(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random()}`;
}

/**
 * Asks the other tabs about `key` of `topic`; resolves with the first answer that is not
 * `null`, or `null` when none comes within `timeoutMs` (no other tab, or none knows).
 */
export function askOtherTabs(topic: string, key: string, timeoutMs: number): Promise<unknown> {
  const channel = open();
  if (!channel) return Promise.resolve(null);
  const id = nonce();
  return new Promise((resolve) => {
    const done = (value: unknown) => {
      window.clearTimeout(timer);
      channel.close();
      resolve(value);
    };
    const timer = window.setTimeout(() => done(null), timeoutMs);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const data = event.data;
      if (isMessage(data) && data.kind === 'answer' && data.nonce === id && data.value !== null)
        done(data.value);
    };
    channel.postMessage({ kind: 'ask', topic, key, nonce: id } satisfies Message);
  });
}

/** Answers other tabs' questions about `topic`; `answer` returns `null` for "I don't know". */
export function answerOtherTabs(topic: string, answer: (key: string) => unknown): () => void {
  const channel = open();
  if (!channel) return () => undefined;
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data;
    if (!isMessage(data) || data.kind !== 'ask' || data.topic !== topic) return;
    const value = answer(data.key);
    if (value !== null && value !== undefined)
      channel.postMessage({ kind: 'answer', nonce: data.nonce, value } satisfies Message);
  };
  return () => channel.close();
}

/** Tells every other tab something (they hear it through `listenToOtherTabs`). */
export function tellOtherTabs(topic: string, value: unknown): void {
  const channel = open();
  if (!channel) return;
  channel.postMessage({ kind: 'tell', topic, value } satisfies Message);
  channel.close();
}

export function listenToOtherTabs(topic: string, listener: (value: unknown) => void): () => void {
  const channel = open();
  if (!channel) return () => undefined;
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data;
    if (isMessage(data) && data.kind === 'tell' && data.topic === topic) listener(data.value);
  };
  return () => channel.close();
}
