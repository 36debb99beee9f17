import { z } from 'zod';
import { count, dateTime } from './common';

/**
 * Site-wide daily budget (contract §3.6). Current servers send tokens only; the endpoint's
 * description promises request usage too, so the request pair is accepted when present.
 */
export const budgetSchema = z.object({
  tokens_today: count,
  tokens_limit: z.number().int(),
  resets_at: dateTime,
  requests_today: count.optional(),
  requests_limit: z.number().int().optional(),
});
export type BudgetSnapshot = z.infer<typeof budgetSchema>;
