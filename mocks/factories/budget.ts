import type { BudgetSnapshot } from '@/api/schemas/budget';

/** When a made budget resets unless told otherwise: the UTC midnight after 22 Aug 2026. */
export const BUDGET_RESETS_AT = '2026-08-23T00:00:00Z';

/** `budget/` (docs/api.md §3.6): `tokens` of a 5,000,000 cap, resetting at `BUDGET_RESETS_AT`. */
export function makeBudget(tokens: number, overrides: Partial<BudgetSnapshot> = {}): BudgetSnapshot {
  return { tokens_today: tokens, tokens_limit: 5_000_000, resets_at: BUDGET_RESETS_AT, ...overrides };
}
