import { useId } from 'react';
import { FieldError } from './labelled-field';
import { useCommittedText } from './use-committed-text';
import styles from './filters.module.css';

export type NumberRange = { min?: number; max?: number };

const toNumber = (text: string | undefined): number | undefined => {
  if (text === undefined || !/^\d{1,12}$/.test(text)) return undefined;
  return Number(text);
};

function Bound({
  label,
  value,
  onCommit,
  errorId,
}: {
  label: string;
  value: number | undefined;
  onCommit: (value: number | undefined) => void;
  /** The message that makes the range invalid, when there is one. */
  errorId?: string;
}) {
  const { text, setText, flush } = useCommittedText(value === undefined ? undefined : String(value), (next) =>
    onCommit(toNumber(next)),
  );
  return (
    <input
      type="number"
      inputMode="numeric"
      min={0}
      step={1}
      className={styles.control}
      aria-label={label}
      value={text}
      aria-invalid={errorId ? true : undefined}
      aria-describedby={errorId}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') flush();
      }}
      onBlur={flush}
    />
  );
}

/** Whole-number bounds (inclusive), each end optional: "Total tokens 1000 – 5000". */
export function NumberRangeFilter({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: NumberRange;
  onChange: (patch: NumberRange) => void;
  error?: string;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const reversed = value.min !== undefined && value.max !== undefined && value.min > value.max;
  const message = error ?? (reversed ? 'The minimum is above the maximum: nothing can match.' : undefined);
  const invalidBy = message ? errorId : undefined;
  return (
    <fieldset className={styles.field}>
      <legend className={styles.label}>{label}</legend>
      <div className={styles.row}>
        <Bound
          label={`${label}, minimum`}
          value={value.min}
          onCommit={(min) => onChange({ min })}
          errorId={invalidBy}
        />
        <span className={styles.dash} aria-hidden="true">
          –
        </span>
        <Bound
          label={`${label}, maximum`}
          value={value.max}
          onCommit={(max) => onChange({ max })}
          errorId={invalidBy}
        />
      </div>
      <FieldError id={errorId} error={message} />
    </fieldset>
  );
}
