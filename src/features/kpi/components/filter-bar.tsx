import { useState, type FormEvent } from 'react';
import type { ApiGeneration } from '@/api/filters';
import { Button } from '@/components/ui/button';
import { Segmented } from '@/components/ui/segmented';
import { formatUtcDayRange } from '@/lib/format';
import { SEVERITY_LABEL } from '@/lib/severity';
import {
  isCalendarDay,
  PRESET_DAYS,
  RANGE_PRESETS,
  type DayRange,
  type RangePreset,
} from '../utils/date-range';
import {
  FILTER_SEVERITIES,
  isDefaultFilters,
  type FilterSeverity,
  type OverviewFilters,
} from '../utils/overview-filters';
import styles from './filters.module.css';

const PRESET_TEXT: Record<RangePreset, string> = {
  today: 'Today',
  '7d': '7 days',
  '30d': '30 days',
  '90d': '90 days',
};

type Props = {
  filters: OverviewFilters;
  /** The concrete days the filters select today. */
  range: DayRange;
  generation: ApiGeneration;
  onChange: (patch: Partial<OverviewFilters>) => void;
  onReset: () => void;
};

const boolValue = (value: boolean | undefined) => (value === undefined ? '' : String(value));
const parseBool = (value: string) => (value === '' ? undefined : value === 'true');

/** The overview's filters; every change is a navigation, so reload and back keep it. */
export function OverviewFilterBar({ filters, range, generation, onChange, onReset }: Props) {
  const custom = filters.range === 'custom';
  const legacy = generation === 'legacy';
  return (
    <form
      role="search"
      aria-label="Filters for the figures and charts"
      className={styles.bar}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className={styles.field}>
        <span id="overview-range-label" className={styles.label}>
          Date range
        </span>
        <Segmented aria-labelledby="overview-range-label" size="field">
          {RANGE_PRESETS.map((preset) => (
            <button
              key={preset}
              type="button"
              aria-pressed={filters.range === preset}
              title={
                preset === 'today'
                  ? 'Today so far (UTC)'
                  : `The last ${PRESET_DAYS[preset]} UTC days, today included`
              }
              onClick={() => onChange({ range: preset })}
            >
              {PRESET_TEXT[preset]}
            </button>
          ))}
          <button
            type="button"
            aria-pressed={custom}
            onClick={() => {
              if (!custom)
                onChange({ range: 'custom', created_after: range.after, created_before: range.before });
            }}
          >
            Custom
          </button>
        </Segmented>
      </div>
      {custom && (
        <CustomRange
          key={`${filters.created_after ?? ''}|${filters.created_before ?? ''}`}
          after={filters.created_after}
          before={filters.created_before}
          onApply={(after, before) =>
            onChange({ range: 'custom', created_after: after, created_before: before })
          }
        />
      )}
      <label className={styles.field}>
        <span className={styles.label}>Flagged</span>
        <select
          value={boolValue(filters.is_flagged)}
          onChange={(e) => onChange({ is_flagged: parseBool(e.target.value) })}
        >
          <option value="">Any</option>
          <option value="true">Flagged only</option>
          <option value="false">Not flagged</option>
        </select>
      </label>
      <label className={styles.field}>
        <span className={styles.label}>Severity</span>
        <select
          value={filters.severity ?? ''}
          onChange={(e) =>
            onChange({ severity: (e.target.value || undefined) as FilterSeverity | undefined })
          }
        >
          <option value="">Any</option>
          {FILTER_SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {SEVERITY_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.field}>
        <span className={styles.label}>Feedback</span>
        <select
          value={boolValue(filters.has_feedback)}
          aria-describedby={legacy ? 'overview-feedback-note' : undefined}
          onChange={(e) => onChange({ has_feedback: parseBool(e.target.value) })}
        >
          <option value="">Any</option>
          <option value="true">With thumbs vote</option>
          <option value="false">Without thumbs vote</option>
        </select>
      </label>
      {!isDefaultFilters(filters) && (
        <Button size="small" variant="ghost" onClick={onReset} className={styles.reset}>
          Reset filters
        </Button>
      )}
      <p className={styles.summary}>
        Showing <strong>{formatUtcDayRange(range.after, range.before)}</strong>{' '}
        <span className={styles.utc}>UTC days</span>
      </p>
      {legacy && filters.has_feedback !== undefined && (
        <p id="overview-feedback-note" className={styles.warning} role="status">
          This server is older than Waldur 8.1.2 and cannot filter by feedback; the figures include every
          turn.
        </p>
      )}
    </form>
  );
}

function CustomRange({
  after,
  before,
  onApply,
}: {
  after?: string;
  before?: string;
  onApply: (after: string | undefined, before: string | undefined) => void;
}) {
  // Drafts: a date input reports every half-typed year ("0002-…") as a valid date, so the URL
  // (and the server) only sees the range when it is applied.
  const [from, setFrom] = useState(after ?? '');
  const [to, setTo] = useState(before ?? '');
  const fromOk = from === '' || isCalendarDay(from);
  const toOk = to === '' || isCalendarDay(to);
  const reversed = fromOk && toOk && from !== '' && to !== '' && from > to;
  const error =
    !fromOk || !toOk ? 'Enter dates as YYYY-MM-DD.' : reversed ? 'The start must not be after the end.' : '';
  const dirty = from !== (after ?? '') || to !== (before ?? '');

  const apply = (event?: FormEvent) => {
    event?.preventDefault();
    if (!error && dirty) onApply(from || undefined, to || undefined);
  };

  return (
    <div className={styles.customRange} role="group" aria-label="Custom date range">
      <label className={styles.field}>
        <span className={styles.label}>From (UTC)</span>
        <input
          type="date"
          value={from}
          max={to || undefined}
          aria-invalid={Boolean(error) || undefined}
          aria-describedby={error ? 'overview-range-error' : undefined}
          onChange={(e) => setFrom(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') apply(e);
          }}
        />
      </label>
      <label className={styles.field}>
        <span className={styles.label}>To (UTC)</span>
        <input
          type="date"
          value={to}
          min={from || undefined}
          aria-invalid={Boolean(error) || undefined}
          aria-describedby={error ? 'overview-range-error' : undefined}
          onChange={(e) => setTo(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') apply(e);
          }}
        />
      </label>
      <Button size="small" onClick={() => apply()} disabled={Boolean(error) || !dirty}>
        Apply
      </Button>
      {error && (
        <p id="overview-range-error" className={styles.error} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
