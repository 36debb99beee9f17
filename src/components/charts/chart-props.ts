import type { ReactNode } from 'react';
import type { MouseHandlerDataParam, TooltipContentProps } from 'recharts';
import { chartTheme } from './chart-theme';
import { niceTicks } from './nice-ticks';
import { formatNumber } from '@/lib/format/number';

/**
 * The Recharts props every bar chart here shares, spread onto its parts
 * (`<YAxis {...countAxis(max)} width={52} />`), so the axes and tooltips look and behave the
 * same in every chart.
 */

/** The count axis: round ticks from 0 to at least `max`, formatted, no tick marks or line. */
export function countAxis(max: number) {
  const ticks = niceTicks(max);
  return {
    ticks,
    domain: [0, ticks[ticks.length - 1]],
    tickFormatter: formatNumber,
    tick: chartTheme.tick,
    tickLine: false,
    axisLine: false,
  } as const;
}

/** The axis the bars stand on: its labels, no tick marks, a hairline. */
export const categoryAxis = {
  tick: chartTheme.tick,
  tickLine: false,
  axisLine: { stroke: chartTheme.axis },
} as const;

/** A single series of bars drawn from each datum's `value`. */
export function valueBars(name: string, fill: string) {
  return { dataKey: 'value', name, fill, isAnimationActive: false } as const;
}

/** The hover band and a tooltip drawn by `render` from the hovered datum (none while idle). */
export function chartTooltip<Datum>(render: (datum: Datum) => ReactNode) {
  return {
    cursor: { fill: chartTheme.cursor },
    isAnimationActive: false,
    content: ({ active, payload }: TooltipContentProps) => {
      const datum = payload?.[0]?.payload as Datum | undefined;
      return active && datum ? render(datum) : null;
    },
  } as const;
}

/** A chart's `onClick` where anywhere in a datum's column selects it (even a 0 bar). */
export function selectByColumn(rows: readonly { key: string }[], onSelect?: (key: string) => void) {
  return (state: MouseHandlerDataParam) => {
    const datum = rows[Number(state?.activeIndex)];
    if (datum && onSelect) onSelect(datum.key);
  };
}
