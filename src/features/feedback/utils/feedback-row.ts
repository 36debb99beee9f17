import type { Feedback } from '@/api/schemas/feedback';
import type { CsvColumn } from '@/lib/csv';
import { paths } from '@/lib/paths';

/**
 * Feedback rows carry only their turn's uuid; `/interactions/<uuid>` finds the turn's
 * conversation and opens the transcript there.
 */
export function feedbackHref(row: Pick<Feedback, 'interaction_uuid'>): string {
  return paths.interaction.href(row.interaction_uuid);
}

/** A row the nightly judge wrote without a visitor vote. */
export function isJudgeOnly(row: Pick<Feedback, 'score'>): boolean {
  return row.score === null;
}

/** Whether the judge has reviewed the row (its verdict fields mean something). */
export function isJudged(
  row: Pick<Feedback, 'llm_reviewed_at' | 'llm_resolution_score' | 'llm_intent_category'>,
) {
  return row.llm_reviewed_at !== null || row.llm_resolution_score !== null || row.llm_intent_category !== '';
}

/** Resolution 1–5 as the incumbent UI colours it: red ≤ 2, amber 3, green ≥ 4. */
export function resolutionTone(score: number | null): 'bad' | 'warn' | 'good' | 'neutral' {
  if (score === null || score < 1) return 'neutral';
  if (score <= 2) return 'bad';
  if (score === 3) return 'warn';
  return 'good';
}

/** Export columns the table does not show; never the voter's IP (`submitted_from_ip`). */
export const FEEDBACK_CSV_EXTRA: readonly CsvColumn<Feedback>[] = [
  { key: 'interaction_uuid', header: 'Turn' },
  { key: 'judge_only', header: 'Judge only', value: isJudgeOnly },
  { key: 'llm_hallucination_details', header: 'Hallucination details' },
  { key: 'llm_summary', header: 'Summary' },
  { key: 'llm_reviewed_at', header: 'Reviewed (UTC)' },
  { key: 'llm_judge_model', header: 'Judge model' },
];

export function feedbackForJson(rows: readonly Feedback[]): unknown[] {
  return rows.map(({ submitted_from_ip: _ip, ...rest }) => rest);
}
