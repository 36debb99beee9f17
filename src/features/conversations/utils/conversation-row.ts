import type { Conversation } from '@/api/schemas/conversation';
import { paths } from '@/lib/paths';
import { severityRank } from '@/lib/severity';

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
