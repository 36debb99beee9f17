import type { ReactNode } from 'react';
import { errorMessage, Skeleton } from '@/components/feedback/states';
import { countText, type ScanResult } from '../utils/scan';
import styles from './last-visit.module.css';

/** One count's query, as the panel reads it (two severities are folded into one). */
export type NewCount = {
  result: ScanResult<unknown> | undefined;
  error: unknown;
  isFetching: boolean;
  retry: () => void;
};

/** One thing that may be new: its count ("300+" past the cap), what it is, where to see them. */
export function NewItem({
  label,
  count,
  children,
}: {
  label: string;
  count: NewCount;
  /** Links to the list (and notes on how exactly it matches), shown when there is a count. */
  children?: ReactNode;
}) {
  const { result, error } = count;
  const none = result !== undefined && result.found.length === 0;
  return (
    <li className={styles.item} data-new={result !== undefined && !none ? '' : undefined}>
      <p className={styles.count}>
        {result ? (
          <span className={styles.number}>{countText(result)}</span>
        ) : error ? (
          <span className={styles.number}>—</span>
        ) : (
          <Skeleton width="3rem" height="1.6rem" label={`Counting ${label.toLowerCase()}`} />
        )}
      </p>
      <p className={styles.label}>{label}</p>
      {error !== null && !result ? (
        <p className={styles.note} role="alert">
          Could not count them: {errorMessage(error)}{' '}
          <button
            type="button"
            className={styles.linkButton}
            onClick={count.retry}
            disabled={count.isFetching}
          >
            {count.isFetching ? 'Retrying…' : 'Retry'}
          </button>
        </p>
      ) : none ? (
        <p className={styles.note}>Nothing new.</p>
      ) : (
        result && children
      )}
    </li>
  );
}
