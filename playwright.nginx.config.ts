import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The shipped nginx configuration in a real nginx (e2e/nginx): a BASE_PATH production build
 * behind docker/entrypoint.sh and docker/nginx.conf.template, `/api/` proxied to the fixture
 * API server. `npm run test:nginx`, part of `npm test`.
 */
const port = Number(process.env.E2E_NGINX_PORT ?? 4184);
const apiPort = port + 1;
export const NGINX_ORIGIN = `http://127.0.0.1:${port}`;
export const NGINX_BASE_PATH = '/assistant-analytics/';

export default defineConfig({
  ...base,
  testDir: './e2e/nginx',
  testIgnore: [],
  outputDir: 'test-results-nginx',
  use: { ...base.use, baseURL: NGINX_ORIGIN },
  webServer: [
    {
      command: `node scripts/bench/build-mock-api.mjs dist-nginx/api && node dist-nginx/api/mock-api.mjs`,
      env: { MOCK_API_PORT: String(apiPort), MOCK_API_SCENARIO: 'default' },
      url: `http://127.0.0.1:${apiPort}/api/configuration/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: 'sh scripts/serve-nginx.sh',
      env: {
        BASE_PATH: NGINX_BASE_PATH,
        PORT: String(port),
        // The page's own origin, written into the meta tag and the CSP as a container would.
        API_URL: NGINX_ORIGIN,
        API_UPSTREAM: `http://127.0.0.1:${apiPort}`,
      },
      url: `${NGINX_ORIGIN}${NGINX_BASE_PATH}`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
