import { useId, type FormEvent } from 'react';
import type { ApiGeneration } from '@/api/filters';
import { Button } from '@/components/ui/button';
import type { SearchPatch } from '@/hooks/use-table-url-state';
import { SEVERITY_LABEL } from '@/lib/severity';
import type { SearchParamDraft } from '../hooks/use-search-param-draft';
import {
  DATE_PRESETS,
  FILTER_SEVERITIES,
  lastDaysRange,
  type VisitorFilters,
} from '../utils/visitor-filters';
import styles from './visitors.module.css';

type Props = {
  filters: VisitorFilters;
  generation: ApiGeneration;
  today: string;
  slug: SearchParamDraft;
  query: SearchParamDraft;
  onChange: (patch: SearchPatch) => void;
  onClear: () => void;
  canClear: boolean;
};

const boolValue = (value: boolean | undefined) => (value === undefined ? '' : String(value));

/** Server filters of `by-user/` plus the client-side slug search; everything lives in the URL. */
export function VisitorFiltersBar({
  filters,
  generation,
  today,
  slug,
  query,
  onChange,
  onClear,
  canClear,
}: Props) {
  const id = useId();
  const legacy = generation === 'legacy';
  // Enter in a text field applies it at once (onKeyDown) instead of waiting for the debounce.
  const submit = (event: FormEvent) => event.preventDefault();
  const allTime = !filters.created_after && !filters.created_before;

  return (
    <form role="search" aria-label="Filter visitors" className={styles.filters} onSubmit={submit}>
      <div className={styles.field}>
        <label htmlFor={`${id}-slug`}>Find visitor</label>
        <input
          id={`${id}-slug`}
          type="search"
          className={styles.slugInput}
          value={slug.draft}
          onChange={(event) => slug.setDraft(event.target.value)}
          onKeyDown={(event) => event.key === 'Enter' && slug.flush()}
          placeholder="e.g. 3fa9c2"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-slug-hint`}
        />
        <span id={`${id}-slug-hint`} className={styles.hint}>
          Searches the slugs loaded below
        </span>
      </div>

      <div className={styles.field}>
        <label htmlFor={`${id}-query`}>Search messages</label>
        <input
          id={`${id}-query`}
          type="search"
          className={styles.queryInput}
          value={query.draft}
          onChange={(event) => query.setDraft(event.target.value)}
          onKeyDown={(event) => event.key === 'Enter' && query.flush()}
          placeholder="e.g. gpu storage"
          autoComplete="off"
          aria-describedby={`${id}-query-hint`}
        />
        <span id={`${id}-query-hint`} className={styles.hint}>
          Full-text, on the server
        </span>
      </div>

      <fieldset className={styles.dates}>
        <legend>Active between (UTC days)</legend>
        <div className={styles.dateInputs}>
          <label className={styles.inline}>
            <span className="visually-hidden">From</span>
            <input
              type="date"
              value={filters.created_after ?? ''}
              max={filters.created_before ?? today}
              onChange={(event) => onChange({ created_after: event.target.value })}
            />
          </label>
          <span aria-hidden="true">–</span>
          <label className={styles.inline}>
            <span className="visually-hidden">To</span>
            <input
              type="date"
              value={filters.created_before ?? ''}
              min={filters.created_after}
              onChange={(event) => onChange({ created_before: event.target.value })}
            />
          </label>
        </div>
        <div className={styles.presets} role="group" aria-label="Date presets">
          {DATE_PRESETS.map((preset) => {
            const range = lastDaysRange(preset.days, today);
            const active =
              filters.created_after === range.created_after &&
              filters.created_before === range.created_before;
            return (
              <button
                key={preset.days}
                type="button"
                aria-pressed={active}
                title={preset.days === 1 ? 'Today (UTC)' : `The last ${preset.days} UTC days, today included`}
                onClick={() => onChange(range)}
              >
                {preset.label}
              </button>
            );
          })}
          <button
            type="button"
            aria-pressed={allTime}
            onClick={() => onChange({ created_after: null, created_before: null })}
          >
            All time
          </button>
        </div>
      </fieldset>

      <div className={styles.field}>
        <label htmlFor={`${id}-flagged`}>Flagged</label>
        <select
          id={`${id}-flagged`}
          value={boolValue(filters.is_flagged)}
          onChange={(event) => onChange({ is_flagged: event.target.value })}
        >
          <option value="">Any turn</option>
          <option value="true">Flagged turns</option>
          <option value="false">Not flagged</option>
        </select>
      </div>

      <div className={styles.field}>
        <label htmlFor={`${id}-severity`}>Severity</label>
        <select
          id={`${id}-severity`}
          value={filters.severity ?? ''}
          onChange={(event) => onChange({ severity: event.target.value })}
        >
          <option value="">Any</option>
          {FILTER_SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {SEVERITY_LABEL[severity]}
            </option>
          ))}
        </select>
      </div>

      <div className={styles.field}>
        <label htmlFor={`${id}-feedback`}>Feedback</label>
        <select
          id={`${id}-feedback`}
          value={legacy ? '' : boolValue(filters.has_feedback)}
          disabled={legacy}
          aria-describedby={legacy ? `${id}-feedback-note` : undefined}
          onChange={(event) => onChange({ has_feedback: event.target.value })}
        >
          <option value="">Any</option>
          <option value="true">With thumbs vote</option>
          <option value="false">Without thumbs vote</option>
        </select>
        {legacy && (
          <span id={`${id}-feedback-note`} className={styles.hint}>
            Needs Waldur 8.1.2 or newer (this server cannot filter by thumbs votes)
          </span>
        )}
      </div>

      {canClear && (
        <div className={styles.clear}>
          <Button size="small" variant="ghost" onClick={onClear}>
            Clear filters
          </Button>
        </div>
      )}
    </form>
  );
}
