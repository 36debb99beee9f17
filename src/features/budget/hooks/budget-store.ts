import { hashKey, type QueryClient } from '@tanstack/react-query';
import { onSessionEnd } from '@/lib/session-scope';
import { budgetQueries } from '../api/queries';
import {
  budgetWatchReducer,
  emptyHistory,
  initialBudgetWatch,
  parseHistory,
  recordReading,
  type BudgetHistory,
  type BudgetWatch,
  type Threshold,
  type WatchReading,
} from '../utils/budget-math';

/**
 * The poll history outlives a reload in this tab's sessionStorage, under the signed-in user it
 * was read for. Only the totals and their times are kept, never the token; sign-out, a 401 and
 * another user's sign-in remove it with the cached answers (src/lib/session-scope.ts).
 */
const STORAGE_KEY = 'waa.budget-polls';

function forget(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage unavailable: nothing was kept.
  }
}
onSessionEnd(forget);

function load(owner: string): BudgetHistory | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as {
      owner?: unknown;
      history?: unknown;
    } | null;
    return stored?.owner === owner ? parseHistory(stored.history) : null;
  } catch {
    return null;
  }
}

function save(owner: string, history: BudgetHistory): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ owner, history }));
  } catch {
    // Private mode or a full quota: the history then lasts for this page only.
  }
}

/**
 * Poll history and watch state for one QueryClient. It lives beside the cache rather than in a
 * component so that history survives navigating away from the overview, every consumer sees
 * the same samples, and a fresh client (each test, sign-out) starts from nothing.
 */
export type BudgetStore = {
  subscribe: (listener: () => void) => () => void;
  getHistory: () => BudgetHistory;
  /**
   * Whose polls these are: picks up that user's history from before a reload, and keeps the
   * history for them from now on. Idempotent and silent (it runs while the card renders).
   */
  adopt: (owner: string) => void;
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
  let owner: string | null = null;
  let watch: BudgetWatch = initialBudgetWatch;
  let watchedAt = 0;

  const advance = () => {
    const data = client.getQueryData(queryKey);
    const at = client.getQueryState(queryKey)?.dataUpdatedAt ?? 0;
    if (!data || !at) return false;
    const next = recordReading(history, data, at);
    if (next === history) return false;
    history = next;
    if (owner !== null) save(owner, history);
    return true;
  };
  const record = () => {
    if (advance()) listeners.forEach((listener) => listener());
  };

  // Recording from the cache, not from a render, catches every poll exactly once, including
  // polls that land while no component is mounted.
  client.getQueryCache().subscribe((event) => {
    if (event.query.queryHash !== queryHash) return;
    if (event.type === 'updated' && event.action.type === 'success') record();
    // Sign-out, a token change or a 401 clears the cache: the polls seen so far go with it.
    if (event.type === 'removed') {
      history = emptyHistory;
      owner = null;
      forget();
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
    adopt(next) {
      if (next === owner) return;
      owner = next;
      history = load(next) ?? emptyHistory;
      // The reading the page has already fetched goes on top of the restored polls.
      if (!advance()) save(next, history);
    },
    advanceWatch(at, reading) {
      if (at <= watchedAt) return null;
      watchedAt = at;
      const result = budgetWatchReducer(watch, reading);
      watch = result.watch;
      return result.notify;
    },
  };
}
