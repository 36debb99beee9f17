import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from './chart-frame';
import { categoryAxis, chartTooltip, countAxis, selectByColumn, valueBars } from './chart-props';
import { chartTheme } from './chart-theme';
import { ChartTooltipBox } from './chart-tooltip';

type DailyDatum = { key: string; label: string; value: number };

type Props = {
  data: readonly DailyDatum[];
  /** Text alternative (visually hidden caption). */
  summary: string;
  /** Tooltip heading for a datum, e.g. the long date. */
  title: (datum: DailyDatum) => string;
  /** The value with its unit, e.g. "12 turns". */
  valueText: (value: number) => string;
  seriesLabel: string;
  /** Called with the datum's key when its column is clicked. */
  onSelect?: (key: string) => void;
  hint?: string;
  height?: number;
  color?: string;
};

/** One bar per day; clicking anywhere in a day's column selects that day (even a 0 bar). */
export function DailyBarChart({
  data,
  summary,
  title,
  valueText,
  seriesLabel,
  onSelect,
  hint,
  height = 220,
  color = chartTheme.primary,
}: Props) {
  const rows = data.map((d) => ({ ...d }));
  return (
    <ChartFrame summary={summary} height={height} clickable={Boolean(onSelect)}>
      <BarChart
        data={rows}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        accessibilityLayer={false}
        onClick={selectByColumn(rows, onSelect)}
      >
        <CartesianGrid vertical={false} stroke={chartTheme.grid} />
        <XAxis {...categoryAxis} dataKey="label" interval="preserveStartEnd" minTickGap={16} />
        <YAxis {...countAxis(Math.max(0, ...rows.map((d) => d.value)))} width={52} />
        <Tooltip
          {...chartTooltip((datum: DailyDatum) => (
            <ChartTooltipBox
              title={title(datum)}
              rows={[{ key: 'value', label: seriesLabel, value: valueText(datum.value), color }]}
              hint={hint}
            />
          ))}
        />
        <Bar {...valueBars(seriesLabel, color)} radius={[2, 2, 0, 0]} maxBarSize={40} />
      </BarChart>
    </ChartFrame>
  );
}
