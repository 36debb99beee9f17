import { DAY, HOUR, startOfUtcDay } from '../time';

export const CURRENT_MODEL = 'qwen3.5-122b-nothinking';
const PREVIOUS_MODEL = 'llama-4-maverick';
const CANARY_MODEL = 'gpt-oss-120b';
const JUDGE_MODEL = CURRENT_MODEL;

/** Milestones of the deployment's history, in days before now: older rows look older. */
export const ERA = {
  /** Salt configured: earlier rows have an empty user_slug. */
  slugSalt: 92,
  /** Migration 0015: earlier rows have null token counts. */
  tokenCapture: 70,
  /** Migration 0016: earlier rows have no model. */
  modelTracking: 50,
  /** AI_ASSISTANT_MODEL switched from llama to qwen. */
  modelSwitch: 20,
  /** Nightly judge enabled. */
  judge: 60,
  /** The view started rejecting blocked input instead of storing it. */
  blockRejected: 75,
} as const;

/** What decides the models of a conversation's turns (a `PlannedSession` is one). */
type ModelPlan = { times: readonly number[]; canary: boolean; switchesModel: boolean };

/** The `model` column of a turn created at `ms`, the `index`th of its conversation. */
export function modelFor(ms: number, now: number, plan: ModelPlan, index: number): string {
  const age = now - ms;
  if (age > ERA.modelTracking * DAY) return '';
  if (plan.switchesModel) return index < plan.times.length / 2 ? PREVIOUS_MODEL : CURRENT_MODEL;
  if (age > ERA.modelSwitch * DAY) return PREVIOUS_MODEL;
  return plan.canary ? CANARY_MODEL : CURRENT_MODEL;
}

/** The model the nightly judge ran on at a conversation's age. */
export function judgeModelFor(lastAge: number): string {
  return lastAge > ERA.modelSwitch * DAY ? PREVIOUS_MODEL : JUDGE_MODEL;
}

/** The first nightly run (02:00 UTC) that may judge a session whose last turn was at `lastMs`. */
export function nightlyRunAfter(lastMs: number): number {
  const eligible = lastMs + 6 * HOUR;
  const run = startOfUtcDay(eligible) + 2 * HOUR;
  return run >= eligible ? run : run + DAY;
}

/** Busier recently and on weekdays. Today is handed out separately, so it is never empty. */
export function dayWeights(now: number, days: number): number[] {
  const today = startOfUtcDay(now);
  const weights: number[] = [];
  for (let d = 0; d < days; d += 1) {
    const weekday = new Date(today - d * DAY).getUTCDay();
    const weekend = weekday === 0 || weekday === 6 ? 0.55 : 1;
    const growth = Math.exp(-d / 45);
    weights.push(d === 0 ? 0 : weekend * growth);
  }
  return weights;
}
