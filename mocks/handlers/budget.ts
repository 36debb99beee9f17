import { http } from 'msw';
import type { Db } from '../db';
import type { BudgetMode } from '../scenarios/definitions';
import { DAY, drfDateTime, startOfUtcDay, utcDay } from '../time';
import type { BudgetJson } from '../types';
import { endpoint, ok } from './respond';

/** Signed-in users' chat in the default day: it counts against the same cap (docs/api.md §3.6). */
const SIGNED_IN_PER_DAY = 1_200_000;

/** Tokens of the visitor turns created today (UTC) up to `now`: what today's `kpi/` reports. */
export function anonymousTokensToday(db: Db, now: number): number {
  const today = utcDay(now);
  let sum = 0;
  for (const turn of db.turns) {
    if (turn.day !== today || turn.createdMs > now) continue;
    sum += (turn.json.input_tokens ?? 0) + (turn.json.output_tokens ?? 0);
  }
  return sum;
}

/**
 * `anonymous` is today's visitor-chat total when the mode builds on it (the `rising` day); the
 * other modes are fixed shapes for the card's states.
 */
export function tokensToday(mode: BudgetMode, now: number, anonymous = 0): number {
  const dayShare = (now - startOfUtcDay(now)) / DAY;
  switch (mode.kind) {
    case 'fixed':
      return mode.tokens;
    case 'climbing': {
      const minutes = (now % 3_600_000) / 60_000;
      return Math.round(mode.limit * Math.min(mode.max, mode.from + mode.perMinute * minutes));
    }
    case 'paced':
      return Math.round(mode.limit * mode.capsPerDay * dayShare);
    case 'rising':
      return anonymous + Math.round(SIGNED_IN_PER_DAY * dayShare);
  }
}

export const budgetHandlers = [
  http.get(
    '*/api/anonymous-chat-interactions/budget/',
    endpoint('budget', 'staff', ({ scenario, db }) => {
      const now = Date.now();
      // The large dataset takes seconds to build and the budget must not wait for it: its
      // visitors' share is left out there.
      const anonymous =
        scenario.budget.kind === 'rising' && scenario.data !== 'large' ? anonymousTokensToday(db(), now) : 0;
      const body: BudgetJson = {
        tokens_today: tokensToday(scenario.budget, now, anonymous),
        tokens_limit: scenario.budget.limit,
        resets_at: drfDateTime(startOfUtcDay(now) + DAY),
      };
      if (scenario.requests) {
        body.requests_today = scenario.requests.today;
        body.requests_limit = scenario.requests.limit;
      }
      return ok(body);
    }),
  ),
];
