import type { TurnFilters } from '@/api/filters';
import { formatUtcDayRange } from '@/lib/format';
import { SEVERITY_LABEL } from '@/lib/severity';
import type { FilterChip } from './filter-chips';

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** Chips for the turn-level filters every list shares: created range, search, flagged, severity, vote. */
export function turnStateChips(filters: TurnFilters): FilterChip[] {
  const chips: FilterChip[] = [];
  if (filters.created_after || filters.created_before) {
    chips.push({
      id: 'created',
      label: 'Created',
      value: formatUtcDayRange(filters.created_after, filters.created_before),
      keys: ['created_after', 'created_before'],
    });
  }
  if (filters.query)
    chips.push({ id: 'query', label: 'Search', value: `“${filters.query}”`, keys: ['query'] });
  if (filters.is_flagged !== undefined) {
    chips.push({
      id: 'is_flagged',
      label: 'Flagged',
      value: yesNo(filters.is_flagged),
      keys: ['is_flagged'],
    });
  }
  if (filters.severity) {
    chips.push({
      id: 'severity',
      label: 'Severity',
      value: SEVERITY_LABEL[filters.severity],
      keys: ['severity'],
    });
  }
  if (filters.has_feedback !== undefined) {
    chips.push({
      id: 'has_feedback',
      label: 'Thumbs vote',
      value: yesNo(filters.has_feedback),
      keys: ['has_feedback'],
    });
  }
  return chips;
}
