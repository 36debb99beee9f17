import type { KpiData as Kpi } from '@/features/kpi/api/schema';

const addUtcDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** A KPI payload as the server sends it (docs/api.md §3.5): a busy 30 days ending `today`. */
export function sampleKpi(overrides: Partial<Kpi> = {}, today = '2026-08-26', windowDays = 30): Kpi {
  const labels = Array.from({ length: 14 }, (_, i) => addUtcDays(today, i - 13));
  return {
    interactions_total: 412,
    sessions_total: 158,
    unique_users: 131,
    flagged_total: 9,
    feedback_positive: 21,
    feedback_negative: 6,
    satisfaction_rate: 0.7777,
    clicks_total: 57,
    click_through_rate: 0.1383,
    input_tokens_total: 2310442,
    output_tokens_total: 98311,
    reviewed_total: 140,
    review_input_tokens_total: 611020,
    review_output_tokens_total: 30112,
    avg_llm_resolution_score: 3.9,
    llm_intent_distribution: { gpu_compute: 51, hpc_storage: 22, unclear: 9 },
    hallucination_rate: 0.05,
    review_coverage: 0.886,
    daily_volume: Array.from({ length: windowDays }, (_, i) => ({
      date: addUtcDays(today, i - windowDays + 1),
      count: i % 7 === 3 ? 0 : 10 + (i % 5),
    })),
    severity_by_day: {
      labels,
      series: {
        NONE: labels.map(() => 30),
        LOW: labels.map((_, i) => (i === 12 ? 2 : i % 4 === 0 ? 1 : 0)),
        MEDIUM: labels.map((_, i) => (i === 12 ? 1 : 0)),
        HIGH: labels.map((_, i) => (i === 5 ? 1 : 0)),
        CRITICAL: labels.map(() => 0),
      },
    },
    ...overrides,
  };
}

/** The payload of a range where nothing has been reviewed and nobody voted. */
export function unreviewedKpi(overrides: Partial<Kpi> = {}): Kpi {
  const { llm_intent_distribution: _omit, ...rest } = sampleKpi({
    feedback_positive: 0,
    feedback_negative: 0,
    satisfaction_rate: null,
    reviewed_total: 0,
    review_input_tokens_total: 0,
    review_output_tokens_total: 0,
    avg_llm_resolution_score: null,
    hallucination_rate: null,
    review_coverage: null,
  });
  return { ...rest, ...overrides };
}
