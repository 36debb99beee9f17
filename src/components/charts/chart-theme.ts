/**
 * Chart styling from the design tokens. Recharts writes these into SVG presentation
 * attributes, where `var(--…)` resolves against the page, so a theme switch recolours every
 * chart without a re-render.
 */
export const chartTheme = {
  grid: 'var(--chart-grid)',
  axis: 'var(--chart-axis)',
  cursor: 'var(--chart-cursor)',
  primary: 'var(--chart-1)',
  tick: { fill: 'var(--text-muted)', fontSize: 12 },
  label: { fill: 'var(--text)', fontSize: 12 },
} as const;

/** Severity fills, the same palette the badges use (tokens.css `--chart-sev-*`). */
export const severityFill = {
  none: 'var(--chart-sev-none)',
  low: 'var(--chart-sev-low)',
  medium: 'var(--chart-sev-medium)',
  high: 'var(--chart-sev-high)',
  critical: 'var(--chart-sev-critical)',
} as const;
