import { z } from 'zod';

/** `GET /api/users/me/`. Unknown keys (including the user's own `token`) are stripped. */
export const userMeSchema = z.object({
  uuid: z.string().optional(),
  username: z.string(),
  full_name: z.string().default(''),
  email: z.string().optional(),
  is_staff: z.boolean().default(false),
  is_support: z.boolean().default(false),
});
export type UserMe = z.infer<typeof userMeSchema>;

/** `GET /api/version/`. */
export const versionSchema = z.object({ version: z.string() });
export type ServerVersion = z.infer<typeof versionSchema>;
