import { describe, expect, it } from 'vitest';
import { expireToken, setScenario } from '../scenarios';
import { DEMO_TOKENS, DEMO_USERS } from '../tokens';
import { apiUrl, getJson } from './test-helpers';

const CHAT_PATHS = [
  'anonymous-chat-interactions/',
  'anonymous-chat-interactions/0123456789abcdef0123456789abcdef/',
  'anonymous-chat-interactions/by-session/abc-session/',
  'anonymous-chat-interactions/by-user/',
  `anonymous-chat-interactions/by-user/${'a'.repeat(64)}/`,
  'anonymous-chat-interactions/conversations/',
  'anonymous-chat-interactions/kpi/',
  'anonymous-chat-interactions/budget/',
  'anonymous-chat-feedbacks/',
  'anonymous-chat-feedbacks/0123456789abcdef0123456789abcdef/',
];
const ALL_PATHS = ['users/me/', 'version/', ...CHAT_PATHS];

async function withHeader(path: string, header: string | null) {
  const response = await fetch(apiUrl(path), { headers: header === null ? {} : { Authorization: header } });
  return { status: response.status, body: (await response.json()) as unknown, headers: response.headers };
}

describe('authentication', () => {
  it('answers 401 without credentials on every endpoint, with WWW-Authenticate: Token', async () => {
    for (const path of ALL_PATHS) {
      const { status, body, headers } = await withHeader(path, null);
      expect(status, path).toBe(401);
      expect(body).toEqual({ detail: 'Authentication credentials were not provided.' });
      expect(headers.get('WWW-Authenticate')).toBe('Token');
    }
  });

  it('treats another scheme as no credentials and rejects malformed Token headers', async () => {
    expect((await withHeader('users/me/', `Bearer ${DEMO_TOKENS.staff}`)).body).toEqual({
      detail: 'Authentication credentials were not provided.',
    });
    expect((await withHeader('users/me/', 'Token')).body).toEqual({
      detail: 'Invalid token header. No credentials provided.',
    });
    expect((await withHeader('users/me/', 'Token a b')).body).toEqual({
      detail: 'Invalid token header. Token string should not contain spaces.',
    });
  });

  it('answers 401 Invalid token for an unknown token', async () => {
    for (const path of ALL_PATHS) {
      const { status, body } = await getJson(path, {}, 'f'.repeat(40));
      expect(status, path).toBe(401);
      expect(body).toEqual({ detail: 'Invalid token.' });
    }
  });

  it('answers 401 Token has expired after expireToken(), for that token only', async () => {
    expireToken(DEMO_TOKENS.staff);
    for (const path of ALL_PATHS) {
      const { status, body } = await getJson(path);
      expect(status, path).toBe(401);
      expect(body).toEqual({ detail: 'Token has expired.' });
    }
    expect((await getJson('users/me/', {}, DEMO_TOKENS.support)).status).toBe(200);
  });

  it('accepts the scheme case-insensitively', async () => {
    expect((await withHeader('users/me/', `token ${DEMO_TOKENS.staff}`)).status).toBe(200);
  });
});

describe('roles', () => {
  it('lets staff and support read the chat endpoints', async () => {
    for (const token of [DEMO_TOKENS.staff, DEMO_TOKENS.support]) {
      for (const path of ['anonymous-chat-interactions/kpi/', 'anonymous-chat-feedbacks/']) {
        expect((await getJson(path, {}, token)).status).toBe(200);
      }
    }
  });

  it('answers 403 to a non-staff user on every chat endpoint', async () => {
    for (const path of CHAT_PATHS) {
      const { status, body } = await getJson(path, {}, DEMO_TOKENS.user);
      expect(status, path).toBe(403);
      expect(body).toEqual({ detail: 'You do not have permission to perform this action.' });
    }
  });

  it('answers users/me/ and version/ for any valid token', async () => {
    for (const role of ['staff', 'support', 'user'] as const) {
      const { status, body } = await getJson<Record<string, unknown>>('users/me/', {}, DEMO_TOKENS[role]);
      expect(status).toBe(200);
      expect(body).toMatchObject({
        username: DEMO_USERS[role].username,
        is_staff: role === 'staff',
        is_support: role === 'support',
        token: DEMO_TOKENS[role],
      });
      expect((await getJson('version/', {}, DEMO_TOKENS[role])).body).toEqual({ version: '8.1.3' });
    }
  });

  it('reports 8.1.0 in the old-server scenario', async () => {
    setScenario('old-server');
    expect((await getJson('version/')).body).toEqual({ version: '8.1.0' });
  });

  it('answers 405 to methods other than GET, after authentication', async () => {
    const url = apiUrl('anonymous-chat-interactions/');
    const post = await fetch(url, {
      method: 'POST',
      headers: { Authorization: `Token ${DEMO_TOKENS.staff}` },
    });
    expect(post.status).toBe(405);
    expect(await post.json()).toEqual({ detail: 'Method "POST" not allowed.' });
    const anonymous = await fetch(apiUrl('anonymous-chat-feedbacks/x/'), { method: 'DELETE' });
    expect(anonymous.status).toBe(401);
  });
});
