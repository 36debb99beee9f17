import { SEVERITIES, type TurnFilters } from '@/api/filters';
import { SEVERITY_LABEL } from '@/lib/severity';
import { SelectFilter, TriStateSelect } from './select-filter';

const SEVERITY_OPTIONS = SEVERITIES.map((value) => ({ value, label: SEVERITY_LABEL[value] }));

type StateFilters = Pick<TurnFilters, 'is_flagged' | 'severity' | 'has_feedback'>;

/**
 * The turn-level flagged / severity / thumbs-vote selects shared by the lists. On an 8.1.0
 * server `has_feedback` does not exist (and `has_negative_feedback` means something else), so
 * the vote filter is disabled there unless a pasted link already carries it.
 */
export function TurnStateFilters({
  value,
  onChange,
  errorFor,
  legacy = false,
}: {
  value: StateFilters;
  onChange: (patch: StateFilters) => void;
  errorFor: (field: keyof StateFilters) => string | undefined;
  legacy?: boolean;
}) {
  return (
    <>
      <TriStateSelect
        label="Flagged"
        value={value.is_flagged}
        onChange={(is_flagged) => onChange({ is_flagged })}
        yesLabel="Flagged"
        noLabel="Not flagged"
        error={errorFor('is_flagged')}
      />
      <SelectFilter
        label="Severity"
        value={value.severity}
        options={SEVERITY_OPTIONS}
        onChange={(severity) => onChange({ severity })}
        error={errorFor('severity')}
      />
      <TriStateSelect
        label="Thumbs vote"
        value={value.has_feedback}
        onChange={(has_feedback) => onChange({ has_feedback })}
        yesLabel="Voted"
        noLabel="Not voted"
        disabled={legacy && value.has_feedback === undefined}
        hint={legacy ? 'Needs Waldur 8.1.2+' : undefined}
        error={errorFor('has_feedback')}
      />
    </>
  );
}
