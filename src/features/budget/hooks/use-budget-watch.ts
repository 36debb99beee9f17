import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTimeZone } from '@/hooks/use-preferences';
import type { UsageState } from '../utils/budget-math';
import { budgetTitle, notificationText } from '../utils/budget-text';
import { budgetStore } from './budget-store';
import type { BudgetView } from './use-budget';
import { useBudgetNotifications, type BudgetNotifications } from './use-budget-notifications';

/**
 * Budget watch: the tab title carries the state when it is warning or worse, and an opted-in
 * browser notification fires once per threshold per budget day. Pass the view of `useBudget()`;
 * returns the notification opt-in for the card's toggle.
 */
export function useBudgetWatch(budget: BudgetView): BudgetNotifications {
  const client = useQueryClient();
  const zone = useTimeZone();
  const notifications = useBudgetNotifications();
  const { snapshot, state, staleReason } = budget;
  const updatedAt = budget.updatedAt?.getTime() ?? 0;
  const notReset = staleReason === 'not-reset';

  // Yesterday's total is not today's alarm.
  useDocumentTitle(notReset ? null : state);

  const { enabled } = notifications;
  useEffect(() => {
    if (!snapshot || !state || !updatedAt) return;
    const threshold = budgetStore(client).advanceWatch(updatedAt, {
      resetsAt: snapshot.resets_at,
      ratio: state.ratio,
      stale: notReset,
    });
    if (threshold === null || !enabled) return;
    const { title, body } = notificationText(threshold, state, snapshot.resets_at, zone);
    try {
      // The tag makes other open tabs replace, not repeat, the same day's notification.
      new Notification(title, { body, tag: `waa-budget-${snapshot.resets_at}-${threshold}` });
    } catch {
      // Some browsers (Android Chrome) only notify from a service worker; the title still shows it.
    }
  }, [client, snapshot, state, updatedAt, notReset, enabled, zone]);

  return notifications;
}

/**
 * Prefixes whatever title the page set. Pages set `document.title` in their own effects, which
 * run after a child's, so the title element is watched and the prefix re-applied on change.
 */
function useDocumentTitle(state: UsageState | null): void {
  useEffect(() => {
    let base = budgetTitle(document.title, null);
    let applied = budgetTitle(base, state);
    if (applied === base) return;
    document.title = applied;
    const observer = new MutationObserver(() => {
      if (document.title === applied) return;
      base = budgetTitle(document.title, null);
      applied = budgetTitle(base, state);
      if (document.title !== applied) document.title = applied;
    });
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      if (document.title === applied) document.title = base;
    };
  }, [state]);
}
