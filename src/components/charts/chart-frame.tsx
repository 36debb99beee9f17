import { createContext, useContext, useId, type ReactElement, type ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import styles from './charts.module.css';

/**
 * A fixed chart size instead of measuring the container. Tests provide one because happy-dom
 * has no layout, so a measuring container would render nothing.
 */
export const ChartSizeContext = createContext<{ width: number } | null>(null);

/**
 * A chart with its text alternative. The drawing is hidden from assistive technology; the
 * caption (visually hidden) says what it shows, and each chart offers its numbers and
 * drill-down links as a table next to it for keyboard and screen-reader users.
 */
export function ChartFrame({
  summary,
  height,
  clickable = false,
  children,
  after,
}: {
  /** What the chart shows, in sentences. */
  summary: string;
  height: number;
  clickable?: boolean;
  /** The Recharts chart element. */
  children: ReactElement;
  /** Visible extras below the plot (legend). */
  after?: ReactNode;
}) {
  const fixed = useContext(ChartSizeContext);
  const captionId = useId();
  return (
    <figure className={styles.figure} aria-labelledby={captionId}>
      <div
        className={[styles.plot, clickable && styles.clickable].filter(Boolean).join(' ')}
        style={{ height }}
        aria-hidden="true"
      >
        {fixed ? (
          <ResponsiveContainer width={fixed.width} height={height}>
            {children}
          </ResponsiveContainer>
        ) : (
          <ResponsiveContainer width="100%" height={height} minWidth={0}>
            {children}
          </ResponsiveContainer>
        )}
      </div>
      {after}
      <figcaption id={captionId} className="visually-hidden">
        {summary}
      </figcaption>
    </figure>
  );
}

/** The chart's numbers as a table (with links) behind a disclosure. */
export function ChartData({ label = 'Show the numbers', children }: { label?: string; children: ReactNode }) {
  return (
    <details className={styles.data}>
      <summary>{label}</summary>
      <div className={styles.dataBody}>{children}</div>
    </details>
  );
}
