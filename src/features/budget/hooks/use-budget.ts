import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { BudgetSnapshot } from '@/api/schemas/budget';
import { useNow } from '@/hooks/use-now';
import { budgetQueries } from '../api/queries';
import {
  budgetState,
  currentPace,
  isStale,
  projectCapTime,
  requestState as computeRequestState,
  type CapProjection,
  type Pace,
  type UsageState,
} from '../utils/budget-math';
import { budgetStore } from './budget-store';

/**
 * Why the value on screen may not be today's current total. A failed poll wins over the
 * midnight case because it is the one the user can act on (retry).
 */
export type StaleReason = 'poll-failed' | 'not-reset';

export type BudgetView = {
  snapshot: BudgetSnapshot | undefined;
  state: UsageState | null;
  requestState: UsageState | null;
  stale: boolean;
  staleReason: StaleReason | null;
  /**
   * Tokens per hour: the recent polls' pace once they span 5 minutes, before that the average
   * since 00:00 UTC; null in the day's first hour and while the value is yesterday's.
   */
  pace: Pace | null;
  projection: CapProjection | null;
  /** When the value on screen was read from the server. */
  updatedAt: Date | null;
  error: Error | null;
  isLoading: boolean;
  isFetching: boolean;
  refetch: () => void;
  /** The ticking clock the view was derived with (1 s), for countdowns. */
  now: number;
};

/**
 * The budget query plus what only a history of polls can tell: staleness and burn rate.
 * `owner` (the signed-in user) is whose poll history this is, kept across a reload.
 */
export function useBudget(owner: string | null): BudgetView {
  const client = useQueryClient();
  const query = useQuery(budgetQueries.snapshot());
  const store = budgetStore(client);
  if (owner !== null) store.adopt(owner);
  const history = useSyncExternalStore(store.subscribe, store.getHistory, store.getHistory);
  const now = useNow(1000);

  const { data: snapshot, error, dataUpdatedAt, refetch: refetchQuery } = query;
  const state = useMemo(() => (snapshot ? budgetState(snapshot) : null), [snapshot]);
  const requestState = useMemo(() => (snapshot ? computeRequestState(snapshot) : null), [snapshot]);

  const notReset = isStale(history, now);
  const pollFailed = error !== null && snapshot !== undefined;
  const staleReason: StaleReason | null = pollFailed ? 'poll-failed' : notReset ? 'not-reset' : null;

  // Yesterday's frozen total says nothing about today's pace.
  const pace = useMemo(
    () => (snapshot && !notReset ? currentPace(history, snapshot, dataUpdatedAt) : null),
    [history, snapshot, notReset, dataUpdatedAt],
  );
  const projection = useMemo<CapProjection | null>(() => {
    if (!snapshot) return null;
    if (notReset) return { kind: 'unknown' };
    return projectCapTime(snapshot, pace?.rate ?? null, dataUpdatedAt);
  }, [snapshot, notReset, pace, dataUpdatedAt]);

  const refetch = useCallback(() => void refetchQuery(), [refetchQuery]);

  return {
    snapshot,
    state,
    requestState,
    stale: staleReason !== null,
    staleReason,
    pace,
    projection,
    updatedAt: snapshot && dataUpdatedAt ? new Date(dataUpdatedAt) : null,
    error,
    isLoading: query.isPending,
    isFetching: query.isFetching,
    refetch,
    now,
  };
}
