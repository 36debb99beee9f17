import { useId } from 'react';
import { FieldError } from './select-filter';
import { useCommittedText } from './use-committed-text';
import styles from './filters.module.css';

/**
 * A text filter that applies itself while typing (after a pause), on Enter and on leaving the
 * field. `onCommit` gets the trimmed text or `undefined`; callers write it with
 * `replace: true`, so a search does not leave one history entry per keystroke.
 */
export function TextFilter({
  label,
  value,
  onCommit,
  placeholder,
  debounceMs,
  type = 'search',
  error,
  width = '14rem',
  maxLength = 500,
}: {
  label: string;
  value: string | undefined;
  onCommit: (value: string | undefined) => void;
  placeholder?: string;
  debounceMs?: number;
  type?: 'search' | 'text';
  error?: string;
  width?: string;
  maxLength?: number;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const { text, setText, flush } = useCommittedText(value, onCommit, debounceMs);
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input
        id={id}
        type={type}
        className={styles.control}
        style={{ width }}
        value={text}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') flush();
        }}
        onBlur={flush}
      />
      <FieldError id={errorId} error={error} />
    </div>
  );
}
