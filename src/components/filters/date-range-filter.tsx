import { useId } from 'react';
import { useUtcToday } from '@/hooks/use-utc-today';
import { DAY_RANGE_PRESETS, isCalendarDay, matchingPreset, presetDays } from '@/lib/utc-days';
import { FieldError } from './select-filter';
import styles from './filters.module.css';

export type DayRangeValue = { after?: string; before?: string };

const CUSTOM = 'custom';

/**
 * An inclusive range of UTC days (the API filters on UTC dates): a quick-range choice and
 * two date fields, either end optional. Every change is one history entry.
 */
export function DateRangeFilter({
  label,
  value,
  onChange,
  error,
}: {
  /** e.g. "Created"; the fields are named "Created from" and "Created to". */
  label: string;
  value: DayRangeValue;
  onChange: (next: DayRangeValue) => void;
  error?: string;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const today = useUtcToday();
  const { after, before } = value;
  const preset = matchingPreset(after, before, today);
  const choice = preset ? preset.id : after || before ? CUSTOM : '';
  const reversed = Boolean(after && before && after > before);
  const message = error ?? (reversed ? 'The start is after the end: nothing can match.' : undefined);
  const describedBy = message ? errorId : undefined;

  return (
    <fieldset className={styles.field}>
      <legend className={styles.label}>
        {label} <span className={styles.hintText}>(UTC days)</span>
      </legend>
      <div className={styles.row}>
        <select
          className={styles.control}
          aria-label={`${label}: quick range`}
          value={choice}
          onChange={(event) => {
            const picked = DAY_RANGE_PRESETS.find((p) => p.id === event.target.value);
            if (picked) onChange(presetDays(picked, today));
            else if (event.target.value === '') onChange({ after: undefined, before: undefined });
          }}
        >
          <option value="">Any time</option>
          {DAY_RANGE_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
          <option value={CUSTOM} disabled>
            Custom
          </option>
        </select>
        <input
          type="date"
          className={styles.control}
          aria-label={`${label} from`}
          value={after ?? ''}
          max={before}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            const next = event.target.value;
            if (next === '' || isCalendarDay(next)) onChange({ after: next || undefined, before });
          }}
        />
        <span className={styles.dash} aria-hidden="true">
          –
        </span>
        <input
          type="date"
          className={styles.control}
          aria-label={`${label} to`}
          value={before ?? ''}
          min={after}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            const next = event.target.value;
            if (next === '' || isCalendarDay(next)) onChange({ after, before: next || undefined });
          }}
        />
      </div>
      <FieldError id={errorId} error={message} />
    </fieldset>
  );
}
