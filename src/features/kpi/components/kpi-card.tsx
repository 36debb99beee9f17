import { useId } from 'react';
import { Link } from 'react-router';
import { Explained } from '@/components/ui/explained';
import type { KpiData as Kpi } from '../api/schema';
import { computeDelta, soFar } from '../utils/deltas';
import type { MetricLink } from '../utils/drilldown';
import type { MetricDefinition } from '../utils/metrics';
import { DeltaLine, type DeltaState } from './delta';
import styles from './kpi.module.css';

export type Comparison =
  { status: 'loading' } | { status: 'none'; reason: string } | { status: 'ready'; kpi: Kpi; period: string };

/**
 * The card's change. A volume is never judged; while the range is in progress (`elapsed` set)
 * a count is shown as a share of the whole previous range and nothing is judged.
 */
function deltaState(
  metric: MetricDefinition,
  kpi: Kpi,
  comparison: Comparison,
  elapsed: number | null,
): DeltaState {
  if (comparison.status !== 'ready') return comparison;
  const basis = metric.compare ?? metric;
  const current = basis.value(kpi);
  const previous = basis.value(comparison.kpi);
  if (elapsed !== null && basis.kind === 'count') {
    const partial = soFar(current, previous);
    if (partial) return partial;
  }
  return computeDelta(basis.kind, elapsed === null ? basis.polarity : 'neutral', current, previous, {
    current: `No current value: ${metric.nullReason(kpi)}`,
    previous: `No value for ${comparison.period}: ${metric.nullReason(comparison.kpi)}`,
  });
}

/**
 * One KPI: the server's number formatted (or "—" with its reason), what it rests on, its change,
 * and the list behind it.
 */
export function KpiCard({
  metric,
  kpi,
  comparison,
  elapsed,
  link,
}: {
  metric: MetricDefinition;
  kpi: Kpi;
  comparison: Comparison;
  /** How much of the date range has passed while it is in progress; null once it is over. */
  elapsed: number | null;
  link: MetricLink | null;
}) {
  const labelId = useId();
  const helpId = useId();
  const value = metric.value(kpi);
  const detail = metric.detail?.(kpi) ?? null;
  const basis = metric.compare ?? metric;
  return (
    <li className={styles.card}>
      <div role="group" aria-labelledby={labelId} aria-describedby={helpId} data-metric={metric.id}>
        <h3 id={labelId} className={styles.label}>
          {metric.label}
        </h3>
        <p className={styles.value}>
          {value === null ? (
            <Explained reason={metric.nullReason(kpi)} label={`${metric.label}: no value`}>
              —
            </Explained>
          ) : (
            <span className={styles.number}>{metric.format(value)}</span>
          )}
          {metric.unit && value !== null && <span className={styles.unit}> {metric.unit}</span>}
        </p>
        <p className={styles.detail}>{detail ?? '\u00a0'}</p>
        <DeltaLine
          state={deltaState(metric, kpi, comparison, elapsed)}
          polarity={basis.polarity}
          period={comparison.status === 'ready' ? comparison.period : 'the previous period'}
          label={metric.compare?.label}
          elapsed={elapsed}
        />
        <p className={styles.cardLink}>
          {link ? (
            <Link to={link.to} title={link.note}>
              {link.text}
            </Link>
          ) : (
            '\u00a0'
          )}
        </p>
        <span id={helpId} hidden>
          {metric.help}
        </span>
      </div>
    </li>
  );
}
