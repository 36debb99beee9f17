import { conversationFiltersSchema } from '@/api/filters';
import { FILTER_FIELDS as F, rangePresetParam, type FilterGroup } from '@/lib/filter-fields';

/**
 * Turn-level filters (docs/api.md §2.1: which turns count) plus conversation-level filters
 * (§2.6: which conversations, by their totals), with their date presets, as the URL holds them,
 * and the search over the conversations loaded (`find`, never sent).
 */
export const conversationListSchema = conversationFiltersSchema.extend({
  range: rangePresetParam,
  last_active_range: rangePresetParam,
  // Applied in the browser, never sent: the id lookup and the read marks.
  find: conversationFiltersSchema.shape.query,
  unread: conversationFiltersSchema.shape.is_flagged,
});

export const CONVERSATION_FILTER_GROUPS: readonly FilterGroup[] = [
  { fields: [F.find_conversation, F.unread] },
  {
    legend: { title: 'Turns', text: 'which turns count; every counter is computed over these turns only' },
    fields: [F.created, F.query, F.is_flagged, F.severity, F.has_feedback, F.user_slug, F.session_id],
  },
  {
    legend: { title: 'Conversations', text: 'whole conversations by their totals' },
    fields: [F.last_active, F.is_reviewed, F.input_tokens, F.output_tokens, F.total_tokens],
  },
];

export const CONVERSATION_DEFAULT_SORT = { id: 'last_active', desc: true } as const;
