import { hashKey, type QueryClient } from '@tanstack/react-query';
import { budgetQueries } from '../api/queries';
import {
  budgetWatchReducer,
  emptyHistory,
  initialBudgetWatch,
  recordReading,
  type BudgetHistory,
  type BudgetWatch,
  type Threshold,
  type WatchReading,
} from '../utils/budget-math';

/**
 * Poll history and watch state for one QueryClient. It lives beside the cache rather than in a
 * component so that history survives navigating away from the overview, every consumer sees
 * the same samples, and a fresh client (each test, sign-out) starts from nothing.
 */
export type BudgetStore = {
  subscribe: (listener: () => void) => () => void;
  getHistory: () => BudgetHistory;
  /** Advances the watch once per reading (`at`), however many components ask. */
  advanceWatch: (at: number, reading: WatchReading) => Threshold | null;
};

const stores = new WeakMap<QueryClient, BudgetStore>();

export function budgetStore(client: QueryClient): BudgetStore {
  let store = stores.get(client);
  if (!store) {
    store = createStore(client);
    stores.set(client, store);
  }
  return store;
}

function createStore(client: QueryClient): BudgetStore {
  const { queryKey } = budgetQueries.snapshot();
  const queryHash = hashKey(queryKey);
  const listeners = new Set<() => void>();
  let history = emptyHistory;
  let watch: BudgetWatch = initialBudgetWatch;
  let watchedAt = 0;

  const record = () => {
    const data = client.getQueryData(queryKey);
    const at = client.getQueryState(queryKey)?.dataUpdatedAt ?? 0;
    if (!data || !at) return;
    const next = recordReading(history, data, at);
    if (next === history) return;
    history = next;
    listeners.forEach((listener) => listener());
  };

  // Recording from the cache, not from a render, catches every poll exactly once, including
  // polls that land while no component is mounted.
  client.getQueryCache().subscribe((event) => {
    if (event.query.queryHash !== queryHash) return;
    if (event.type === 'updated' && event.action.type === 'success') record();
    // Sign-out, a token change or a 401 clears the cache: the polls seen so far go with it.
    if (event.type === 'removed') {
      history = emptyHistory;
      watch = initialBudgetWatch;
      watchedAt = 0;
      listeners.forEach((listener) => listener());
    }
  });
  record();

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getHistory: () => history,
    advanceWatch(at, reading) {
      if (at <= watchedAt) return null;
      watchedAt = at;
      const result = budgetWatchReducer(watch, reading);
      watch = result.watch;
      return result.notify;
    },
  };
}
