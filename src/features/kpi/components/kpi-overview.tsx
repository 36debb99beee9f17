import { lazy, Suspense, useMemo } from 'react';
import { getApiGeneration } from '@/api/server-info';
import { useUtcToday } from '@/hooks/use-utc-today';
import { useOverviewFilters } from '../hooks/use-overview-filters';
import { kpiFilters, previousKpiFilters, selectedRange } from '../utils/overview-filters';
import { ChartCardPlaceholder } from './chart-card';
import { OverviewFilterBar } from './filter-bar';
import { KpiSection } from './kpi-section';
import styles from './kpi.module.css';

// Recharts is most of the overview's weight: the charts load in their own chunks, started as
// soon as this module runs, so the key figures never wait for them (the bundle check enforces it).
const volumeChart = import('./volume-chart');
const severityChart = import('./severity-chart');
const intentChart = import('./intent-chart');
// A failed chunk surfaces through the lazy component (the route's error boundary), not here.
for (const chunk of [volumeChart, severityChart, intentChart]) chunk.catch(() => undefined);
const VolumeChart = lazy(() => volumeChart.then((m) => ({ default: m.VolumeChart })));
const SeverityChart = lazy(() => severityChart.then((m) => ({ default: m.SeverityChart })));
const IntentChart = lazy(() => intentChart.then((m) => ({ default: m.IntentChart })));

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
      <Suspense
        fallback={
          <ChartCardPlaceholder id="volume" title="Turns per day" what="turns per day" height={220} />
        }
      >
        <VolumeChart
          filters={current}
          windowDays={filters.window_days}
          onWindowDaysChange={(days) => update({ window_days: days })}
          today={today}
        />
      </Suspense>
      <div className={styles.chartRow}>
        <Suspense
          fallback={
            <ChartCardPlaceholder
              id="severity"
              title="Flagged turns by severity"
              what="flagged turns by severity"
              height={220}
            />
          }
        >
          <SeverityChart filters={current} windowDays={filters.window_days} today={today} />
        </Suspense>
        <Suspense
          fallback={
            <ChartCardPlaceholder id="intents" title="Judge intents" what="the judge intents" height={160} />
          }
        >
          <IntentChart filters={current} windowDays={filters.window_days} />
        </Suspense>
      </div>
    </>
  );
}
