import { useQuery } from '@tanstack/react-query';
import type { TurnFilters } from '@/api/filters';
import { SlowLoading } from '@/components/feedback/slow-loading';
import { SectionError, Skeleton } from '@/components/feedback/states';
import { Card } from '@/components/ui/card';
import { formatUtcDayRange } from '@/lib/format/date';
import { kpiQueries } from '../api/queries';
import { includesToday, rangeLength } from '@/lib/utc-days';
import { METRICS } from '../utils/metrics';
import { KpiCard, type Comparison } from './kpi-card';
import styles from './kpi.module.css';

/** "the previous 7 days (13 Aug – 19 Aug 2026)" */
function periodName(filters: TurnFilters): string {
  const days = rangeLength({ after: filters.created_after, before: filters.created_before });
  const range = formatUtcDayRange(filters.created_after, filters.created_before);
  return days === 1 ? `the previous day (${range})` : `the previous ${days} days (${range})`;
}

/** KPI cards for the page's filters, each compared with the window of equal length before it. */
export function KpiSection({
  filters,
  previous,
  windowDays,
  today,
}: {
  filters: TurnFilters;
  /** The previous window's filters; null when the range is open-ended. */
  previous: TurnFilters | null;
  windowDays: number;
  today: string;
}) {
  const current = useQuery(kpiQueries.summary(filters, windowDays));
  const before = useQuery({ ...kpiQueries.previous(previous ?? filters), enabled: previous !== null });

  let comparison: Comparison;
  if (previous === null) {
    comparison = {
      status: 'none',
      reason: 'An open-ended date range has no previous period of equal length.',
    };
  } else if (before.isError) {
    comparison = { status: 'none', reason: `${capitalize(periodName(previous))} could not be loaded.` };
  } else if (before.data) {
    comparison = { status: 'ready', kpi: before.data, period: periodName(previous) };
  } else {
    comparison = { status: 'loading' };
  }

  const range = { after: filters.created_after, before: filters.created_before };
  const updating = current.isPlaceholderData || (current.isFetching && !current.isPending);

  return (
    <Card
      id="kpi"
      title="Key figures"
      actions={
        <span className={styles.status} role="status">
          {updating && current.data ? 'Updating…' : ''}
        </span>
      }
    >
      <p className={styles.period}>
        <span>
          {capitalize(formatUtcDayRange(range.after, range.before))}{' '}
          <span className={styles.utc}>UTC days</span>
        </span>
        {previous && (
          <span>
            Changes compare with {formatUtcDayRange(previous.created_after, previous.created_before)}
            {includesToday(range, today) && ' (today is still in progress)'}.
          </span>
        )}
      </p>
      {current.isPending ? (
        <SlowLoading
          queryKeys={[
            kpiQueries.summary(filters, windowDays).queryKey,
            ...(previous ? [kpiQueries.previous(previous).queryKey] : []),
          ]}
          what="the key figures"
        >
          <ul className={styles.cards} aria-busy="true">
            {METRICS.map((metric, i) => (
              // The loaded card's own line boxes (label, value, detail, change), so nothing below
              // moves when the figures arrive.
              <li key={metric.id} className={styles.card}>
                <div>
                  <p className={styles.label}>
                    <Skeleton
                      width="60%"
                      height="0.8rem"
                      label={i === 0 ? 'Loading key figures' : undefined}
                    />
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
                </div>
              </li>
            ))}
          </ul>
        </SlowLoading>
      ) : current.isError ? (
        <SectionError error={current.error} onRetry={() => void current.refetch()} what="the key figures" />
      ) : (
        <>
          {comparison.status === 'none' && before.isError && (
            <p className={styles.notice} role="status">
              The comparison with {periodName(previous ?? filters)} could not be loaded; the current figures
              are complete.{' '}
              <button type="button" className={styles.linkButton} onClick={() => void before.refetch()}>
                Retry the comparison
              </button>
            </p>
          )}
          <ul className={styles.cards} aria-busy={updating} data-updating={updating || undefined}>
            {METRICS.map((metric) => (
              <KpiCard key={metric.id} metric={metric} kpi={current.data} comparison={comparison} />
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

function capitalize(text: string): string {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}
