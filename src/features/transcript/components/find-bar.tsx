import type { RefObject } from 'react';
import { Button } from '@/components/ui/button';
import { formatNumber } from '@/lib/format/number';
import styles from './transcript-toolbar.module.css';

type Props = {
  query: string;
  onQueryChange: (query: string) => void;
  /** Index of the current match (0-based), -1 for none. */
  current: number;
  total: number;
  onNext: () => void;
  onPrevious: () => void;
  inputRef: RefObject<HTMLInputElement | null>;
  /** Only the first turns are here: the query can be typed, it is counted once every turn is. */
  pending?: boolean;
};

/** Find in transcript: the count, next/previous, Enter / Shift+Enter, Esc to leave. */
export function FindBar({
  query,
  onQueryChange,
  current,
  total,
  onNext,
  onPrevious,
  inputRef,
  pending = false,
}: Props) {
  const active = query.trim() !== '';
  const status = !active
    ? ''
    : pending
      ? 'Counted when every turn has loaded'
      : total === 0
        ? 'No matches'
        : `${formatNumber(current + 1)} of ${formatNumber(total)}`;
  return (
    <div className={styles.find} role="search">
      <input
        ref={inputRef}
        type="search"
        className={styles.findInput}
        aria-label="Find in transcript"
        placeholder="Find in transcript  /"
        value={query}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            if (event.shiftKey) onPrevious();
            else onNext();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            if (query) onQueryChange('');
            else event.currentTarget.blur();
          }
        }}
      />
      <span className={styles.findStatus} role="status" aria-live="polite" aria-atomic="true">
        {status}
      </span>
      {[
        { step: onPrevious, label: 'Previous match', key: 'Shift+Enter', arrow: '↑' },
        { step: onNext, label: 'Next match', key: 'Enter', arrow: '↓' },
      ].map(({ step, label, key, arrow }) => (
        <Button
          key={label}
          size="small"
          onClick={step}
          disabled={pending || total === 0}
          aria-label={label}
          title={`${label} (${key})`}
        >
          {arrow}
        </Button>
      ))}
    </div>
  );
}
