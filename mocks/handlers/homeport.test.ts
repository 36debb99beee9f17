import { describe, expect, it } from 'vitest';
import { configurationSchema } from '@/api/schemas/configuration';
import { setScenario } from '../scenarios';
import { DEMO_OIDC_TOKENS, DEMO_TOKENS, DEMO_USERS } from '../tokens';
import { negotiateLanguage } from './respond';
import { apiUrl } from './test-helpers';

async function call(path: string, headers: Record<string, string>) {
  const response = await fetch(apiUrl(path), { headers });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
    headers: response.headers,
  };
}

describe('HomePort’s side of the API (docs/api.md §9)', () => {
  it('serves configuration/ without authentication, with the OIDC switch of the deployment', async () => {
    const plain = await call('configuration/', {});
    expect(plain.status).toBe(200);
    expect(plain.body).toMatchObject({
      LANGUAGE_CODE: 'en',
      WALDUR_CORE: { OIDC_ACCESS_TOKEN_ENABLED: false },
    });
    expect(plain.body.LANGUAGES).toContainEqual(['et', 'Eesti']);
    expect(configurationSchema.safeParse(plain.body).success).toBe(true);
    setScenario('homeport-oidc');
    expect((await call('configuration/', {})).body).toMatchObject({
      WALDUR_CORE: { OIDC_ACCESS_TOKEN_ENABLED: true },
    });
  });

  it('accepts an OIDC access token only as Bearer, and only where OIDC is enabled', async () => {
    const bearer = { Authorization: `Bearer ${DEMO_OIDC_TOKENS.staff}` };
    expect(await call('users/me/', bearer)).toMatchObject({
      status: 401,
      body: { detail: 'Authentication credentials were not provided.' },
    });
    setScenario('homeport-oidc');
    expect(await call('users/me/', bearer)).toMatchObject({ status: 200, body: { username: 'kadri.staff' } });
    expect(
      (
        await call('anonymous-chat-interactions/budget/', {
          Authorization: `Bearer ${DEMO_OIDC_TOKENS.user}`,
        })
      ).status,
    ).toBe(403);
    // An OIDC token is no DRF token, and a DRF token is no OIDC token.
    expect((await call('users/me/', { Authorization: `Token ${DEMO_OIDC_TOKENS.staff}` })).status).toBe(401);
    expect(await call('users/me/', { Authorization: `Bearer ${DEMO_TOKENS.staff}` })).toMatchObject({
      status: 401,
      body: { detail: 'Invalid token.' },
    });
    // DRF tokens keep working beside OIDC.
    expect((await call('users/me/', { Authorization: `Token ${DEMO_TOKENS.staff}` })).status).toBe(200);
  });

  it('answers a staff user’s impersonation as the impersonated user, with the impersonator in a header', async () => {
    const headers = {
      Authorization: `Token ${DEMO_TOKENS.staff}`,
      'X-IMPERSONATED-USER-UUID': DEMO_USERS.user.uuid,
    };
    const me = await call('users/me/', headers);
    expect(me.body).toMatchObject({ uuid: DEMO_USERS.user.uuid, is_staff: false, is_support: false });
    expect(me.headers.get('X-impersonator-uuid')).toBe(DEMO_USERS.staff.uuid);
    // The impersonated user is not staff: the chat endpoints refuse.
    expect(await call('anonymous-chat-interactions/kpi/', headers)).toMatchObject({
      status: 403,
      body: { detail: 'You do not have permission to perform this action.' },
    });
  });

  it('ignores the impersonation header of anyone but staff', async () => {
    const me = await call('users/me/', {
      Authorization: `Token ${DEMO_TOKENS.support}`,
      'X-IMPERSONATED-USER-UUID': DEMO_USERS.user.uuid,
    });
    expect(me.body).toMatchObject({ uuid: DEMO_USERS.support.uuid });
    expect(me.headers.get('X-impersonator-uuid')).toBeNull();
  });

  it('answers in the language asked for when the deployment has it, as Django’s LocaleMiddleware', async () => {
    const me = await call('users/me/', {
      Authorization: `Token ${DEMO_TOKENS.staff}`,
      'Accept-Language': 'et',
    });
    expect(me.headers.get('Content-Language')).toBe('et');
    expect(me.headers.get('Vary')).toContain('Accept-Language');
    expect(negotiateLanguage('de-AT,de;q=0.9')).toBe('de');
    expect(negotiateLanguage('ja')).toBe('en');
    expect(negotiateLanguage(null)).toBe('en');
  });
});
