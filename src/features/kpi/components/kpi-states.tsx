import type { QueryKey, UseQueryResult } from '@tanstack/react-query';
import { SlowLoading } from '@/components/feedback/slow-loading';
import { errorMessage, Skeleton } from '@/components/feedback/states';
import type { KpiData as Kpi } from '../api/schema';
import { METRICS } from '../utils/metrics';
import styles from './kpi.module.css';

/** A card's lines under its label: class, skeleton width and height (the line's own height). */
const LINES = [
  ['value', '45%', '1.5rem'],
  ['detail', '80%', '0.75rem'],
  ['delta', '70%', '0.75rem'],
  ['cardLink', '55%', '0.75rem'],
] as const;

/**
 * The key figures while `kpi/` loads: each card's own line boxes (label, value, detail, change,
 * link), so nothing below moves when they arrive. While the query client retries a failed
 * request (docs/api.md §1.3: 429 and 5xx are retried with backoff) it says so.
 */
export function KpiLoading({ query, queryKeys }: { query: UseQueryResult<Kpi>; queryKeys: QueryKey[] }) {
  return (
    <>
      {query.failureCount > 0 && (
        <p className={styles.notice} role="status">
          Loading the key figures failed ({errorMessage(query.failureReason)}); retrying…
        </p>
      )}
      <SlowLoading queryKeys={queryKeys} what="the key figures">
        <ul className={styles.cards} aria-busy="true">
          {METRICS.map((metric, i) => (
            <li key={metric.id} className={styles.card}>
              <div>
                <p className={styles.label}>
                  <Skeleton width="60%" height="0.8rem" label={i === 0 ? 'Loading key figures' : undefined} />
                </p>
                {LINES.map(([line, width, height]) => (
                  <p key={line} className={styles[line]}>
                    <Skeleton width={width} height={height} />
                  </p>
                ))}
              </div>
            </li>
          ))}
        </ul>
      </SlowLoading>
    </>
  );
}
