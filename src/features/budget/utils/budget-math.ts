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
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/**
 * Polls must span this long before their pace replaces the day's average: over a shorter span
 * one long turn finishing moves it by a large factor.
 */
const RECENT_MIN_SPAN_MS = 5 * 60_000;
/** Before this much of the day has passed, the average since midnight is mostly noise. */
const MIN_DAY_ELAPSED_MS = HOUR_MS;

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
 * A history read back from storage, or null when it is not one (another build's shape, a
 * hand-edited value): the card then starts from nothing rather than from nonsense.
 */
export function parseHistory(value: unknown): BudgetHistory | null {
  if (typeof value !== 'object' || value === null) return null;
  const { samples, latest, preReset } = value as Record<string, unknown>;
  const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
  const isSample = (s: unknown): s is Sample =>
    typeof s === 'object' && s !== null && finite((s as Sample).at) && finite((s as Sample).tokens);
  if (!Array.isArray(samples) || !samples.every(isSample)) return null;
  const reading = latest as Reading | null;
  if (reading !== null && !(isSample(reading) && finite(reading.resetsAt))) return null;
  const before = preReset as BudgetHistory['preReset'];
  if (before !== null && !(finite(before?.boundary) && finite(before?.tokens))) return null;
  return { samples: samples.slice(-MAX_SAMPLES), latest: reading, preReset: before };
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

/** Tokens per hour between the oldest and newest sample, or null before they span 5 minutes. */
export function burnRate(samples: readonly Sample[]): number | null {
  if (samples.length < 2) return null;
  const first = samples[0];
  const last = samples[samples.length - 1];
  const span = last.at - first.at;
  if (span < RECENT_MIN_SPAN_MS) return null;
  return Math.max(0, ((last.tokens - first.tokens) / span) * HOUR_MS);
}

/**
 * Tokens per hour on average since today's 00:00 UTC (`resets_at` minus a day), read at `at`:
 * the first reading already gives it. Null in the first hour of the day and after the reset.
 */
export function dayAverageRate(snapshot: BudgetSnapshot, at: number): number | null {
  const elapsed = at - dayStart(snapshot);
  if (!(elapsed >= MIN_DAY_ELAPSED_MS && elapsed <= DAY_MS)) return null;
  return (snapshot.tokens_today / elapsed) * HOUR_MS;
}

/** When the budget's day began: the reset before `resets_at`, a day earlier (00:00 UTC). */
function dayStart(snapshot: BudgetSnapshot): number {
  return Date.parse(snapshot.resets_at) - DAY_MS;
}

/** The pace a projection rests on: the recent polls' when they span long enough, else the day's average. */
export type Pace =
  { basis: 'recent'; rate: number; spanMs: number } | { basis: 'day'; rate: number; since: number };

export function currentPace(history: BudgetHistory, snapshot: BudgetSnapshot, at: number): Pace | null {
  const recent = burnRate(history.samples);
  if (recent !== null) {
    const { samples } = history;
    return { basis: 'recent', rate: recent, spanMs: samples[samples.length - 1].at - samples[0].at };
  }
  const average = dayAverageRate(snapshot, at);
  return average === null ? null : { basis: 'day', rate: average, since: dayStart(snapshot) };
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
  const at = now + (state.remaining / rate) * HOUR_MS;
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
