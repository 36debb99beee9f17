import type { Feedback } from '@/api/schemas/feedback';
import type { Interaction } from '@/api/schemas/interaction';
import type { CsvColumn } from '@/lib/csv';
import { humanizeSlug, intentWords } from '@/lib/format/text';
import { absoluteAppUrl } from '@/lib/base-path';
import { paths } from '@/lib/paths';
import { replyText } from '@/lib/reply-text';
import { normalizeSeverity } from '@/lib/severity';
import { voteWord } from '@/lib/vote';

/** Where a turn's row leads: its transcript, scrolled to and highlighting the turn. */
export function turnHref(turn: Pick<Interaction, 'session_id' | 'uuid'>): string {
  return paths.transcript.href(turn.session_id, turn.uuid);
}

const ACTION_LABEL: Record<string, string> = {
  flag: 'Flagged',
  warn: 'Warned',
  redact: 'Redacted',
  block: 'Blocked',
};

/** The guard's action in words; `allow` and `""` are not worth a badge. */
export function actionLabel(action: string): string | null {
  const key = action.trim().toLowerCase();
  if (key === '' || key === 'allow') return null;
  // Own keys only: a stored action of `__proto__` must not read Object.prototype.
  return Object.hasOwn(ACTION_LABEL, key) ? ACTION_LABEL[key] : humanizeSlug(key);
}

/** A turn shows a severity badge when the guard flagged it or stored a severity. */
export function hasSafetyFlag(turn: Pick<Interaction, 'is_flagged' | 'severity'>): boolean {
  return turn.is_flagged || normalizeSeverity(turn.severity) !== 'none';
}

export type FeedbackKind = 'up' | 'down' | 'judge' | 'none';

/** Thumbs up/down from a visitor, a judge verdict without a vote, or nothing. */
export function feedbackKind(feedback: Feedback | null): FeedbackKind {
  if (!feedback) return 'none';
  if (feedback.score === 1) return 'up';
  if (feedback.score === -1) return 'down';
  return 'judge';
}

/**
 * Export columns the table does not show (its own columns come first, `csvColumns`). No IP
 * addresses (they stay hidden unless revealed); every text cell is formula-neutralised.
 */
export const TURN_CSV_EXTRA: readonly CsvColumn<Interaction>[] = [
  { key: 'uuid', header: 'Turn' },
  // The turn's address on this dashboard, absolute (its origin and base path): a spreadsheet
  // row leads back to the turn.
  {
    key: 'link',
    header: 'Link',
    value: (t) => absoluteAppUrl(paths.transcript.href(t.session_id, t.uuid)),
  },
  { key: 'session_id', header: 'Conversation' },
  { key: 'is_flagged', header: 'Flagged' },
  {
    key: 'severity',
    header: 'Severity',
    value: (t) => (hasSafetyFlag(t) ? normalizeSeverity(t.severity) : ''),
  },
  { key: 'action_taken', header: 'Action' },
  { key: 'reply', header: 'Reply', value: (t) => replyText(t.assistant_blocks) },
  { key: 'injection_categories', header: 'Injection categories' },
  { key: 'pii_categories', header: 'PII categories' },
  { key: 'input_tokens', header: 'Input tokens' },
  { key: 'output_tokens', header: 'Output tokens' },
  { key: 'vote', header: 'Vote', value: (t) => voteWord(t.feedback?.score) },
  { key: 'category', header: 'Category', value: (t) => t.feedback?.category ?? '' },
  { key: 'comment', header: 'Comment', value: (t) => t.feedback?.comment ?? '' },
  { key: 'resolution', header: 'Resolution', value: (t) => t.feedback?.llm_resolution_score ?? null },
  // Intents read as words everywhere (docs/glossary.md), the chart and the lists included.
  { key: 'intent', header: 'Intent', value: (t) => intentWords(t.feedback?.llm_intent_category) },
];

/** JSON export: the API objects without raw IP addresses. */
export function turnsForJson(rows: readonly Interaction[]): unknown[] {
  return rows.map((turn) => {
    const { ip_address: _ip, feedback, ...rest } = turn;
    if (!feedback) return { ...rest, feedback };
    const { submitted_from_ip: _from, ...safeFeedback } = feedback;
    return { ...rest, feedback: safeFeedback };
  });
}
