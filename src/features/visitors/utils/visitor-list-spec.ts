import { userAggregateListSchema } from '@/api/schemas/user-aggregate';
import { idSearch } from '@/lib/id-search';
import { defineWholeList } from '@/lib/whole-list/dataset';
import { toVisitorRow, type VisitorRow } from './visitor-rows';

const field = (key: keyof VisitorRow) => (row: VisitorRow) => row[key];

/**
 * `by-user/` (docs/api.md §2.4) as the visitors' worker reads it: one row per slug, sorted on
 * the values the table's columns sort on (`visitorColumns`, checked by a test) and searched by
 * slug.
 */
export const visitorListSpec = defineWholeList({
  schema: userAggregateListSchema,
  toRow: toVisitorRow,
  sortKeys: {
    user_slug: field('user_slug'),
    last_seen: field('lastSeenMs'),
    total_interactions: field('total_interactions'),
    session_count: field('session_count'),
    positive_feedback: field('positive_feedback'),
    negative_feedback: field('negative_feedback'),
    no_feedback: field('no_feedback'),
    injection_strikes: field('injection_strikes'),
  },
  search: idSearch((row) => [row.user_slug]),
});
