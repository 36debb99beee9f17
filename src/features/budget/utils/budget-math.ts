import type { BudgetSnapshot } from '@/api/schemas/budget';
import { utcDay } from '@/lib/format/date';

/** The product's thresholds: warning at 80 %, critical at 95 %, exhausted at 100 %. */
const THRESHOLDS = [0.8, 0.95, 1] as const;
export type Threshold = (typeof THRESHOLDS)[number];
const [WARNING, CRITICAL, EXHAUSTED] = THRESHOLDS;

export type CappedKind = 'normal' | 'warning' | 'critical' | 'exhausted';
export type BudgetKind = CappedKind | 'no-cap';

export type CappedUsage = {
  kind: CappedKind;
  /** used / limit; may exceed 1 when a long turn finishes after the cap was hit. */
  ratio: number;
  used: number;
  remaining: number;
  limit: number;
};
type UncappedUsage = { kind: 'no-cap'; ratio: null; used: number; remaining: null; limit: null };
export type UsageState = CappedUsage | UncappedUsage;

/** Usage against a daily cap; a cap of 0 or less means "unlimited" (docs/api.md §3.6, §5). */
export function usageState(used: number, limit: number): UsageState {
  if (!(limit > 0)) return { kind: 'no-cap', ratio: null, used, remaining: null, limit: null };
  const ratio = used / limit;
  return { kind: kindOf(ratio), ratio, used, remaining: Math.max(0, limit - used), limit };
}

function kindOf(ratio: number): CappedKind {
  if (ratio >= EXHAUSTED) return 'exhausted';
  if (ratio >= CRITICAL) return 'critical';
  if (ratio >= WARNING) return 'warning';
  return 'normal';
}

export function budgetState(snapshot: BudgetSnapshot): UsageState {
  return usageState(snapshot.tokens_today, snapshot.tokens_limit);
}

/**
 * Current servers send no request counts (docs/api.md §3.6); the pair is shown only when a server
 * sends `requests_today`. A count without a limit is read as "no request cap".
 */
export function requestState(snapshot: BudgetSnapshot): UsageState | null {
  if (snapshot.requests_today === undefined) return null;
  return usageState(snapshot.requests_today, snapshot.requests_limit ?? 0);
}

/**
 * The ratio rounded *down* to the precision `formatPercent` shows (1 decimal under 10 %, whole
 * percent above), so the label never says "80 %" or "100 %" before the state has changed.
 * Computed from the integers to avoid `0.29 * 100 = 28.999…`.
 */
export function shownRatio(state: CappedUsage): number {
  const { used, limit } = state;
  if (used * 10 < limit) return Math.floor((used * 1000) / limit) / 1000;
  return Math.floor((used * 100) / limit) / 100;
}

/** Thresholds in `(prev, next]`: the ones a move from `prev` to `next` has just crossed upwards. */
export function crossedThresholds(prevRatio: number | null, nextRatio: number | null): Threshold[] {
  if (nextRatio === null) return [];
  const from = prevRatio ?? Number.NEGATIVE_INFINITY;
  return THRESHOLDS.filter((t) => from < t && t <= nextRatio);
}

// ---------------------------------------------------------------------------------------------
// History of polls: burn rate and the lazy-midnight staleness check.

export type Sample = { at: number; tokens: number };

/** An hour of 30 s polls; older samples say little about the current burn rate. */
export const MAX_SAMPLES = 120;
const SAMPLE_WINDOW_MS = 60 * 60 * 1000;
/** Below this span two polls are mostly noise (a single turn finishing). */
const MIN_RATE_SPAN_MS = 20_000;

type Reading = { at: number; tokens: number; resetsAt: number };

export type BudgetHistory = {
  /** Since the last reset, at most `MAX_SAMPLES` and `SAMPLE_WINDOW_MS`. */
  samples: readonly Sample[];
  latest: Reading | null;
  /**
   * The total seen before the last reset moment we passed, kept (outside the bounded samples)
   * until the server's value moves away from it: the server may not reset for hours after
   * midnight if nobody chats.
   */
  preReset: { boundary: number; tokens: number } | null;
};

export const emptyHistory: BudgetHistory = { samples: [], latest: null, preReset: null };

