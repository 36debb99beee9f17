import type { ReactNode } from 'react';
import { formatNumber } from '@/lib/format/number';
import styles from './data-table.module.css';

/**
 * The table toolbar's count, announced as it changes: "1,204 turns in total", "12 turns match"
 * while a filter is applied, "12 of 297 visitors match" while a search narrows the rows loaded.
 * `children` follow it in the same line.
 */
export function ResultCount({
  total,
  of,
  noun,
  plural = `${noun}s`,
  filtered,
  children,
}: {
  total: number;
  /** The rows a local search looked through. */
  of?: number;
  /** Singular, e.g. "turn". */
  noun: string;
  plural?: string;
  filtered: boolean;
  children?: ReactNode;
}) {
  const word = (of ?? total) === 1 ? noun : plural;
  return (
    <p className={styles.count} aria-live="polite">
      {formatNumber(total)}
      {of !== undefined && ` of ${formatNumber(of)}`} {word}
      {filtered ? (total === 1 && of === undefined ? ' matches' : ' match') : ' in total'}
      {children}
    </p>
  );
}
