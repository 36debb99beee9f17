import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { BudgetSnapshot } from '@/api/schemas/budget';
import { useNow } from '@/hooks/use-now';
import { budgetQueries } from '../api/queries';
import {
  budgetState,
  burnRate as computeBurnRate,
  isStale,
  projectCapTime,
  requestState as computeRequestState,
  type CapProjection,
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
  /** Tokens per hour, or null before two polls 20 s apart (and while the value is yesterday's). */
  burnRate: number | null;
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

/** The budget query plus what only a history of polls can tell: staleness and burn rate. */
export function useBudget(): BudgetView {
  const client = useQueryClient();
  const query = useQuery(budgetQueries.snapshot());
  const store = budgetStore(client);
  const history = useSyncExternalStore(store.subscribe, store.getHistory, store.getHistory);
  const now = useNow(1000);

  const { data: snapshot, error, dataUpdatedAt, refetch: refetchQuery } = query;
  const state = useMemo(() => (snapshot ? budgetState(snapshot) : null), [snapshot]);
  const requestState = useMemo(() => (snapshot ? computeRequestState(snapshot) : null), [snapshot]);

  const notReset = isStale(history, now);
  const pollFailed = error !== null && snapshot !== undefined;
  const staleReason: StaleReason | null = pollFailed ? 'poll-failed' : notReset ? 'not-reset' : null;

  // Yesterday's frozen total says nothing about today's pace.
  const burnRate = notReset ? null : computeBurnRate(history.samples);
  const projection = useMemo<CapProjection | null>(() => {
    if (!snapshot) return null;
    if (notReset) return { kind: 'unknown' };
    return projectCapTime(snapshot, burnRate, dataUpdatedAt);
  }, [snapshot, notReset, burnRate, dataUpdatedAt]);

  const refetch = useCallback(() => void refetchQuery(), [refetchQuery]);

  return {
    snapshot,
    state,
    requestState,
    stale: staleReason !== null,
    staleReason,
    burnRate,
    projection,
    updatedAt: snapshot && dataUpdatedAt ? new Date(dataUpdatedAt) : null,
    error,
    isLoading: query.isPending,
    isFetching: query.isFetching,
    refetch,
    now,
  };
}