/** Adds one successful poll read at `at` (ms). Older or repeated readings are ignored. */
export function recordReading(history: BudgetHistory, snapshot: BudgetSnapshot, at: number): BudgetHistory {
  const { latest } = history;
  if (latest && at <= latest.at) return history;
  const tokens = snapshot.tokens_today;
  const resetsAt = Date.parse(snapshot.resets_at);

  const crossedMidnight = latest !== null && latest.resetsAt <= at;
  let preReset = history.preReset;
  // A zero total cannot be told apart from a fresh day, so there is nothing to be stale about.
  if (crossedMidnight && preReset === null && latest.tokens > 0) {
    preReset = { boundary: latest.resetsAt, tokens: latest.tokens };
  }
  // Writers reset the counter lazily on their first write after midnight (docs/api.md §3.6), so
  // the value cannot move without a reset: any change, not only a drop, means today's total.
  if (preReset !== null && tokens !== preReset.tokens) preReset = null;

  const last = history.samples.at(-1);
  const startOver = crossedMidnight || (last !== undefined && tokens < last.tokens);
  const samples = [...(startOver ? [] : history.samples), { at, tokens }]
    .filter((sample) => at - sample.at <= SAMPLE_WINDOW_MS)
    .slice(-MAX_SAMPLES);

  return { samples, latest: { at, tokens, resetsAt }, preReset };
}

/**
 * The value on screen belongs to a day that is over: either its own `resets_at` has passed, or
 * an earlier poll's `resets_at` has passed and the server's total has not moved since.
 */
export function isStale(history: BudgetHistory, now: number): boolean {
  const { latest } = history;
  if (!latest) return false;
  if (history.preReset !== null) return true;
  return latest.tokens > 0 && latest.resetsAt <= now;
}

/** Tokens per hour between the oldest and newest sample, or null without enough evidence. */
export function burnRate(samples: readonly Sample[]): number | null {
  if (samples.length < 2) return null;
  const first = samples[0];
  const last = samples[samples.length - 1];
  const span = last.at - first.at;
  if (span < MIN_RATE_SPAN_MS) return null;
  return Math.max(0, ((last.tokens - first.tokens) / span) * 3_600_000);
}

/** Three significant figures: the estimate is not more precise than that. */
export function roundRate(rate: number): number {
  if (rate <= 0) return 0;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(rate)) - 2);
  return Math.round(rate / magnitude) * magnitude;
}

export type CapProjection =
  | { kind: 'reached' }
  | { kind: 'at'; at: Date }
  | { kind: 'not-before-reset' }
  | { kind: 'unknown' }
  | { kind: 'no-cap' };

/** When the cap will be hit at `rate` tokens/hour, counting from `now` (when the snapshot was read). */
export function projectCapTime(snapshot: BudgetSnapshot, rate: number | null, now: number): CapProjection {
  const state = budgetState(snapshot);
  if (state.kind === 'no-cap') return { kind: 'no-cap' };
  if (state.kind === 'exhausted') return { kind: 'reached' };
  if (rate === null) return { kind: 'unknown' };
  if (rate <= 0) return { kind: 'not-before-reset' };
  const at = now + (state.remaining / rate) * 3_600_000;
  return at >= Date.parse(snapshot.resets_at)
    ? { kind: 'not-before-reset' }
    : { kind: 'at', at: new Date(at) };
}

// ---------------------------------------------------------------------------------------------
// Budget watch: one notification per threshold per budget day.

export type BudgetWatch = {
  /** UTC day of the `resets_at` the notified thresholds belong to; null before the first reading. */
  day: string | null;
  notified: readonly Threshold[];
};

export const initialBudgetWatch: BudgetWatch = { day: null, notified: [] };

export type WatchReading = { resetsAt: string; ratio: number | null; stale: boolean };

function reachedThresholds(ratio: number | null): Threshold[] {
  return crossedThresholds(null, ratio);
}

/**
 * Advances the watch by one reading and says which threshold (the highest newly reached) to
 * notify about. The first reading only arms the watch: what is already on screen is not news.
 */
export function budgetWatchReducer(
  watch: BudgetWatch,
  reading: WatchReading,
): { watch: BudgetWatch; notify: Threshold | null } {
  // A stale value is yesterday's total: it must neither re-arm the watch nor fire.
  if (reading.stale) return { watch, notify: null };
  const day = utcDay(Date.parse(reading.resetsAt));
  const reached = reachedThresholds(reading.ratio);
  if (watch.day === null) return { watch: { day, notified: reached }, notify: null };

  const notified = day === watch.day ? watch.notified : [];
  const fresh = reached.filter((t) => !notified.includes(t));
  if (fresh.length === 0) {
    return { watch: day === watch.day ? watch : { day, notified }, notify: null };
  }
  return {
    watch: { day, notified: [...notified, ...fresh] },
    notify: fresh[fresh.length - 1],
  };
}
