import { useMemo } from 'react';
import { getApiGeneration } from '@/api/server-info';
import { useUtcToday } from '@/hooks/use-utc-today';
import { useOverviewFilters } from '../hooks/use-overview-filters';
import { kpiFilters, previousKpiFilters, selectedRange } from '../utils/overview-filters';
import { OverviewFilterBar } from './filter-bar';
import { IntentChart } from './intent-chart';
import { KpiSection } from './kpi-section';
import { SeverityChart } from './severity-chart';
import { VolumeChart } from './volume-chart';
import styles from './kpi.module.css';

/**
 * Everything on the overview that follows the page's filters: the filter bar, the KPI cards with
 * their comparison, and the three charts. URL → filters → request params → query key is one value.
 */
export function KpiOverview() {
  const { filters, update, reset } = useOverviewFilters();
  const today = useUtcToday();
  const current = useMemo(() => kpiFilters(filters, today), [filters, today]);
  const previous = useMemo(() => previousKpiFilters(current), [current]);
  const range = selectedRange(filters, today);

  return (
    <>
      <OverviewFilterBar
        filters={filters}
        range={range}
        generation={getApiGeneration()}
        onChange={update}
        onReset={reset}
      />
      <KpiSection filters={current} previous={previous} windowDays={filters.window_days} today={today} />
      <VolumeChart
        filters={current}
        windowDays={filters.window_days}
        onWindowDaysChange={(days) => update({ window_days: days })}
        today={today}
      />
      <div className={styles.chartRow}>
        <SeverityChart filters={current} windowDays={filters.window_days} today={today} />
        <IntentChart filters={current} windowDays={filters.window_days} />
      </div>
    </>
  );
}
