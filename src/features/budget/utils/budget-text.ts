import { formatTimeOfDay, type TimeZoneChoice } from '@/lib/format/date';
import { formatNumber, formatPercent } from '@/lib/format/number';
import {
  roundRate,
  shownRatio,
  type BudgetKind,
  type CapProjection,
  type Pace,
  type Threshold,
  type UsageState,
} from './budget-math';

/** What a gauge measures: the token budget or the (optional) request budget. */
export type UsageUnit = 'token' | 'request';

const KIND_LABEL: Record<BudgetKind, string> = {
  normal: 'Normal',
  warning: 'Warning',
  critical: 'Critical',
  exhausted: 'Exhausted',
  'no-cap': 'No cap',
};

/** The percentage as shown: rounded down so it never runs ahead of the state. */
export function percentText(state: UsageState): string {
  return state.kind === 'no-cap' ? '' : formatPercent(shownRatio(state));
}

/** The one sentence that says where the budget stands. */
export function stateMessage(state: UsageState, unit: UsageUnit): string {
  const cap = unit === 'token' ? "today's cap" : "today's request cap";
  switch (state.kind) {
    case 'no-cap':
      return unit === 'token' ? 'No daily cap' : 'No daily request cap';
    case 'exhausted':
      return unit === 'token'
        ? 'Budget exhausted — new chats are refused until reset'
        : 'Request cap reached — new chats are refused until reset';
    default:
      return `${KIND_LABEL[state.kind]}: ${percentText(state)} of ${cap} used`;
  }
}

/** `aria-valuetext` of a gauge. */
export function meterText(state: UsageState, unit: UsageUnit): string {
  if (state.kind === 'no-cap') return stateMessage(state, unit);
  return `${percentText(state)} of the daily ${unit} cap used`;
}

const TITLE_PREFIX = /^[\d.,]+% · (Warning|Critical|Exhausted) · /;

/**
 * Tab title carrying the state when it needs attention: `96% · Critical · Assistant Analytics`.
 * Idempotent (an existing prefix is replaced), so two watchers in one tab cannot stack prefixes.
 */
export function budgetTitle(baseTitle: string, state: UsageState | null): string {
  const base = baseTitle.replace(TITLE_PREFIX, '');
  if (!state || state.kind === 'no-cap' || state.kind === 'normal') return base;
  return `${percentText(state)} · ${KIND_LABEL[state.kind]} · ${base}`;
}

/**
 * The card's headline: where the budget stands, unless the pace reaches the cap before the
 * reset, which is what needs attention whatever today's percentage (at least the warning tone).
 * `detail` then carries the percentage the headline no longer says.
 */
export function budgetHeadline(
  state: UsageState,
  projection: CapProjection | null,
  zone: TimeZoneChoice,
): { text: string; kind: BudgetKind; detail: string | null } {
  if (state.kind === 'no-cap' || state.kind === 'exhausted' || projection?.kind !== 'at')
    return { text: stateMessage(state, 'token'), kind: state.kind, detail: null };
  return {
    text: `On pace to reach the cap at ${formatTimeOfDay(projection.at, zone)}`,
    kind: state.kind === 'normal' ? 'warning' : state.kind,
    detail: `${percentText(state)} of today's cap used`,
  };
}

export function burnRateText(pace: Pace | null): string {
  return pace === null ? '—' : `≈ ${formatNumber(roundRate(pace.rate))} tokens/hour`;
}

/** Which pace the rate and the projection rest on. */
export function paceBasisText(pace: Pace, zone: TimeZoneChoice): string {
  if (pace.basis === 'day') return `average since ${formatTimeOfDay(new Date(pace.since), zone)}`;
  const minutes = Math.round(pace.spanMs / 60_000);
  return `last ${minutes} minutes of polls`;
}

/** Why there is no rate yet. */
export function noPaceReason(stale: boolean): string {
  return stale
    ? "Yesterday's total says nothing about today's pace."
    : "The average since the reset needs the day's first hour; five minutes of polls give a rate sooner.";
}

export function projectionText(projection: CapProjection, zone: TimeZoneChoice): string {
  switch (projection.kind) {
    case 'reached':
      return 'Cap reached';
    case 'at':
      return `Cap reached at about ${formatTimeOfDay(projection.at, zone)}`;
    case 'not-before-reset':
      return 'Not before reset';
    case 'unknown':
      return 'Not estimated yet';
    case 'no-cap':
      return 'No cap to reach';
  }
}

const THRESHOLD_KIND: Record<Threshold, BudgetKind> = { 0.8: 'warning', 0.95: 'critical', 1: 'exhausted' };

/** Browser notification for a threshold the budget has just reached. */
export function notificationText(
  threshold: Threshold,
  state: UsageState,
  resetsAt: string,
  zone: TimeZoneChoice,
): { title: string; body: string } {
  const kind = THRESHOLD_KIND[threshold];
  const used =
    state.kind === 'no-cap'
      ? formatNumber(state.used)
      : `${formatNumber(state.used)} of ${formatNumber(state.limit)} tokens`;
  return {
    title: `Assistant token budget: ${KIND_LABEL[kind]}`,
    body: `${stateMessage(state, 'token')} (${used}). Resets at ${formatTimeOfDay(resetsAt, zone)}.`,
  };
}
