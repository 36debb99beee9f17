import { lazy, Suspense, useMemo } from 'react';
import { getApiGeneration } from '@/api/server-info';
import { FilterPanel } from '@/components/filters/filter-panel';
import { groupFields } from '@/lib/filter-fields';
import type { SetFilters } from '@/components/filters/filter-field-control';
import { useUrlFilters } from '@/hooks/use-url-filters';
import { useUtcToday } from '@/hooks/use-utc-today';
import {
  defaultWindowDays,
  kpiFilters,
  OVERVIEW_DEFAULTS,
  OVERVIEW_FILTER_GROUPS,
  OVERVIEW_PRESETS,
  overviewSchema,
  previousKpiFilters,
} from '../utils/overview-filters';
import { ChartCardPlaceholder } from './chart-card';
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

const FIELDS = groupFields(OVERVIEW_FILTER_GROUPS);

/**
 * Everything on the overview that follows the page's filters: the filter bar, the KPI cards with
 * their comparison, and the three charts. URL → filters → request params → query key is one value.
 */
export function KpiOverview() {
  const { filters, setFilters, clearFilters } = useUrlFilters(overviewSchema, {
    fields: FIELDS,
    defaults: OVERVIEW_DEFAULTS,
  });
  const today = useUtcToday();
  const current = useMemo(() => kpiFilters(filters, today), [filters, today]);
  const previous = useMemo(() => previousKpiFilters(current), [current]);
  const windowDays = filters.window_days ?? defaultWindowDays(current, today);

  return (
    <>
      <div className={styles.filters}>
        <FilterPanel
          label="Filters for the figures and charts"
          groups={OVERVIEW_FILTER_GROUPS}
          filters={filters}
          setFilters={setFilters as SetFilters}
          clearFilters={clearFilters}
          error={null}
          generation={getApiGeneration()}
          today={today}
          defaults={OVERVIEW_PRESETS}
        />
      </div>
      <KpiSection filters={current} previous={previous} windowDays={windowDays} />
      <Suspense
        fallback={
          <ChartCardPlaceholder id="volume" title="Turns per day" what="turns per day" height={220} />
        }
      >
        <VolumeChart
          filters={current}
          windowDays={windowDays}
          onWindowDaysChange={(days) => setFilters({ window_days: days })}
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
          <SeverityChart filters={current} windowDays={windowDays} today={today} />
        </Suspense>
        <Suspense
          fallback={
            <ChartCardPlaceholder id="intents" title="Judge intents" what="the judge intents" height={160} />
          }
        >
          <IntentChart filters={current} windowDays={windowDays} />
        </Suspense>
      </div>
    </>
  );
}
