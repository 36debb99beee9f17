// zod/mini: on the first-load path (sign-in checks users/me), like budget.ts.
import * as z from 'zod/mini';

/** `GET /api/users/me/`. Unknown keys (including the user's own `token`) are stripped. */
export const userMeSchema = z.object({
  uuid: z.optional(z.string()),
  username: z.string(),
  full_name: z._default(z.string(), ''),
  email: z.optional(z.string()),
  is_staff: z._default(z.boolean(), false),
  is_support: z._default(z.boolean(), false),
});
export type UserMe = z.infer<typeof userMeSchema>;

/** `GET /api/version/`. */
export const versionSchema = z.object({ version: z.string() });
