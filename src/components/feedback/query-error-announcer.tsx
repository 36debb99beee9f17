import { useQueryClient, type Query } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { errorMessage } from './states';

/**
 * What each query family loads, in words, keyed by the first element of its query key. The
 * budget announces its own failed polls (its card has a live region); the session's failures
 * replace the page, so neither is repeated here.
 */
const WHAT: Record<string, string | null> = {
  budget: null,
  session: null,
  kpi: 'the key figures and charts',
  visitors: 'the visitors',
  conversations: 'the conversations',
  interactions: 'the turns',
  feedback: 'the feedback',
  transcript: 'the conversation',
};

/** The words for a failed background refresh, or `null` when it is not one worth announcing. */
function backgroundErrorText(query: Query): string | null {
  const { status, data, fetchStatus } = query.state;
  // Only a refresh of data already on screen: a first load shows its own error with retry.
  if (status !== 'error' || data === undefined || fetchStatus !== 'idle') return null;
  const family = String(query.queryKey[0] ?? '');
  const metaWhat = query.meta?.what;
  const what = typeof metaWhat === 'string' ? metaWhat : family in WHAT ? WHAT[family] : 'some data';
  if (what === null) return null;
  return `Could not refresh ${what}: ${errorMessage(query.state.error)} The last loaded values are still shown.`;
}

/**
 * One polite live region for the whole app that says when a background refresh failed (a
 * failed refetch keeps the old data on screen, so nothing else would tell a screen-reader
 * user). Each failure is announced once.
 */
export function QueryErrorAnnouncer() {
  const client = useQueryClient();
  const [message, setMessage] = useState('');
  useEffect(() => {
    const announced = new WeakMap<Query, number>();
    return client.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated') return;
      const { query } = event;
      const text = backgroundErrorText(query);
      if (text === null || announced.get(query) === query.state.errorUpdatedAt) return;
      announced.set(query, query.state.errorUpdatedAt);
      setMessage(text);
    });
  }, [client]);
  useEffect(() => {
    if (!message) return;
    // Cleared after a while so that the same failure later is announced again.
    const timer = window.setTimeout(() => setMessage(''), 10_000);
    return () => window.clearTimeout(timer);
  }, [message]);
  return (
    // A bare polite live region (no role="status"): it is not a status of any one section.
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
