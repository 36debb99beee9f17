import type { TurnFilters } from '@/api/filters';
import { DateRangeFilter } from './date-range-filter';
import { TextFilter } from './text-filter';
import { TurnStateFilters } from './turn-state-filters';

type TurnFieldFilters = Pick<
  TurnFilters,
  'created_after' | 'created_before' | 'query' | 'is_flagged' | 'severity' | 'has_feedback' | 'user_slug'
>;

/**
 * The turn-level controls the lists of turns and of conversations share: created range,
 * full-text search, flagged / severity / thumbs vote, visitor. `onChange` is the page's
 * `setFilters`; the text fields write with `replace: true`, as typing does everywhere.
 */
export function TurnFilterFields({
  value,
  onChange,
  errorFor,
  searchPlaceholder,
  searchWidth,
  visitorWidth,
  legacy,
}: {
  value: TurnFieldFilters;
  onChange: (patch: TurnFieldFilters, options?: { replace?: boolean }) => void;
  errorFor: (field: keyof TurnFieldFilters) => string | undefined;
  searchPlaceholder: string;
  searchWidth?: string;
  visitorWidth: string;
  legacy?: boolean;
}) {
  return (
    <>
      <DateRangeFilter
        label="Created"
        value={{ after: value.created_after, before: value.created_before }}
        onChange={({ after, before }) => onChange({ created_after: after, created_before: before })}
        error={errorFor('created_after') ?? errorFor('created_before')}
      />
      <TextFilter
        label="Search messages and replies"
        value={value.query}
        placeholder={searchPlaceholder}
        onCommit={(query) => onChange({ query }, { replace: true })}
        error={errorFor('query')}
        width={searchWidth}
      />
      <TurnStateFilters value={value} onChange={onChange} errorFor={errorFor} legacy={legacy} />
      <TextFilter
        label="Visitor (exact slug)"
        value={value.user_slug}
        onCommit={(user_slug) => onChange({ user_slug }, { replace: true })}
        error={errorFor('user_slug')}
        type="text"
        width={visitorWidth}
      />
    </>
  );
}
