import type { Feedback } from '@/api/schemas/feedback';
import type { Interaction } from '@/api/schemas/interaction';
import type { Severity } from '@/api/filters';
import { parseTimestamp } from '@/lib/format/date';
import { maxSeverity } from '@/lib/severity';
import { countTurns } from '@/lib/turn-counts';

export type TranscriptStats = {
  turns: number;
  started: string | null;
  /** The last turn's `last_active_at` (reply finished) or, failing that, its `created`. */
  ended: string | null;
  durationMs: number | null;
  /** Null when no turn reports tokens (rows from before token tracking). */
  inputTokens: number | null;
  outputTokens: number | null;
  totalTokens: number | null;
  /** Turns whose token counts are null; the totals then cover the other turns only. */
  turnsWithoutTokens: number;
  flaggedTurns: number;
  maxSeverity: Severity;
  offeringsShown: number;
  clicks: number;
  thumbsUp: number;
  thumbsDown: number;
  userSlug: string;
  /** Distinct raw IPs, in order of first appearance (sensitive: shown only on request). */
  ipAddresses: string[];
};

export function transcriptStats(turns: readonly Interaction[]): TranscriptStats {
  let input: number | null = null;
  let output: number | null = null;
  let turnsWithoutTokens = 0;
  let clicks = 0;
  let userSlug = '';
  const ips: string[] = [];

  for (const turn of turns) {
    if (turn.input_tokens === null && turn.output_tokens === null) turnsWithoutTokens += 1;
    if (turn.input_tokens !== null) input = (input ?? 0) + turn.input_tokens;
    if (turn.output_tokens !== null) output = (output ?? 0) + turn.output_tokens;
    clicks += turn.click_count;
    if (!userSlug && turn.user_slug) userSlug = turn.user_slug;
    if (turn.ip_address && !ips.includes(turn.ip_address)) ips.push(turn.ip_address);
  }

  const { flagged, offeringsShown, thumbsUp, thumbsDown } = countTurns(turns);
  const first = turns[0];
  const last = turns[turns.length - 1];
  const started = first?.created ?? null;
  const ended = last ? (last.last_active_at ?? last.created) : null;
  const startMs = parseTimestamp(started)?.getTime();
  const endMs = parseTimestamp(ended)?.getTime();
  const durationMs = startMs !== undefined && endMs !== undefined ? Math.max(0, endMs - startMs) : null;

  return {
    turns: turns.length,
    started,
    ended,
    durationMs,
    inputTokens: input,
    outputTokens: output,
    totalTokens: input === null && output === null ? null : (input ?? 0) + (output ?? 0),
    turnsWithoutTokens,
    flaggedTurns: flagged,
    maxSeverity: maxSeverity(turns.filter((t) => t.is_flagged).map((t) => t.severity)),
    offeringsShown,
    clicks,
    thumbsUp,
    thumbsDown,
    userSlug,
    ipAddresses: ips,
  };
}

export type JudgeVerdict = {
  resolution: number | null;
  resolutionWord: string;
  tone: 'good' | 'warn' | 'bad' | 'neutral';
  intent: string;
  hallucination: boolean;
  hallucinationDetails: string;
  summary: string;
  reviewedAt: string | null;
  model: string;
};

const RESOLUTION_WORDS: Record<number, string> = {
  1: 'Failed',
  2: 'Poor',
  3: 'Partly resolved',
  4: 'Mostly resolved',
  5: 'Resolved',
};

/** Resolution colour as the incumbent UI has it: red ≤ 2, amber 3, green ≥ 4 (docs/api.md §6). */
export function resolutionTone(score: number | null): JudgeVerdict['tone'] {
  if (score === null || score < 1) return 'neutral';
  if (score <= 2) return 'bad';
  if (score === 3) return 'warn';
  return 'good';
}

/**
 * The nightly judge writes its verdict on the feedback of the conversation's last turn
 * (docs/api.md §2.3). Null when the conversation has not been reviewed.
 */
export function judgeVerdict(turns: readonly Interaction[]): JudgeVerdict | null {
  const feedback: Feedback | null | undefined = turns[turns.length - 1]?.feedback;
  if (!feedback) return null;
  const reviewed =
    feedback.llm_reviewed_at !== null ||
    feedback.llm_resolution_score !== null ||
    feedback.llm_summary !== '';
  if (!reviewed) return null;
  const score = feedback.llm_resolution_score;
  return {
    resolution: score,
    resolutionWord: score !== null ? (RESOLUTION_WORDS[score] ?? 'Not scored') : 'Not scored',
    tone: resolutionTone(score),
    intent: feedback.llm_intent_category,
    hallucination: feedback.llm_hallucination_detected,
    hallucinationDetails: feedback.llm_hallucination_details,
    summary: feedback.llm_summary,
    reviewedAt: feedback.llm_reviewed_at,
    model: feedback.llm_judge_model,
  };
}
