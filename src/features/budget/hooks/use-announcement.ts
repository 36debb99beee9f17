import { useState } from 'react';
import type { StaleReason } from './use-budget';

/**
 * What the polite live region says: only a change of state (normal → warning, on pace to reach
 * the cap, a failed poll, the midnight staleness), never the ticking clock, an unchanged poll
 * or a projection moving by a few minutes. The first reading is not announced; it is simply the
 * content. `headline` is the card's headline; `key` what counts as a change.
 */
export function useAnnouncement(
  reading: { key: string; headline: string } | null,
  staleReason: StaleReason | null,
): string {
  const key = reading ? `${reading.key}|${staleReason ?? ''}` : null;
  const [previous, setPrevious] = useState(key);
  const [text, setText] = useState('');
  if (key !== previous) {
    setPrevious(key);
    if (previous !== null && reading) setText(announce(reading.headline, staleReason));
  }
  return text;
}

function announce(headline: string, reason: StaleReason | null): string {
  const message = `Token budget: ${headline}.`;
  if (reason === 'poll-failed') return `${message} Last update failed; the value may be out of date.`;
  if (reason === 'not-reset') return `${message} Still showing yesterday's total.`;
  return message;
}
