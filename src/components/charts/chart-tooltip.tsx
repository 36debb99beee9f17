import type { CSSProperties, ReactNode } from 'react';
import styles from './charts.module.css';

export type TooltipRow = { key: string; label: string; value: string; color?: string };

/** The one tooltip look for every chart: a title, labelled values, an optional hint. */
export function ChartTooltipBox({
  title,
  rows,
  hint,
}: {
  title: ReactNode;
  rows: TooltipRow[];
  hint?: string;
}) {
  return (
    <div className={styles.tooltip}>
      <p className={styles.tooltipTitle}>{title}</p>
      <ul className={styles.tooltipRows}>
        {rows.map((row) => (
          <li key={row.key} className={styles.tooltipRow}>
            {row.color && <Swatch color={row.color} />}
            <span>{row.label}</span>
            <span className={styles.tooltipValue}>{row.value}</span>
          </li>
        ))}
      </ul>
      {hint && <p className={styles.tooltipHint}>{hint}</p>}
    </div>
  );
}

function Swatch({ color }: { color: string }) {
  return <span aria-hidden="true" className={styles.swatch} style={{ '--swatch': color } as CSSProperties} />;
}

/** A colour key where each colour also has its word. */
export function ChartLegend({ items }: { items: readonly { key: string; label: string; color: string }[] }) {
  return (
    <ul className={styles.legend} aria-label="Legend">
      {items.map((item) => (
        <li key={item.key} className={styles.legendItem}>
          <Swatch color={item.color} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
