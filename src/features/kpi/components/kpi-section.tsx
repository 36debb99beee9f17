import { useQuery } from '@tanstack/react-query';
import type { TurnFilters } from '@/api/filters';
import { getApiGeneration } from '@/api/server-info';
import { SectionError } from '@/components/feedback/states';
import { Card } from '@/components/ui/card';
import { useNow } from '@/hooks/use-now';
import { formatUtcDayRange } from '@/lib/format/date';
import { formatRate } from '@/lib/format/number';
import { rangeLength } from '@/lib/utc-days';
import { kpiQueries } from '../api/queries';
import { elapsedShare } from '../utils/deltas';
import { metricLink } from '../utils/drilldown';
import { metricsFor } from '../utils/metrics';
import { KpiCard, type Comparison } from './kpi-card';
import { KpiLoading } from './kpi-states';
import styles from './kpi.module.css';

/** "the previous 7 days (13 Aug – 19 Aug 2026)" */
function periodName(filters: TurnFilters): string {
  const days = rangeLength({ after: filters.created_after, before: filters.created_before });
  const range = formatUtcDayRange(filters.created_after, filters.created_before);
  return days === 1 ? `the previous day (${range})` : `the previous ${days} days (${range})`;
}

/** How the cards compare, in one sentence under the range. */
function comparisonNote(previous: TurnFilters, elapsed: number | null): string {
  const with_ = `Changes compare with ${formatUtcDayRange(previous.created_after, previous.created_before)}`;
  if (elapsed === null)
    return `${with_}. Quality figures say better or worse; volumes only how much they changed.`;
  return `${with_}. This range is still in progress (${formatRate(elapsed)} of it has passed): counts show how much of the previous range's total they have reached so far, and no change is judged better or worse until the range is over.`;
}

/** KPI cards for the page's filters, each compared with the window of equal length before it. */
export function KpiSection({
  filters,
  previous,
  windowDays,
}: {
  filters: TurnFilters;
  /** The previous window's filters; null when the range is open-ended. */
  previous: TurnFilters | null;
  windowDays: number;
}) {
  const current = useQuery(kpiQueries.summary(filters, windowDays));
  const before = useQuery({ ...kpiQueries.previous(previous ?? filters), enabled: previous !== null });
  const now = useNow(60_000);
  const range = { after: filters.created_after, before: filters.created_before };
  const elapsed = previous ? elapsedShare(range, now) : null;

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

  const updating = current.isPlaceholderData || (current.isFetching && !current.isPending);
  const generation = getApiGeneration();

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
        {previous && <span>{comparisonNote(previous, elapsed)}</span>}
      </p>
      {current.isPending ? (
        <KpiLoading
          query={current}
          queryKeys={[
            kpiQueries.summary(filters, windowDays).queryKey,
            ...(previous ? [kpiQueries.previous(previous).queryKey] : []),
          ]}
        />
      ) : current.isError ? (
        <SectionError
          what="the key figures and charts"
          error={current.error}
          onRetry={() => void current.refetch()}
          retrying={current.isFetching}
        />
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
            {metricsFor(current.data).map((metric) => (
              <KpiCard
                key={metric.id}
                metric={metric}
                kpi={current.data}
                comparison={comparison}
                elapsed={elapsed}
                link={metricLink(metric.id, current.data, filters, generation)}
              />
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
