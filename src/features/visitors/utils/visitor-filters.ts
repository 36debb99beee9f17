import { turnFiltersSchema } from '@/api/filters';
import { FILTER_FIELDS as F, rangePresetParam, type FilterGroup } from '@/lib/filter-fields';

/**
 * The turn filters `by-user/` honours (docs/api.md §2.4 → §2.1) with the date preset, and the
 * slug search over the visitors loaded (`slug`, never sent: the server's `user_slug` is exact).
 */
export const visitorListSchema = turnFiltersSchema
  .pick({
    created_after: true,
    created_before: true,
    query: true,
    is_flagged: true,
    severity: true,
    has_feedback: true,
  })
  .extend({ range: rangePresetParam, slug: turnFiltersSchema.shape.query });

export const VISITOR_FILTER_GROUPS: readonly FilterGroup[] = [
  { fields: [F.slug, F.query, F.created, F.is_flagged, F.severity, F.has_feedback] },
];

export const VISITOR_DEFAULT_SORT = { id: 'total_interactions', desc: true } as const;
