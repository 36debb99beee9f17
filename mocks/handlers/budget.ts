import { http } from 'msw';
import type { BudgetMode } from '../scenarios/definitions';
import { DAY, drfDateTime, startOfUtcDay } from '../time';
import type { BudgetJson } from '../types';
import { endpoint, ok } from './respond';

function tokensToday(mode: BudgetMode, now: number): number {
  if (mode.kind === 'fixed') return mode.tokens;
  if (mode.kind === 'climbing') {
    const minutes = (now % 3_600_000) / 60_000;
    return Math.round(mode.limit * Math.min(mode.max, mode.from + mode.perMinute * minutes));
  }
  const fraction = (now - startOfUtcDay(now)) / DAY;
  return Math.round(1_200_000 + 2_000_000 * fraction);
}

export const budgetHandlers = [
  http.get(
    '*/api/anonymous-chat-interactions/budget/',
    endpoint('budget', 'staff', ({ scenario }) => {
      const now = Date.now();
      const body: BudgetJson = {
        tokens_today: tokensToday(scenario.budget, now),
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
