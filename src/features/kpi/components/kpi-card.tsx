import { useId } from 'react';
import type { KpiData as Kpi } from '../api/schema';
import { computeDelta } from '../utils/deltas';
import type { MetricDefinition } from '../utils/metrics';
import { DeltaLine, type DeltaState } from './delta';
import { Explained } from '@/components/ui/explained';
import styles from './kpi.module.css';

export type Comparison =
  { status: 'loading' } | { status: 'none'; reason: string } | { status: 'ready'; kpi: Kpi; period: string };

function deltaState(metric: MetricDefinition, kpi: Kpi, comparison: Comparison): DeltaState {
  if (comparison.status !== 'ready') return comparison;
  const current = metric.value(kpi);
  const previous = metric.value(comparison.kpi);
  return computeDelta(metric.kind, metric.polarity, current, previous, {
    current: `No current value: ${metric.nullReason(kpi)}`,
    previous: `No value for ${comparison.period}: ${metric.nullReason(comparison.kpi)}`,
  });
}

/** One KPI: the server's number formatted (or "—" with its reason), what it rests on, its change. */
export function KpiCard({
  metric,
  kpi,
  comparison,
}: {
  metric: MetricDefinition;
  kpi: Kpi;
  comparison: Comparison;
}) {
  const labelId = useId();
  const helpId = useId();
  const value = metric.value(kpi);
  const detail = metric.detail?.(kpi) ?? null;
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
          state={deltaState(metric, kpi, comparison)}
          polarity={metric.polarity}
          period={comparison.status === 'ready' ? comparison.period : 'the previous period'}
        />
        <span id={helpId} hidden>
          {metric.help}
        </span>
      </div>
    </li>
  );
}
