import {
  formatNumber,
  formatPercentagePoints,
  formatRate,
  formatScore,
  formatSignedNumber,
  formatSignedPercent,
  formatSignedScore,
} from '@/lib/format/number';

/** How a metric changes: counts absolutely (and relatively), rates in percentage points, scores in points. */
export type MetricKind = 'count' | 'rate' | 'score';
/** Whether going up is good news for this metric. */
export type Polarity = 'up-good' | 'up-bad' | 'neutral';
export type Direction = 'up' | 'down' | 'flat';
export type Verdict = 'better' | 'worse' | 'neutral' | 'unchanged';

export type Delta =
  | {
      status: 'ok';
      kind: MetricKind;
      current: number;
      previous: number;
      /** current − previous, in the metric's own unit (a rate difference is a ratio: 0.032 = 3.2 pp). */
      difference: number;
      /** Relative change for counts; null when the previous value was 0 (no base) or for rates/scores. */
      relative: number | null;
      direction: Direction;
      verdict: Verdict;
    }
  | { status: 'unavailable'; reason: string };

/** Below this a change is shown as "no change": it would round to zero when formatted. */
const FLAT: Record<MetricKind, number> = { count: 0.5, rate: 0.0005, score: 0.005 };

const finite = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

export function verdictFor(direction: Direction, polarity: Polarity): Verdict {
  if (direction === 'flat') return 'unchanged';
  if (polarity === 'neutral') return 'neutral';
  return (direction === 'up') === (polarity === 'up-good') ? 'better' : 'worse';
}

/**
 * The change of one metric against the previous window. Any missing side makes the change
 * unavailable with a reason, never a fake 0 or a NaN.
 */
export function computeDelta(
  kind: MetricKind,
  polarity: Polarity,
  current: number | null | undefined,
  previous: number | null | undefined,
  reasons: { current?: string; previous?: string } = {},
): Delta {
  if (!finite(current))
    return { status: 'unavailable', reason: reasons.current ?? 'There is no current value to compare.' };
  if (!finite(previous))
    return {
      status: 'unavailable',
      reason: reasons.previous ?? 'The previous period has no value to compare with.',
    };
  const difference = current - previous;
  const direction: Direction = Math.abs(difference) < FLAT[kind] ? 'flat' : difference > 0 ? 'up' : 'down';
  const relative = kind === 'count' && previous !== 0 ? difference / previous : null;
  return {
    status: 'ok',
    kind,
    current,
    previous,
    difference,
    relative,
    direction,
    verdict: verdictFor(direction, polarity),
  };
}

/** The change as shown on a card: `+12 (+3.0%)`, `+12 (new)`, `−3.2 pp`, `+0.3`. */
export function formatDeltaValue(delta: Extract<Delta, { status: 'ok' }>): string {
  if (delta.direction === 'flat') return 'no change';
  switch (delta.kind) {
    case 'count': {
      const abs = formatSignedNumber(delta.difference);
      if (delta.relative !== null) return `${abs} (${formatSignedPercent(delta.relative)})`;
      return delta.previous === 0 ? `${abs} (from 0)` : abs;
    }
    case 'rate':
      return formatPercentagePoints(delta.difference);
    case 'score':
      return formatSignedScore(delta.difference);
  }
}

/** The previous value in the metric's own format. */
export function formatPreviousValue(delta: Extract<Delta, { status: 'ok' }>): string {
  switch (delta.kind) {
    case 'count':
      return formatNumber(delta.previous);
    case 'rate':
      return formatRate(delta.previous);
    case 'score':
      return formatScore(delta.previous);
  }
}

const POLARITY_WORDS: Record<Polarity, string> = {
  'up-good': 'Higher is better for this metric.',
  'up-bad': 'Lower is better for this metric.',
  neutral: 'Neither higher nor lower is better by itself.',
};
const NOT_JUDGED = 'Not judged better or worse while the date range is still in progress.';

function polarityText(polarity: Polarity, inProgress: boolean): string {
  return inProgress && polarity !== 'neutral' ? NOT_JUDGED : POLARITY_WORDS[polarity];
}

const DAY_MS = 86_400_000;

/**
 * How much of a date range that includes today has passed (0–1), or null when the range is over
 * (or open-ended). Such a range is still filling up: its counts cannot be set against a whole
 * previous range, and none of its changes is judged.
 */
export function elapsedShare(range: { after?: string; before?: string }, now: number): number | null {
  if (!range.after || !range.before) return null;
  const start = Date.parse(`${range.after}T00:00:00Z`);
  const end = Date.parse(`${range.before}T00:00:00Z`) + DAY_MS;
  if (!(end > start) || now >= end) return null;
  return Math.max(0, (now - start) / (end - start));
}

/** A count of a range in progress, set against the whole previous range: "so far 41 % of 512". */
export type SoFar = { status: 'so-far'; current: number; previous: number };

export function soFar(current: number | null, previous: number | null): SoFar | null {
  return finite(current) && finite(previous) ? { status: 'so-far', current, previous } : null;
}

/** "So far 41% of 512"; with nothing in the previous range, "so far 12 (previously none)". */
export function formatSoFar(delta: SoFar): string {
  if (delta.previous === 0) return `so far ${formatNumber(delta.current)} (previously none)`;
  return `so far ${formatRate(delta.current / delta.previous)} of ${formatNumber(delta.previous)}`;
}

export function describeSoFar(delta: SoFar, period: string, elapsed: number): string {
  const share =
    delta.previous === 0
      ? `${formatNumber(delta.current)} so far, none in ${period}`
      : `${formatNumber(delta.current)} so far: ${formatRate(delta.current / delta.previous)} of the ${formatNumber(delta.previous)} in ${period}`;
  return `${share}. ${formatRate(elapsed)} of this date range has passed. ${NOT_JUDGED}`;
}

/**
 * The whole change in words, for screen readers: direction, size, the previous value and
 * whether this is good news.
 */
export function describeDelta(delta: Delta, polarity: Polarity, period: string, inProgress = false): string {
  if (delta.status === 'unavailable') return `Change unavailable: ${delta.reason}`;
  const was = `${formatPreviousValue(delta)} in ${period}`;
  if (delta.direction === 'flat') return `No change from ${was}.`;
  const size = formatDeltaValue(delta)
    .replace(/^[+\u2212]/, '')
    .replace(/\(([+\u2212])/, '(');
  const dir = delta.direction === 'up' ? 'Up' : 'Down';
  const verdict =
    delta.verdict === 'better' ? ' That is better.' : delta.verdict === 'worse' ? ' That is worse.' : '';
  return `${dir} ${size} from ${was}.${verdict} ${polarityText(polarity, inProgress)}`;
}
