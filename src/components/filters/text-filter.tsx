import { useId, type ReactNode } from 'react';
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
  onInput,
  placeholder,
  hint,
  debounceMs,
  type = 'search',
  error,
  width = 'wide',
  maxLength = 500,
}: {
  label: string;
  value: string | undefined;
  onCommit: (value: string | undefined) => void;
  /** Every keystroke, before the pause: for a search over rows already loaded. */
  onInput?: (text: string) => void;
  placeholder?: string;
  hint?: ReactNode;
  debounceMs?: number;
  type?: 'search' | 'text';
  error?: string;
  /** `wide` for words, `id` for an identifier. */
  width?: 'wide' | 'id';
  maxLength?: number;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const { text, setText, flush } = useCommittedText(value, onCommit, { debounceMs, onInput });
  const describedBy = [error && errorId, hint && hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input
        id={id}
        type={type}
        className={`${styles.control} ${width === 'wide' ? styles.wide : styles.id}`}
        value={text}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') flush();
        }}
        onBlur={flush}
      />
      {hint && (
        <span id={hintId} className={`${styles.label} ${styles.hintText}`}>
          {hint}
        </span>
      )}
      <FieldError id={errorId} error={error} />
    </div>
  );
}
