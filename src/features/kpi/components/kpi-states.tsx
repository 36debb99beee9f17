import type { QueryKey, UseQueryResult } from '@tanstack/react-query';
import { SlowLoading } from '@/components/feedback/slow-loading';
import { errorMessage, Skeleton } from '@/components/feedback/states';
import type { KpiData as Kpi } from '../api/schema';
import { METRICS } from '../utils/metrics';
import styles from './kpi.module.css';

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
                <p className={styles.value}>
                  <Skeleton width="45%" height="1.5rem" />
                </p>
                <p className={styles.detail}>
                  <Skeleton width="80%" height="0.75rem" />
                </p>
                <p className={styles.delta}>
                  <Skeleton width="70%" height="0.75rem" />
                </p>
                <p className={styles.cardLink}>
                  <Skeleton width="55%" height="0.75rem" />
                </p>
              </div>
            </li>
          ))}
        </ul>
      </SlowLoading>
    </>
  );
}
