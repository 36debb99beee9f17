import type { UserMeJson } from './types';

/**
 * Fixed demo credentials. Playwright (Node) imports this file too, so it stays free of
 * browser and MSW imports.
 */
export const DEMO_TOKENS = {
  staff: '5f1c9a7e2b3d4c8e9f0a1b2c3d4e5f60718293a4',
  support: '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a291807',
  user: '0a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
} as const;

export type DemoRole = keyof typeof DEMO_TOKENS;

/**
 * OIDC access tokens, as an identity provider issues them to HomePort: accepted only as
 * `Authorization: Bearer …`, and only where `configuration/` says OIDC_ACCESS_TOKEN_ENABLED.
 */
export const DEMO_OIDC_TOKENS: Record<DemoRole, string> = {
  staff: 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJrYWRyaS5zdGFmZiJ9.demo-staff-signature',
  support: 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJtYXJ0LnN1cHBvcnQifQ.demo-support-signature',
  user: 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJsaWlzLnJlc2VhcmNoZXIifQ.demo-user-signature',
};

const COMMON = {
  is_active: true,
  date_joined: '2024-03-11T09:12:44.512Z',
  organization: 'Waldur demo',
  preferred_language: 'en',
  registration_method: 'default',
  token_lifetime: 3600,
} as const;

/** `GET /api/users/me/` bodies; like the real server they include the caller's own token. */
export const DEMO_USERS: Record<DemoRole, UserMeJson> = {
  staff: {
    ...COMMON,
    uuid: '3c6e0b8a9c154b1e8f2d7a4b5c6d7e8f',
    username: 'kadri.staff',
    full_name: 'Kadri Tamm',
    email: 'kadri.tamm@example.org',
    is_staff: true,
    is_support: false,
    token: DEMO_TOKENS.staff,
  },
  support: {
    ...COMMON,
    uuid: '7d2f4e6a8b0c4d1e9f3a5b7c9d1e3f5a',
    username: 'mart.support',
    full_name: 'Mart Kask',
    email: 'mart.kask@example.org',
    is_staff: false,
    is_support: true,
    token: DEMO_TOKENS.support,
  },
  user: {
    ...COMMON,
    uuid: 'b4a3c2d1e0f94e8d7c6b5a4938271605',
    username: 'liis.researcher',
    full_name: 'Liis Mets',
    email: 'liis.mets@example.org',
    is_staff: false,
    is_support: false,
    token: DEMO_TOKENS.user,
  },
};

export function userForToken(token: string): UserMeJson | undefined {
  const role = (Object.keys(DEMO_TOKENS) as DemoRole[]).find((key) => DEMO_TOKENS[key] === token);
  return role ? DEMO_USERS[role] : undefined;
}

export function userForOidcToken(token: string): UserMeJson | undefined {
  const role = (Object.keys(DEMO_OIDC_TOKENS) as DemoRole[]).find((key) => DEMO_OIDC_TOKENS[key] === token);
  return role ? DEMO_USERS[role] : undefined;
}

export function userForUuid(uuid: string): UserMeJson | undefined {
  return Object.values(DEMO_USERS).find((user) => user.uuid === uuid);
}
