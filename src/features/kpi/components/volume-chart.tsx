import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import type { TurnFilters } from '@/api/filters';
import { ChartData } from '@/components/charts/chart-frame';
import { DailyBarChart } from '@/components/charts/daily-bar-chart';
import { EmptyState } from '@/components/feedback/states';
import { Segmented } from '@/components/ui/segmented';
import { formatUtcDayLong, formatUtcDayRange } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { kpiQueries } from '../api/queries';
import { lastDays } from '@/lib/utc-days';
import { dayTurnsHref } from '../utils/drilldown';
import { WINDOW_DAYS, type WindowDays } from '../utils/overview-filters';
import { summarizeVolume, volumeSeries, volumeTotal } from '../utils/series';
import { ChartCard, ClippedDaysNote } from './chart-card';
import styles from './kpi.module.css';

const turns = (n: number) => `${formatNumber(n)} ${n === 1 ? 'turn' : 'turns'}`;

/** Turns per UTC day over `window_days`, with a 7/14/30/90 selector; a day opens its turns. */
export function VolumeChart({
  filters,
  windowDays,
  onWindowDaysChange,
  today,
}: {
  filters: TurnFilters;
  windowDays: WindowDays;
  onWindowDaysChange: (days: WindowDays) => void;
  today: string;
}) {
  const query = useQuery(kpiQueries.summary(filters, windowDays));
  const navigate = useNavigate();
  const shown = lastDays(windowDays, today);
  // `daily_volume` always ends today (docs/api.md §3.5): a range that starts earlier is cut.
  const cut = !filters.created_after || filters.created_after < shown.after;

  return (
    <ChartCard
      id="volume"
      title="Turns per day"
      what="turns per day"
      height={220}
      query={query}
      subtitle={
        <>
          Last {windowDays} UTC days ({formatUtcDayRange(shown.after, shown.before)}), with the page’s
          filters.
        </>
      }
      actions={
        <span className={styles.windowLabel}>
          <span id="volume-window-label">Days shown</span>
          <Segmented aria-labelledby="volume-window-label">
            {WINDOW_DAYS.map((days) => (
              <button
                key={days}
                type="button"
                aria-pressed={days === windowDays}
                onClick={() => onWindowDaysChange(days)}
              >
                {days} days
              </button>
            ))}
          </Segmented>
        </span>
      }
    >
      {(kpi) => {
        const points = volumeSeries(kpi.daily_volume);
        if (volumeTotal(points) === 0) {
          return (
            <EmptyState title={`No turns in the last ${windowDays} UTC days`}>
              Nothing matches the page’s filters on these days.
            </EmptyState>
          );
        }
        return (
          <>
            <DailyBarChart
              data={points.map((p) => ({ key: p.date, label: p.label, value: p.count }))}
              summary={summarizeVolume(points)}
              title={(d) => `${formatUtcDayLong(d.key)} (UTC)`}
              valueText={turns}
              seriesLabel="Turns"
              hint="Click to open these turns"
              onSelect={(day) => void navigate(dayTurnsHref(day, filters))}
            />
            <ClippedDaysNote filters={filters} days={windowDays} today={today} />
            {cut && (
              <p className={styles.note}>
                The date range starts before these {windowDays} days; the server counts turns per day only for
                the days up to today that you pick here.
              </p>
            )}
            <ChartData
              caption="Turns per UTC day, newest first"
              columns={[
                { key: 'day', header: 'Day (UTC)' },
                { key: 'turns', header: 'Turns', numeric: true },
                { key: 'link', header: <span className="visually-hidden">Link</span> },
              ]}
              rows={[...points].reverse().map((p) => ({
                key: p.date,
                header: formatUtcDayLong(p.date),
                cells: [
                  formatNumber(p.count),
                  p.count > 0 && (
                    <Link
                      to={dayTurnsHref(p.date, filters)}
                      aria-label={`View ${turns(p.count)} on ${formatUtcDayLong(p.date)}`}
                    >
                      View turns
                    </Link>
                  ),
                ],
              }))}
            />
          </>
        );
      }}
    </ChartCard>
  );
}
