import { conversationListSchema, type Conversation } from '@/api/schemas/conversation';
import { parseTimestamp } from '@/lib/format/date';
import { idSearch } from '@/lib/id-search';
import { defineWholeList } from '@/lib/whole-list/dataset';
import { severitySortKey } from './conversation-row';

const field = (key: keyof Conversation) => (row: Conversation) => row[key];
const instant = (value: string | null) => parseTimestamp(value)?.getTime() ?? null;

/**
 * `conversations/` (docs/api.md §2.6) as the conversations' worker reads it, sorted on the
 * values the table's columns sort on (`conversationColumns`, checked by a test): timestamps as
 * instants, severity by rank. Searched by conversation id and visitor slug.
 */
export const conversationListSpec = defineWholeList({
  schema: conversationListSchema,
  toRow: (item: Conversation) => item,
  sortKeys: {
    session_id: field('session_id'),
    user_slug: field('user_slug'),
    last_active: (row) => instant(row.last_active),
    started: (row) => instant(row.started),
    message_count: field('message_count'),
    offerings_shown: field('offerings_shown'),
    offerings_clicked: field('offerings_clicked'),
    input_tokens: field('input_tokens'),
    output_tokens: field('output_tokens'),
    total_tokens: field('total_tokens'),
    is_flagged: field('is_flagged'),
    max_severity: severitySortKey,
    has_feedback: field('has_feedback'),
    is_reviewed: field('is_reviewed'),
    models_used: field('models_used'),
  },
  search: idSearch((row) => [row.session_id, row.user_slug]),
  id: (row) => row.session_id,
});
