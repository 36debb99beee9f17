import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from './chart-frame';
import { chartTheme } from './chart-theme';
import { ChartTooltipBox } from './chart-tooltip';
import { niceTicks } from './nice-ticks';
import { formatNumber } from '@/lib/format/number';

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
  const ticks = niceTicks(Math.max(0, ...rows.map((d) => d.value)));
  return (
    <ChartFrame summary={summary} height={height} clickable={Boolean(onSelect)}>
      <BarChart
        data={rows}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        accessibilityLayer={false}
        onClick={(state) => {
          const datum = rows[Number(state?.activeIndex)];
          if (datum && onSelect) onSelect(datum.key);
        }}
      >
        <CartesianGrid vertical={false} stroke={chartTheme.grid} />
        <XAxis
          dataKey="label"
          tick={chartTheme.tick}
          tickLine={false}
          axisLine={{ stroke: chartTheme.axis }}
          interval="preserveStartEnd"
          minTickGap={16}
        />
        <YAxis
          ticks={ticks}
          domain={[0, ticks[ticks.length - 1]]}
          tickFormatter={formatNumber}
          tick={chartTheme.tick}
          tickLine={false}
          axisLine={false}
          width={52}
        />
        <Tooltip
          cursor={{ fill: chartTheme.cursor }}
          isAnimationActive={false}
          content={({ active, payload }) => {
            const datum = payload?.[0]?.payload as DailyDatum | undefined;
            if (!active || !datum) return null;
            return (
              <ChartTooltipBox
                title={title(datum)}
                rows={[{ key: 'value', label: seriesLabel, value: valueText(datum.value), color }]}
                hint={hint}
              />
            );
          }}
        />
        <Bar
          dataKey="value"
          name={seriesLabel}
          fill={color}
          radius={[2, 2, 0, 0]}
          isAnimationActive={false}
          maxBarSize={40}
        />
      </BarChart>
    </ChartFrame>
  );
}
