import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Segmented } from '@/components/ui/segmented';
import { formatUtcDayRange } from '@/lib/format/date';
import {
  isCalendarDay,
  presetRange,
  RANGE_PRESET_LABEL,
  RANGE_PRESETS,
  rangePresetDescription,
  type RangePreset,
} from '@/lib/utc-days';
import { FieldError } from './labelled-field';
import styles from './filters.module.css';

export type DateRangeValue = { preset: RangePreset | 'custom'; after?: string; before?: string };

/** A preset (`after`/`before` removed) or explicit days (preset removed). */
export type DateRangeChange = { preset?: RangePreset; after?: string; before?: string };

/**
 * The one date range control of every page (docs/glossary.md "Time"): Today, 7 days, 30 days,
 * 90 days, Any time, or Custom days (either end open), all UTC days. Each choice is one
 * history entry.
 */
export function DateRangeFilter({
  label,
  value,
  today,
  onChange,
  error,
}: {
  /** e.g. "Created"; the custom fields are named "Created from" and "Created to". */
  label: string;
  value: DateRangeValue;
  today: string;
  onChange: (next: DateRangeChange) => void;
  error?: string;
}) {
  const id = useId();
  const custom = value.preset === 'custom';
  const shown = value.preset === 'custom' ? value : presetRange(value.preset, today);
  return (
    <fieldset className={`${styles.field} ${styles.dateRange}`}>
      <legend className={styles.label}>
        {label} <span className={styles.hintText}>(UTC days)</span>
      </legend>
      <div className={styles.row}>
        <Segmented aria-label={label} size="field" className={styles.presets}>
          {RANGE_PRESETS.map((preset) => (
            <button
              key={preset}
              type="button"
              aria-pressed={value.preset === preset}
              title={rangePresetDescription(preset)}
              onClick={() => onChange({ preset })}
            >
              {RANGE_PRESET_LABEL[preset]}
            </button>
          ))}
          <button
            type="button"
            aria-pressed={custom}
            aria-expanded={custom}
            aria-controls={`${id}-custom`}
            onClick={() => {
              if (!custom) onChange({ after: shown.after ?? today, before: shown.before ?? today });
            }}
          >
            Custom
          </button>
        </Segmented>
        {!custom && shown.after && (
          <span className={styles.rangeDays}>{formatUtcDayRange(shown.after, shown.before)}</span>
        )}
      </div>
      {custom && (
        <CustomDays
          key={`${value.after ?? ''}|${value.before ?? ''}`}
          id={`${id}-custom`}
          label={label}
          after={value.after}
          before={value.before}
          onApply={(after, before) => onChange({ after, before })}
          serverError={error ? `${id}-error` : undefined}
        />
      )}
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
}

function CustomDays({
  id,
  label,
  after,
  before,
  onApply,
  serverError,
}: {
  id: string;
  /** The id of the server's message about these days, which the fields then point to. */
  serverError?: string;
  label: string;
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
  const problem =
    !fromOk || !toOk ? 'Enter dates as YYYY-MM-DD.' : reversed ? 'The start must not be after the end.' : '';
  const dirty = from !== (after ?? '') || to !== (before ?? '');
  const errorId = `${id}-problem`;

  const apply = (event?: FormEvent) => {
    event?.preventDefault();
    if (!problem && dirty) onApply(from || undefined, to || undefined);
  };
  const common = {
    type: 'date',
    className: styles.control,
    'aria-invalid': Boolean(problem || serverError) || undefined,
    'aria-describedby': problem ? errorId : serverError,
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === 'Enter') apply(event);
    },
  } as const;
  // Each end bounds the other's date picker.
  const days = [
    { word: 'From', day: from, setDay: setFrom, bound: { max: to || undefined } },
    { word: 'To', day: to, setDay: setTo, bound: { min: from || undefined } },
  ];

  return (
    <div id={id} className={styles.customRange} role="group" aria-label={`${label}: custom days`}>
      {days.map(({ word, day, setDay, bound }) => (
        <label key={word} className={styles.field}>
          <span className={styles.label}>{word}</span>
          <input
            {...common}
            {...bound}
            aria-label={`${label} ${word.toLowerCase()}`}
            value={day}
            onChange={(event) => setDay(event.target.value)}
          />
        </label>
      ))}
      <Button size="small" onClick={() => apply()} disabled={Boolean(problem) || !dirty}>
        Apply
      </Button>
      {problem && (
        <p id={errorId} className={styles.error} role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
