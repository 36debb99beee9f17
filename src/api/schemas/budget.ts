// zod/mini: this schema is on the first-load path (sign-in, shell, budget card), where the
// classic API would add ~20 kB gzip. The shapes behave the same.
import * as z from 'zod/mini';

const count = z.int().check(z.minimum(0));

/**
 * Site-wide daily budget (docs/api.md §3.6). Current servers send tokens only; the endpoint's
 * description promises request usage too, so the request pair is accepted when present.
 */
export const budgetSchema = z.object({
  tokens_today: count,
  tokens_limit: z.int(),
  resets_at: z
    .string()
    .check(
      z.refine((value) => !Number.isNaN(Date.parse(value)), { message: 'Expected an ISO-8601 date-time' }),
    ),
  requests_today: z.optional(count),
  requests_limit: z.optional(z.int()),
});
export type BudgetSnapshot = z.infer<typeof budgetSchema>;
