// zod/mini: on the first-load path in HomePort mode (the header rule needs it before users/me).
import * as z from 'zod/mini';

/**
 * `GET /api/configuration/` (public, no authentication; docs/api.md §9). Only what the dashboard
 * reads is kept: whether HomePort sends OIDC access tokens as `Bearer`.
 */
export const configurationSchema = z.object({
  WALDUR_CORE: z._default(z.object({ OIDC_ACCESS_TOKEN_ENABLED: z._default(z.boolean(), false) }), {
    OIDC_ACCESS_TOKEN_ENABLED: false,
  }),
});
