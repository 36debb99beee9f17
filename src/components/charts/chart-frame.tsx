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

type ChartDataColumn = { key: string; header: ReactNode; numeric?: boolean };
type ChartDataRow = { key: string; header: ReactNode; cells: ReactNode[] };

/**
 * The chart's numbers as a table (with links) behind a disclosure: a header row of `columns`,
 * then each row's header cell and its `cells` under the other columns (numeric ones right-aligned).
 */
export function ChartData({
  label = 'Show the numbers',
  caption,
  columns,
  rows,
}: {
  label?: string;
  /** Visually hidden: what the table lists, in what order. */
  caption: string;
  columns: readonly ChartDataColumn[];
  rows: readonly ChartDataRow[];
}) {
  const num = (column: ChartDataColumn | undefined) => (column?.numeric ? 'num' : undefined);
  return (
    <details className={styles.data}>
      <summary>{label}</summary>
      <div className={styles.dataBody}>
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.key} scope="col" className={num(column)}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.header}</th>
                {row.cells.map((cell, i) => (
                  <td key={columns[i + 1]?.key ?? i} className={num(columns[i + 1])}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
