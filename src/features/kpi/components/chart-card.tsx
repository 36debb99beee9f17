import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { KpiData as Kpi } from '../api/schema';
import type { TurnFilters } from '@/api/filters';
import { Skeleton } from '@/components/feedback/states';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { formatUtcDayRange } from '@/lib/format/date';
import { filterClipsWindow } from '@/lib/utc-days';
import styles from './kpi.module.css';

/** A chart section with its own loading skeleton; `children` gets the data. */
export function ChartCard({
  id,
  title,
  subtitle,
  actions,
  query,
  what,
  height,
  children,
}: {
  id: string;
  title: string;
  subtitle: ReactNode;
  actions?: ReactNode;
  query: UseQueryResult<Kpi>;
  /** For the error message: "Could not load {what}." */
  what: string;
  height: number;
  children: (kpi: Kpi) => ReactNode;
}) {
  return (
    <Card id={id} title={title} actions={actions}>
      <p className={styles.subtitle}>{subtitle}</p>
      {query.isPending && query.fetchStatus === 'idle' ? (
        // The request this chart shares with the key figures was cancelled there (slow server).
        <div className={styles.notice} role="status">
          Loading {what} was cancelled.{' '}
          <Button size="small" onClick={() => void query.refetch()}>
            Retry
          </Button>
        </div>
      ) : query.isPending ? (
        <>
          <Skeleton height={`${height}px`} label={`Loading ${what}`} />
          {/* Where "Show the numbers" will be. */}
          <Skeleton width="8rem" height="1rem" />
        </>
      ) : query.isError ? (
        // The same `kpi/` answer as the key figures: their one error and Retry stand for this too.
        <p className={styles.unavailable}>Not available: the key figures above could not be loaded.</p>
      ) : (
        <div aria-busy={query.isPlaceholderData}>{children(query.data)}</div>
      )}
    </Card>
  );
}

/**
 * Stands where a chart section will be while its module (and Recharts) loads: the same card,
 * title and plot height, so nothing moves when the chart arrives.
 */
export function ChartCardPlaceholder({
  id,
  title,
  what,
  height,
}: {
  id: string;
  title: string;
  what: string;
  height: number;
}) {
  return (
    <Card id={id} title={title}>
      <Skeleton height="1rem" width="60%" />
      <Skeleton height={`${height}px`} label={`Loading ${what}`} />
    </Card>
  );
}

/** Under a chart of the last `days` UTC days: said when the date filter leaves some of them out. */
export function ClippedDaysNote({
  filters,
  days,
  today,
}: {
  filters: TurnFilters;
  days: number;
  today: string;
}) {
  const clipped = filterClipsWindow(
    { after: filters.created_after, before: filters.created_before },
    days,
    today,
  );
  if (!clipped) return null;
  return (
    <p className={styles.note}>
      Only days inside the date filter ({formatUtcDayRange(filters.created_after, filters.created_before)})
      are counted; the others show 0.
    </p>
  );
}
