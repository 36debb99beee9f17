import type { Conversation } from '@/api/schemas/conversation';
import type { CsvColumn } from '@/lib/csv';
import { paths } from '@/lib/paths';
import { normalizeSeverity, severityRank } from '@/lib/severity';

export function conversationHref(row: Pick<Conversation, 'session_id'>): string {
  return paths.transcript.href(row.session_id);
}

/**
 * Sort key of the highest severity: the server's `max_severity_rank` (0 none … 4 critical)
 * when it sends one (newest backend), else the rank of `max_severity` in severity order —
 * never the alphabetical order of the words.
 */
export function severitySortKey(row: Pick<Conversation, 'max_severity' | 'max_severity_rank'>): number {
  return row.max_severity_rank ?? severityRank(row.max_severity);
}

export const CONVERSATION_CSV_COLUMNS: readonly CsvColumn<Conversation>[] = [
  { key: 'session_id', header: 'Conversation' },
  { key: 'user_slug', header: 'Visitor' },
  { key: 'message_count', header: 'Turns' },
  { key: 'offerings_shown', header: 'Offerings shown' },
  { key: 'offerings_clicked', header: 'Offerings clicked' },
  { key: 'input_tokens', header: 'Input tokens' },
  { key: 'output_tokens', header: 'Output tokens' },
  { key: 'total_tokens', header: 'Total tokens' },
  { key: 'is_flagged', header: 'Flagged' },
  { key: 'max_severity', header: 'Highest severity', value: (row) => normalizeSeverity(row.max_severity) },
  { key: 'has_feedback', header: 'Thumbs vote' },
  { key: 'is_reviewed', header: 'Reviewed' },
  { key: 'models_used', header: 'Model' },
  { key: 'started', header: 'Started (UTC)' },
  { key: 'last_active', header: 'Last active (UTC)' },
];
