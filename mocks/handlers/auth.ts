import { http } from 'msw';
import { endpoint, ok } from './respond';

/** `users/me/` answers any valid token, staff or not; the dashboard decides who may stay. */
export const authHandlers = [
  http.get(
    '*/api/users/me/',
    endpoint('me', 'any', ({ user, url }) => ok({ ...user, url: `${url.origin}/api/users/${user.uuid}/` })),
  ),
  http.get(
    '*/api/version/',
    endpoint('version', 'any', ({ scenario }) => ok({ version: scenario.version })),
  ),
];
