import { http } from 'msw';
import { endpoint, LANGUAGES, ok } from './respond';

/**
 * `GET /api/configuration/`: public, no authentication (docs/api.md §9). The real body has one
 * object per plugin and many more settings; these are the ones HomePort's apps read first.
 */
export const configurationHandlers = [
  http.get(
    '*/api/configuration/',
    endpoint('configuration', 'public', ({ scenario }) =>
      ok({
        LANGUAGES,
        LANGUAGE_CODE: LANGUAGES[0][0],
        FEATURES: { marketplace: { show_experimental_ui_components: false } },
        WALDUR_CORE: {
          SITE_NAME: 'Waldur demo',
          SHORT_PAGE_TITLE: 'Waldur',
          BRAND_COLOR: '#307300',
          OIDC_ACCESS_TOKEN_ENABLED: scenario.oidcAccessTokens,
        },
        WALDUR_AUTH_SOCIAL: { KEYCLOAK_LABEL: 'Keycloak' },
      }),
    ),
  ),
];
