import type { ReactNode } from 'react';
import { formatCount } from '@/lib/format';
import styles from './data-table.module.css';

/**
 * The table toolbar's count, announced as it changes: "1,204 turns in total", or "12 turns
 * match" while a filter is applied. `children` follow it in the same line.
 */
export function ResultCount({
  total,
  noun,
  filtered,
  children,
}: {
  total: number;
  /** Singular, e.g. "turn". */
  noun: string;
  filtered: boolean;
  children?: ReactNode;
}) {
  return (
    <p className={styles.count} aria-live="polite">
      {formatCount(total, noun)}
      {filtered ? (total === 1 ? ' matches' : ' match') : ' in total'}
      {children}
    </p>
  );
}
