import type { KpiData as Kpi } from '../api/schema';
import { formatCompact, formatNumber, formatRate, formatScore } from '@/lib/format/number';
import type { MetricKind, Polarity } from './deltas';

export type MetricId =
  | 'turns'
  | 'conversations'
  | 'visitors'
  | 'flagged'
  | 'satisfaction'
  | 'click_through'
  | 'input_tokens'
  | 'output_tokens'
  | 'coverage'
  | 'resolution'
  | 'hallucination'
  | 'judge_tokens'
  | 'clarification';

/**
 * What a card's change is measured on. A quality figure (a polarity other than `neutral`) gets a
 * better/worse verdict and colour; a volume is shown neutrally (docs/glossary.md).
 */
type Comparison = {
  kind: MetricKind;
  polarity: Polarity;
  value: (kpi: Kpi) => number | null;
  /** Named on the change when it is not the card's own figure ("share of turns"). */
  label?: string;
};

export type MetricDefinition = {
  id: MetricId;
  label: string;
  /** What the number is, in one sentence (shown on hover and read with the card). */
  help: string;
  kind: MetricKind;
  /** `neutral` for volumes: how many is neither good nor bad by itself. */
  polarity: Polarity;
  value: (kpi: Kpi) => number | null;
  format: (value: number | null) => string;
  /** The change is measured on this instead of the card's figure. */
  compare?: Comparison;
  /** False when this server does not send the figure at all: then there is no card. */
  available?: (kpi: Kpi) => boolean;
  /** Unit shown after the value, e.g. "of 5". */
  unit?: string;
  /** Why `value` is null for this payload. */
  nullReason: (kpi: Kpi) => string;
  /** A quiet second line: what the number rests on. */
  detail?: (kpi: Kpi) => string | null;
};

const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

const NOT_REVIEWED =
  'The nightly judge has not reviewed any conversation in this range yet, so there is nothing to average.';
const SERVER_NULL = 'The server sent no value for this rate.';

/** Share of turns that were flagged; derived, so null (not 0 %) when there are no turns. */
export function flaggedShare(kpi: Kpi): number | null {
  return kpi.interactions_total > 0 ? kpi.flagged_total / kpi.interactions_total : null;
}

/** Null when the server does not report judge tokens (servers before 8.1.2). */
function judgeTokens(kpi: Kpi): number | null {
  const { review_input_tokens_total: input, review_output_tokens_total: output } = kpi;
  return input === undefined || output === undefined ? null : input + output;
}

const TOKENS_NOT_REPORTED =
  'This server does not report token totals (they arrived with Waldur 8.1.2), so the number is unknown, not zero.';

function satisfactionNullReason(kpi: Kpi): string {
  return kpi.feedback_positive + kpi.feedback_negative === 0
    ? 'No thumbs-up or thumbs-down votes in this range yet.'
    : SERVER_NULL;
}

function clickThroughNullReason(kpi: Kpi): string {
  return kpi.interactions_total === 0
    ? 'No turns in this range, so there is nothing to divide by.'
    : SERVER_NULL;
}

function coverageNullReason(kpi: Kpi): string {
  if (kpi.sessions_total === 0) return 'No conversations in this range, so there is nothing to cover.';
  if (kpi.reviewed_total === 0)
    return 'The nightly judge has not reviewed any conversation in this range yet.';
  return SERVER_NULL;
}

function judgeNullReason(kpi: Kpi): string {
  return kpi.reviewed_total === 0 ? NOT_REVIEWED : SERVER_NULL;
}

const never = () => 'The server sent no value.';
const tokensReason = () => TOKENS_NOT_REPORTED;

const countFormat = (value: number | null) => formatNumber(value);
const tokensDetail = (n: number | undefined) =>
  n !== undefined && n >= 10_000 ? `≈ ${formatCompact(n)} tokens` : null;

/** The tokens of visitor chats, one direction: `input_tokens` from `input_tokens_total`. */
function chatTokens(id: 'input_tokens' | 'output_tokens', label: string, help: string): MetricDefinition {
  const total = (k: Kpi) => k[`${id}_total`];
  return {
    id,
    label,
    help,
    kind: 'count',
    polarity: 'neutral',
    value: (k) => total(k) ?? null,
    format: countFormat,
    nullReason: tokensReason,
    detail: (k) => tokensDetail(total(k)),
  };
}

