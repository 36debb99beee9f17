import type { Severity } from '@/api/filters';

export const SEVERITY_ORDER: readonly Severity[] = ['none', 'low', 'medium', 'high', 'critical'];

/** Stored severities are `""` for clean turns; anything unknown is shown as none. */
export function normalizeSeverity(value: string | null | undefined): Severity {
  const v = (value ?? '').trim().toLowerCase();
  return (SEVERITY_ORDER as readonly string[]).includes(v) ? (v as Severity) : 'none';
}

export function severityRank(value: string | null | undefined): number {
  return SEVERITY_ORDER.indexOf(normalizeSeverity(value));
}

export function maxSeverity(values: Iterable<string | null | undefined>): Severity {
  let best = 0;
  for (const v of values) best = Math.max(best, severityRank(v));
  return SEVERITY_ORDER[best];
}

export const SEVERITY_LABEL: Record<Severity, string> = {
  none: 'None',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};
