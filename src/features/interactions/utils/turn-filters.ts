import { turnFiltersSchema } from '@/api/filters';
import { FILTER_FIELDS as F, rangePresetParam, type FilterGroup } from '@/lib/filter-fields';

/** Every filter of `anonymous-chat-interactions/` (docs/api.md §2.1) and the date preset, as the URL holds them. */
export const turnListSchema = turnFiltersSchema.extend({ range: rangePresetParam });

export const TURN_FILTER_GROUPS: readonly FilterGroup[] = [
  { fields: [F.created, F.query, F.is_flagged, F.severity, F.has_feedback, F.user_slug, F.session_id] },
];

/** The server orders by these only (`o`, docs/api.md §2.1); they are also the sortable column ids. */
export const TURN_SORTABLE = ['created', 'result_count'] as const;
export const TURN_DEFAULT_SORT = { id: 'created', desc: true } as const;
