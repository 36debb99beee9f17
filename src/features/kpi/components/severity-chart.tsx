import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import type { Severity, TurnFilters } from '@/api/filters';
import { ChartData } from '@/components/charts/chart-frame';
import { severityFill } from '@/components/charts/chart-theme';
import { StackedBarChart } from '@/components/charts/stacked-bar-chart';
import { EmptyState } from '@/components/feedback/states';
import { SeverityLegend } from '@/components/ui/severity-badge';
import { formatUtcDayLong } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { SEVERITY_LABEL } from '@/lib/severity';
import { kpiQueries } from '../api/queries';
import { daySeverityHref } from '../utils/drilldown';
import {
  FLAGGED_SEVERITIES,
  severitySeries,
  severityTotals,
  summarizeSeverity,
  type SeverityRow,
} from '../utils/series';
import { ChartCard, ClippedDaysNote } from './chart-card';

const turns = (n: number) => `${formatNumber(n)} ${n === 1 ? 'turn' : 'turns'}`;

const SERIES = FLAGGED_SEVERITIES.map((s) => ({ key: s, label: SEVERITY_LABEL[s], color: severityFill[s] }));

function cellLabel(count: number, severity: Severity, day: string): string {
  const what = severity === 'none' ? 'unflagged' : `${SEVERITY_LABEL[severity].toLowerCase()}-severity`;
  return `View ${formatNumber(count)} ${what} ${count === 1 ? 'turn' : 'turns'} on ${formatUtcDayLong(day)}`;
}

/** Flagged turns per UTC day by severity (the server's fixed 14 days), stacked in badge colours. */
export function SeverityChart({
  filters,
  windowDays,
  today,
}: {
  filters: TurnFilters;
  windowDays: number;
  today: string;
}) {
  const query = useQuery(kpiQueries.summary(filters, windowDays));
  const navigate = useNavigate();
  return (
    <ChartCard
      id="severity"
      title="Flagged turns by severity"
      what="flagged turns by severity"
      height={220}
      query={query}
      subtitle="Last 14 UTC days, with the page’s filters: the server counts severities over these 14 days only, whatever the date range. Unflagged turns are left out of the bars."
    >
      {(kpi) => {
        const rows = severitySeries(kpi.severity_by_day);
        const totals = severityTotals(rows);
        const summary = summarizeSeverity(rows);
        return (
          <>
            {totals.flagged === 0 ? (
              <EmptyState title="No flagged turns in the last 14 UTC days">
                {formatNumber(totals.none)} unflagged {totals.none === 1 ? 'turn' : 'turns'} on these days.
              </EmptyState>
            ) : (
              <StackedBarChart
                rows={rows.map((r) => ({
                  key: r.date,
                  label: r.label,
                  values: { low: r.low, medium: r.medium, high: r.high, critical: r.critical },
                }))}
                series={SERIES}
                legend={<SeverityLegend values={FLAGGED_SEVERITIES} />}
                summary={summary}
                title={(row) => `${formatUtcDayLong(row.key)} (UTC)`}
                valueText={turns}
                totalLabel="Flagged"
                hint="Click a segment to open those turns"
                onSelect={(day, severity) =>
                  void navigate(daySeverityHref(day, severity as Severity, filters))
                }
              />
            )}
            <ClippedDaysNote filters={filters} days={14} today={today} />
            <SeverityData rows={rows} filters={filters} />
          </>
        );
      }}
    </ChartCard>
  );
}

function SeverityData({ rows, filters }: { rows: SeverityRow[]; filters: TurnFilters }) {
  const columns: Severity[] = [...FLAGGED_SEVERITIES, 'none'];
  return (
    <ChartData
      caption="Turns per UTC day by severity, newest first"
      columns={[
        { key: 'day', header: 'Day (UTC)' },
        ...columns.map((s) => ({
          key: s,
          header: s === 'none' ? 'Unflagged' : SEVERITY_LABEL[s],
          numeric: true,
        })),
      ]}
      rows={[...rows].reverse().map((row) => ({
        key: row.date,
        header: formatUtcDayLong(row.date),
        cells: columns.map((s) =>
          row[s] > 0 ? (
            <Link to={daySeverityHref(row.date, s, filters)} aria-label={cellLabel(row[s], s, row.date)}>
              {formatNumber(row[s])}
            </Link>
          ) : (
            formatNumber(row[s])
          ),
        ),
      }))}
    />
  );
}
