import type { Severity } from '@/api/filters';
import type { KpiData as Kpi } from '../api/schema';
import { formatUtcDay, formatUtcDayRange } from '@/lib/format/date';
import { formatNumber, formatPercent } from '@/lib/format/number';
import { intentWords } from '@/lib/format/text';
import { SEVERITY_LABEL } from '@/lib/severity';

const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

// ---------------------------------------------------------------- daily volume

export type VolumePoint = { date: string; label: string; count: number };

/** `daily_volume` as chart points, oldest first (the server sends it ascending; do not rely on it). */
export function volumeSeries(dailyVolume: Kpi['daily_volume']): VolumePoint[] {
  return [...dailyVolume]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map(({ date, count }) => ({ date, label: formatUtcDay(date), count }));
}

export function volumeTotal(points: readonly VolumePoint[]): number {
  return points.reduce((sum, p) => sum + p.count, 0);
}

/** The chart in one or two sentences, for screen readers and tests. */
export function summarizeVolume(points: readonly VolumePoint[]): string {
  if (points.length === 0) return 'The server sent no daily counts.';
  const days = points.length;
  const range = formatUtcDayRange(points[0].date, points[days - 1].date);
  const total = volumeTotal(points);
  const head = `${plural(total, 'turn', 'turns')} over ${plural(days, 'UTC day', 'UTC days')} (${range}).`;
  if (total === 0) return `${head} No turns on any day.`;
  const busiest = points.reduce((best, p) => (p.count > best.count ? p : best), points[0]);
  const quiet = points.filter((p) => p.count === 0).length;
  const tail = quiet > 0 ? ` ${plural(quiet, 'day', 'days')} without turns.` : '';
  return `${head} Busiest day: ${busiest.label} with ${plural(busiest.count, 'turn', 'turns')}.${tail}`;
}

// ---------------------------------------------------------------- severity by day

export type FlaggedSeverity = Exclude<Severity, 'none'>;
export const FLAGGED_SEVERITIES: readonly FlaggedSeverity[] = ['low', 'medium', 'high', 'critical'];

export type SeverityRow = { date: string; label: string; none: number; flagged: number } & Record<
  FlaggedSeverity,
  number
>;

const SERIES_KEY: Record<Severity, keyof Kpi['severity_by_day']['series']> = {
  none: 'NONE',
  low: 'LOW',
  medium: 'MEDIUM',
  high: 'HIGH',
  critical: 'CRITICAL',
};

/** One row per day with a count per severity; a short or missing series counts as 0, never NaN. */
export function severitySeries(severityByDay: Kpi['severity_by_day']): SeverityRow[] {
  const at = (severity: Severity, index: number): number => {
    const value = severityByDay.series[SERIES_KEY[severity]]?.[index];
    return typeof value === 'number' && Number.isFinite(value) ? value : 0;
  };
  return severityByDay.labels.map((date, i) => {
    const row = {
      date,
      label: formatUtcDay(date),
      none: at('none', i),
      low: at('low', i),
      medium: at('medium', i),
      high: at('high', i),
      critical: at('critical', i),
    };
    return { ...row, flagged: row.low + row.medium + row.high + row.critical };
  });
}

export function severityTotals(rows: readonly SeverityRow[]): Record<Severity, number> & { flagged: number } {
  const totals = { none: 0, low: 0, medium: 0, high: 0, critical: 0, flagged: 0 };
  for (const row of rows) {
    totals.none += row.none;
    totals.low += row.low;
    totals.medium += row.medium;
    totals.high += row.high;
    totals.critical += row.critical;
    totals.flagged += row.flagged;
  }
  return totals;
}

export function summarizeSeverity(rows: readonly SeverityRow[]): string {
  if (rows.length === 0) return 'The server sent no severity counts.';
  const totals = severityTotals(rows);
  const range = formatUtcDayRange(rows[0].date, rows[rows.length - 1].date);
  const days = plural(rows.length, 'UTC day', 'UTC days');
  const unflagged = ` ${plural(totals.none, 'unflagged turn is', 'unflagged turns are')} not drawn.`;
  if (totals.flagged === 0) return `No flagged turns over ${days} (${range}).${unflagged}`;
  const parts = FLAGGED_SEVERITIES.map(
    (s) => `${formatNumber(totals[s])} ${SEVERITY_LABEL[s].toLowerCase()}`,
  );
  const worst = rows.reduce((best, r) => (r.flagged > best.flagged ? r : best), rows[0]);
  return (
    `${plural(totals.flagged, 'flagged turn', 'flagged turns')} over ${days} (${range}): ${parts.join(', ')}. ` +
    `Most on ${worst.label} with ${formatNumber(worst.flagged)}.${unflagged}`
  );
}

// ---------------------------------------------------------------- judge intents

export type IntentBar = { slug: string; label: string; count: number; share: number };

/**
 * Intent counts as bars, largest first (ties by slug so the order is stable). `null` when the
 * server left the field out: nothing has been reviewed, which is a state, not an error.
 */
export function intentSeries(distribution: Kpi['llm_intent_distribution']): IntentBar[] | null {
  if (!distribution) return null;
  const entries = Object.entries(distribution).filter(([, n]) => Number.isFinite(n) && n > 0);
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  return entries
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .map(([slug, count]) => ({
      slug,
      label: intentWords(slug),
      count,
      share: total > 0 ? count / total : 0,
    }));
}

export function summarizeIntents(bars: readonly IntentBar[] | null): string {
  if (bars === null)
    return 'Not reviewed yet: the nightly judge has not scored any conversation in this range.';
  if (bars.length === 0) return 'The judge recorded no intents in this range.';
  const total = bars.reduce((sum, b) => sum + b.count, 0);
  const parts = bars.map((b) => `${b.label} ${formatNumber(b.count)} (${formatPercent(b.share)})`);
  return `${plural(total, 'judge verdict', 'judge verdicts')} by intent: ${parts.join(', ')}.`;
}
