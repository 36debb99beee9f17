import { apiGet, type Credentials } from '@/api/client';
import { configurationSchema } from '@/api/schemas/configuration';
import { onSessionEnd } from '@/lib/session-scope';

/**
 * HomePort's session on this origin (docs/api.md §9): HomePort writes these keys when someone
 * signs in, and every app served beside it reads them. This dashboard only ever reads them,
 * except to sign out, when it removes what HomePort's own sign-out removes.
 */
export const HOMEPORT_KEYS = {
  token: 'waldur/auth/token',
  /** `local` for a password or token sign-in, else the identity provider's name. */
  method: 'waldur/auth/method',
  /** A user UUID while a staff user impersonates someone. */
  impersonation: 'waldur/auth/impersonation',
  language: 'waldur/i18n/lang',
  /** Where HomePort's own login returns to; its sign-out forgets it. */
  redirect: 'waldur/auth/redirect',
} as const;

function read(key: string): string | null {
  try {
    return localStorage.getItem(key) || null;
  } catch {
    return null;
  }
}

export function homeportToken(): string | null {
  return read(HOMEPORT_KEYS.token);
}

export function homeportImpersonation(): string | null {
  return read(HOMEPORT_KEYS.impersonation);
}

/**
 * Who this session is, as far as the API can tell: the token and, while impersonating, the
 * impersonated user. Any change means cached answers may belong to someone else.
 */
export function homeportIdentity(): string | null {
  const token = homeportToken();
  return token === null ? null : `${token}\n${homeportImpersonation() ?? ''}`;
}

/** The storage keys whose change (in another tab) changes who this session is. */
export function isHomeportIdentityKey(key: string): boolean {
  return key === HOMEPORT_KEYS.token || key === HOMEPORT_KEYS.impersonation;
}

// Whether the deployment accepts OIDC access tokens as `Bearer`: asked once per session, and
// only for a non-local sign-in. A failed attempt is not kept, so the next request asks again.
let oidcAccessTokens: Promise<boolean> | null = null;
onSessionEnd(() => {
  oidcAccessTokens = null;
});

function oidcAccessTokensEnabled(): Promise<boolean> {
  oidcAccessTokens ??= apiGet('configuration/', configurationSchema, { anonymous: true }).then(
    (configuration) => configuration.WALDUR_CORE.OIDC_ACCESS_TOKEN_ENABLED,
    (error: unknown) => {
      oidcAccessTokens = null;
      throw error;
    },
  );
  return oidcAccessTokens;
}

/**
 * HomePort's header rule: `Token` for a local sign-in; otherwise `Bearer` when the deployment
 * says `OIDC_ACCESS_TOKEN_ENABLED`, else `Token`. Impersonation and language travel as headers
 * on every call.
 */
export async function homeportCredentials(): Promise<Credentials | null> {
  const token = homeportToken();
  if (token === null) return null;
  const local = read(HOMEPORT_KEYS.method) === 'local';
  const scheme = !local && (await oidcAccessTokensEnabled()) ? 'Bearer' : 'Token';
  const headers: Record<string, string> = {};
  const impersonated = homeportImpersonation();
  if (impersonated) headers['X-IMPERSONATED-USER-UUID'] = impersonated;
  const language = read(HOMEPORT_KEYS.language);
  if (language) headers['Accept-Language'] = language;
  return { token, scheme, headers };
}

/** What HomePort's own sign-out does with its keys: the session, the impersonation, the return. */
export function clearHomeportSession(): void {
  for (const key of [
    HOMEPORT_KEYS.token,
    HOMEPORT_KEYS.method,
    HOMEPORT_KEYS.impersonation,
    HOMEPORT_KEYS.redirect,
  ]) {
    try {
      localStorage.removeItem(key);
    } catch {
      // Storage unavailable: there was no session to clear.
    }
  }
}