/** Every KPI a person acts on, in reading order. */
export const METRICS: readonly MetricDefinition[] = [
  {
    id: 'turns',
    label: 'Turns',
    help: 'Visitor messages with their assistant reply.',
    kind: 'count',
    polarity: 'neutral',
    value: (k) => k.interactions_total,
    format: countFormat,
    nullReason: never,
  },
  {
    id: 'conversations',
    label: 'Conversations',
    help: 'Distinct chat sessions.',
    kind: 'count',
    polarity: 'neutral',
    value: (k) => k.sessions_total,
    format: countFormat,
    nullReason: never,
  },
  {
    id: 'visitors',
    label: 'Unique visitors',
    help: 'Distinct pseudonymous visitors.',
    kind: 'count',
    polarity: 'neutral',
    value: (k) => k.unique_users,
    format: countFormat,
    nullReason: never,
  },
  {
    id: 'flagged',
    label: 'Flagged turns',
    help: 'Turns the input guards flagged (injection or personal data).',
    kind: 'count',
    polarity: 'neutral',
    value: (k) => k.flagged_total,
    format: countFormat,
    nullReason: never,
    // The count follows the traffic; what says whether things got worse is the share.
    compare: { kind: 'rate', polarity: 'up-bad', value: flaggedShare, label: 'Share of turns' },
    detail: (k) => {
      const share = flaggedShare(k);
      return share === null ? 'No turns in this range' : `${formatRate(share)} of turns`;
    },
  },
  {
    id: 'satisfaction',
    label: 'Satisfaction',
    help: 'Thumbs-up votes out of all thumbs votes.',
    kind: 'rate',
    polarity: 'up-good',
    value: (k) => k.satisfaction_rate,
    format: formatRate,
    nullReason: satisfactionNullReason,
    detail: (k) => {
      const votes = k.feedback_positive + k.feedback_negative;
      return `${plural(votes, 'vote', 'votes')}: ${formatNumber(k.feedback_positive)} up, ${formatNumber(k.feedback_negative)} down`;
    },
  },
  {
    id: 'click_through',
    label: 'Click-through',
    help: 'Offering clicks per turn; repeat clicks can take it above 100 %.',
    kind: 'rate',
    polarity: 'up-good',
    value: (k) => k.click_through_rate,
    format: formatRate,
    nullReason: clickThroughNullReason,
    detail: (k) => plural(k.clicks_total, 'offering click', 'offering clicks'),
  },
  chatTokens('input_tokens', 'Input tokens', 'Tokens sent to the model for visitor chats.'),
  chatTokens('output_tokens', 'Output tokens', 'Tokens the model produced for visitor chats.'),
  {
    id: 'coverage',
    label: 'Judge coverage',
    help: 'Conversations the nightly judge has reviewed, out of all conversations.',
    kind: 'rate',
    polarity: 'up-good',
    value: (k) => k.review_coverage,
    format: formatRate,
    nullReason: coverageNullReason,
    detail: (k) =>
      `${formatNumber(k.reviewed_total)} of ${plural(k.sessions_total, 'conversation', 'conversations')}`,
  },
  {
    id: 'resolution',
    label: 'Average resolution',
    help: 'Mean judge score from 1 (not resolved) to 5 (fully resolved).',
    kind: 'score',
    polarity: 'up-good',
    value: (k) => k.avg_llm_resolution_score,
    format: formatScore,
    unit: 'of 5',
    nullReason: judgeNullReason,
    detail: (k) =>
      k.reviewed_total > 0 ? `mean of ${plural(k.reviewed_total, 'verdict', 'verdicts')}` : null,
  },
  {
    id: 'hallucination',
    label: 'Hallucination rate',
    help: 'Reviewed conversations where the judge found an invented answer.',
    kind: 'rate',
    polarity: 'up-bad',
    value: (k) => k.hallucination_rate,
    format: formatRate,
    nullReason: judgeNullReason,
    detail: (k) => (k.reviewed_total > 0 ? `of ${plural(k.reviewed_total, 'verdict', 'verdicts')}` : null),
  },
  {
    id: 'judge_tokens',
    label: 'Judge tokens',
    help: 'Tokens the nightly judge spent (a separate budget from visitor chats).',
    kind: 'count',
    polarity: 'neutral',
    value: judgeTokens,
    format: countFormat,
    nullReason: tokensReason,
    detail: (k) =>
      judgeTokens(k) === null
        ? null
        : `${formatNumber(k.review_input_tokens_total)} in · ${formatNumber(k.review_output_tokens_total)} out`,
  },
  {
    id: 'clarification',
    label: 'Clarifying questions',
    help: 'Turns where the assistant asked the visitor a clarifying question instead of recommending offerings.',
    kind: 'count',
    polarity: 'neutral',
    value: (k) => k.clarification_requests_total ?? null,
    format: countFormat,
    nullReason: never,
    // Newer servers only (docs/api.md §10): older ones get no card rather than a "—".
    available: (k) => k.clarification_requests_total !== undefined,
    // Asking is neither good nor bad by itself: the share is compared, without a verdict.
    compare: {
      kind: 'rate',
      polarity: 'neutral',
      value: (k) => k.clarification_rate ?? null,
      label: 'Share of turns',
    },
    detail: (k) =>
      k.clarification_rate == null
        ? 'No turns in this range'
        : `${formatRate(k.clarification_rate)} of turns`,
  },
];

/** The cards this payload gets: every metric the server sends. */
export function metricsFor(kpi: Kpi): readonly MetricDefinition[] {
  return METRICS.filter((metric) => metric.available?.(kpi) ?? true);
}

export function metricById(id: MetricId): MetricDefinition {
  const metric = METRICS.find((m) => m.id === id);
  if (!metric) throw new Error(`Unknown metric ${id}`);
  return metric;
}
