import { fingerprint } from '@/lib/hash';
import { answerOtherTabs, askOtherTabs } from '@/lib/tab-channel';
import { getToken, sessionSource, setToken } from './token-store';

const TOPIC = 'session';

/**
 * How long a new tab waits for another tab's answer before it asks for sign-in. Tabs of one
 * browser answer within milliseconds; a tab busy rendering a long transcript may take longer.
 */
const ASK_TIMEOUT_MS = 400;

/**
 * A new tab opened from a tab signed in without "remember me" (whose token lives in that tab's
 * sessionStorage, which browsers do not copy into a new tab) is signed in too: it asks the other
 * tabs over the same-origin channel, never through the URL. With no signed-in tab it asks for
 * sign-in as before. HomePort's session needs none of this: every tab already reads it.
 */
export async function borrowSessionFromOtherTabs(
  timeoutMs = ASK_TIMEOUT_MS,
  {
    replacing = null,
  }: {
    /** The demo's own sign-in, made at once, which another tab's session replaces. */
    replacing?: string | null;
  } = {},
): Promise<boolean> {
  if (sessionSource() !== 'own' || getToken() !== replacing) return false;
  const token = await askOtherTabs(TOPIC, 'token', timeoutMs);
  if (typeof token !== 'string' || token === '' || token === replacing || getToken() !== replacing)
    return false;
  setToken(token, false);
  return true;
}

/** This tab's answer to a new tab's question: its own token (never HomePort's). */
export function shareSessionWithNewTabs(): () => void {
  return answerOtherTabs(TOPIC, () => (sessionSource() === 'own' ? getToken() : null));
}

/** Names a token without saying it: what a sign-out tells the other tabs. */
export function tokenFingerprint(token: string | null = getToken()): string | null {
  return token === null ? null : fingerprint(`token:${token}`);
}
