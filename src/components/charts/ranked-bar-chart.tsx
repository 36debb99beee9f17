import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from './chart-frame';
import { categoryAxis, chartTooltip, countAxis, selectByColumn, valueBars } from './chart-props';
import { chartTheme } from './chart-theme';
import { ChartTooltipBox } from './chart-tooltip';

type RankedDatum = { key: string; label: string; value: number; share?: string };

type Props = {
  /** Already sorted, largest first. */
  data: readonly RankedDatum[];
  summary: string;
  valueText: (value: number) => string;
  seriesLabel: string;
  onSelect?: (key: string) => void;
  hint?: string;
  color?: string;
};

const BAR = 26;
const MAX_LABEL = 28;

function truncate(text: string): string {
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}

/** Horizontal bars, one per category, with the count at the end of each bar. */
export function RankedBarChart({
  data,
  summary,
  valueText,
  seriesLabel,
  onSelect,
  hint,
  color = chartTheme.primary,
}: Props) {
  const rows = data.map((d) => ({ ...d, short: truncate(d.label) }));
  const longest = rows.reduce((n, r) => Math.max(n, r.short.length), 0);
  const labelWidth = Math.min(220, Math.max(72, longest * 7 + 12));
  const height = Math.max(96, rows.length * BAR + 36);
  return (
    <ChartFrame summary={summary} height={height} clickable={Boolean(onSelect)}>
      <BarChart
        data={rows}
        layout="vertical"
        margin={{ top: 4, right: 48, bottom: 4, left: 0 }}
        barCategoryGap={5}
        accessibilityLayer={false}
        onClick={selectByColumn(rows, onSelect)}
      >
        <CartesianGrid horizontal={false} stroke={chartTheme.grid} />
        <XAxis {...countAxis(Math.max(0, ...rows.map((r) => r.value)))} type="number" />
        <YAxis
          {...categoryAxis}
          type="category"
          dataKey="short"
          width={labelWidth}
          tick={chartTheme.label}
          interval={0}
        />
        <Tooltip
          {...chartTooltip((datum: RankedDatum) => (
            <ChartTooltipBox
              title={datum.label}
              rows={[
                {
                  key: 'value',
                  label: seriesLabel,
                  value: datum.share ? `${valueText(datum.value)} (${datum.share})` : valueText(datum.value),
                  color,
                },
              ]}
              hint={hint}
            />
          ))}
        />
        <Bar {...valueBars(seriesLabel, color)} radius={[0, 2, 2, 0]} maxBarSize={20}>
          <LabelList dataKey="value" position="right" fill="var(--text)" fontSize={12} />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
