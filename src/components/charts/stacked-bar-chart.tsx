import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from './chart-frame';
import { categoryAxis, chartTooltip, countAxis } from './chart-props';
import { chartTheme } from './chart-theme';
import { ChartLegend, ChartTooltipBox } from './chart-tooltip';

type StackSeries = { key: string; label: string; color: string };
type StackRow = { key: string; label: string; values: Record<string, number> };

type Props = {
  rows: readonly StackRow[];
  /** Bottom to top. */
  series: readonly StackSeries[];
  summary: string;
  title: (row: StackRow) => string;
  valueText: (value: number) => string;
  /** Optional total line in the tooltip, e.g. "Flagged". */
  totalLabel?: string;
  /** Called with the row and series of the clicked segment. */
  onSelect?: (rowKey: string, seriesKey: string) => void;
  hint?: string;
  height?: number;
  /** Replaces the default colour key, e.g. with severity badges. */
  legend?: ReactNode;
};

/** Stacked bars per category (day) with a legend that names every colour. */
export function StackedBarChart({
  rows,
  series,
  summary,
  title,
  valueText,
  totalLabel,
  onSelect,
  hint,
  height = 220,
  legend,
}: Props) {
  const data = rows.map((row) => ({ __key: row.key, __label: row.label, __row: row, ...row.values }));
  const max = Math.max(0, ...rows.map((row) => Object.values(row.values).reduce((sum, v) => sum + v, 0)));
  return (
    <ChartFrame
      summary={summary}
      height={height}
      clickable={Boolean(onSelect)}
      after={legend ?? <ChartLegend items={series} />}
    >
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={chartTheme.grid} />
        <XAxis {...categoryAxis} dataKey="__label" interval="preserveStartEnd" minTickGap={12} />
        <YAxis {...countAxis(max)} width={52} />
        <Tooltip
          {...chartTooltip(({ __row: row }: { __row: StackRow }) => {
            const lines = [...series].reverse().map((s) => ({
              key: s.key,
              label: s.label,
              value: valueText(row.values[s.key] ?? 0),
              color: s.color,
            }));
            if (totalLabel) {
              const total = series.reduce((sum, s) => sum + (row.values[s.key] ?? 0), 0);
              lines.push({ key: '__total', label: totalLabel, value: valueText(total), color: '' });
            }
            return <ChartTooltipBox title={title(row)} rows={lines} hint={hint} />;
          })}
        />
        {series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId="stack"
            fill={s.color}
            isAnimationActive={false}
            maxBarSize={40}
            radius={i === series.length - 1 ? [2, 2, 0, 0] : undefined}
            onClick={(item) => {
              const key = (item?.payload as { __key?: string } | undefined)?.__key;
              if (key && onSelect) onSelect(key, s.key);
            }}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
