import type { ReactNode } from 'react';
import { LabelledField } from './labelled-field';
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
  const { text, setText, flush } = useCommittedText(value, onCommit, { debounceMs, onInput });
  return (
    <LabelledField label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          type={type}
          className={`${styles.control} ${width === 'wide' ? styles.wide : styles.id}`}
          value={text}
          placeholder={placeholder}
          spellCheck={false}
          autoComplete="off"
          maxLength={maxLength}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') flush();
          }}
          onBlur={flush}
        />
      )}
    </LabelledField>
  );
}
