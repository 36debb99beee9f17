import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { setScenario } from '@mocks/scenarios';
import { DEMO_OIDC_TOKENS, DEMO_TOKENS, DEMO_USERS } from '@mocks/tokens';
import { apiGet, configureClient } from '@/api/client';
import { userMeSchema } from '@/api/schemas/user';
import { endSession } from '@/lib/session-scope';
import { clearHomeportSession, HOMEPORT_KEYS, homeportCredentials } from './homeport-session';
import { detectSessionSource, getCredentials, getToken, sessionSource, setToken } from './token-store';

function homeport(keys: Partial<Record<keyof typeof HOMEPORT_KEYS, string>>) {
  for (const [name, value] of Object.entries(keys))
    localStorage.setItem(HOMEPORT_KEYS[name as keyof typeof HOMEPORT_KEYS], value);
}

/** Counts `configuration/` requests from now on. */
function countConfigurationCalls() {
  const counter = { calls: 0 };
  const listener = ({ request }: { request: Request }) => {
    if (new URL(request.url).pathname === '/api/configuration/') counter.calls += 1;
  };
  server.events.on('request:start', listener);
  return counter;
}

afterEach(() => {
  endSession();
  server.events.removeAllListeners();
});

describe('HomePort’s header rule (docs/api.md §9)', () => {
  it('a local sign-in sends Token and never asks the configuration', async () => {
    const counter = countConfigurationCalls();
    homeport({ token: DEMO_TOKENS.staff, method: 'local' });
    expect(await homeportCredentials()).toEqual({ token: DEMO_TOKENS.staff, scheme: 'Token', headers: {} });
    expect(counter.calls).toBe(0);
  });

  it('another sign-in sends Bearer where the deployment enables OIDC access tokens, asked once', async () => {
    setScenario('homeport-oidc');
    const counter = countConfigurationCalls();
    homeport({ token: DEMO_OIDC_TOKENS.staff, method: 'keycloak' });
    const [first, second] = await Promise.all([homeportCredentials(), homeportCredentials()]);
    expect(first?.scheme).toBe('Bearer');
    expect(second?.scheme).toBe('Bearer');
    expect((await homeportCredentials())?.scheme).toBe('Bearer');
    expect(counter.calls).toBe(1);
  });

  it('and Token where it does not', async () => {
    homeport({ token: DEMO_TOKENS.staff, method: 'eduteams' });
    expect((await homeportCredentials())?.scheme).toBe('Token');
  });

  it('a configuration that cannot be had fails this call and is asked again by the next', async () => {
    homeport({ token: DEMO_OIDC_TOKENS.staff, method: 'keycloak' });
    server.use(http.get('*/api/configuration/', () => HttpResponse.error(), { once: true }));
    await expect(homeportCredentials()).rejects.toMatchObject({
      kind: 'network',
      endpoint: '/api/configuration/',
    });
    setScenario('homeport-oidc');
    expect((await homeportCredentials())?.scheme).toBe('Bearer');
  });

  it('sends the impersonation and the language with every call', async () => {
    homeport({
      token: DEMO_TOKENS.staff,
      method: 'local',
      impersonation: DEMO_USERS.user.uuid,
      language: 'et',
    });
    expect((await homeportCredentials())?.headers).toEqual({
      'X-IMPERSONATED-USER-UUID': DEMO_USERS.user.uuid,
      'Accept-Language': 'et',
    });
  });

  it('has no credentials without HomePort’s token', async () => {
    homeport({ method: 'local', language: 'et' });
    expect(await homeportCredentials()).toBeNull();
  });
});

describe('whose session a page uses', () => {
  it('HomePort’s when its token is on this origin; a remembered own token is then forgotten', async () => {
    setToken('own-remembered-token', true);
    expect(detectSessionSource()).toBe('own');
    homeport({ token: DEMO_TOKENS.staff, method: 'local' });
    expect(detectSessionSource()).toBe('homeport');
    expect(getToken()).toBe(DEMO_TOKENS.staff);
    expect(localStorage.getItem('waa.token')).toBeNull();
    // The client's one getter now answers with HomePort's rule, and the API accepts it.
    configureClient({ getCredentials });
    expect(await apiGet('users/me/', userMeSchema)).toMatchObject({ username: 'kadri.staff' });
  });

  it('the dashboard’s own token without HomePort’s', () => {
    setToken('own-token', false);
    expect(detectSessionSource()).toBe('own');
    expect(sessionSource()).toBe('own');
    expect(getCredentials()).toEqual({ token: 'own-token', scheme: 'Token' });
  });

  it('signing out removes exactly what HomePort’s own sign-out removes', () => {
    homeport({
      token: 't',
      method: 'local',
      impersonation: 'u',
      redirect: '{"toState":"profile.details"}',
      language: 'et',
    });
    localStorage.setItem('waldur/theme/name', 'dark');
    clearHomeportSession();
    expect(Object.keys(localStorage).sort()).toEqual(['waldur/i18n/lang', 'waldur/theme/name']);
  });
});
