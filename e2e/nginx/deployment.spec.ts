import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, tokens } from '../fixtures';
import { ConversationsPage } from '../pages/lists';
import { OverviewPage } from '../pages/overview';
import { TranscriptPage } from '../pages/transcript';
import { NGINX_BASE_PATH as BASE, NGINX_ORIGIN as ORIGIN } from '../../playwright.nginx.config';

/**
 * The dashboard as the container serves it (docs/deployment.md): Debian's nginx runs the
 * shipped template rendered by the shipped entrypoint, in front of a BASE_PATH production build,
 * `/api/` proxied to the fixture API (scripts/serve-nginx.sh, playwright.nginx.config.ts).
 */

type Raw = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** A GET exactly as sent and received: no redirects followed, no body decompressed. */
function raw(path: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    httpGet(`${ORIGIN}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });
}

const GZIP = { 'Accept-Encoding': 'gzip' };

/** The four headers HomePort's image sends on every response, errors included. */
function expectSecurityHeaders(response: Raw, what: string): void {
  expect(response.headers['x-content-type-options'], what).toBe('nosniff');
  expect(response.headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(response.headers['x-frame-options'], what).toBe('DENY');
  const csp = String(response.headers['content-security-policy']);
  for (const directive of [
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "script-src 'self'",
  ])
    expect(csp, `${what}: ${directive}`).toContain(directive);
  // The API_URL the entrypoint was given is the API origin the page may call.
  expect(csp, what).toContain(`connect-src 'self' ${ORIGIN}`);
  // server_tokens off: no version number.
  expect(response.headers.server, what).toBe('nginx');
}

test.describe('the container’s nginx, for real', () => {
  test('a staff user signed in through HomePort’s session: overview, a transcript deep link reloaded', async ({
    page,
  }) => {
    // HomePort's sign-in on this origin (docs/api.md §9).
    await page.addInitScript((token) => {
      localStorage.setItem('waldur/auth/token', token);
      localStorage.setItem('waldur/auth/method', 'local');
      localStorage.setItem('waldur/i18n/lang', 'et');
    }, tokens.staff);
    const api: { url: string; authorization?: string; language?: string }[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/'))
        api.push({
          url: request.url(),
          authorization: request.headers().authorization,
          language: request.headers()['accept-language'],
        });
    });

    const overview = new OverviewPage(page);
    await page.goto(BASE);
    await expect(overview.heading).toBeVisible();
    await expect(overview.budgetMeter).toBeVisible();
    await expect(page.getByRole('link', { name: 'via HomePort' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out of Waldur' })).toBeVisible();
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', `${BASE}favicon.svg`);

    const conversations = new ConversationsPage(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Conversations' }).click();
    await expect(page).toHaveURL(`${ORIGIN}${BASE}sessions`);
    await conversations.rowLink(conversations.rows.first()).click();
    const transcript = new TranscriptPage(page);
    await expect(transcript.heading).toBeVisible();
    await expect(transcript.articles.first()).toBeVisible();
    const deepLink = page.url();
    expect(deepLink).toMatch(new RegExp(`^${ORIGIN}${BASE}sessions/[^/]+$`));

    // A reload asks nginx for the deep link itself: the SPA fallback answers, the app routes.
    await page.reload();
    await expect(page).toHaveURL(deepLink);
    await expect(transcript.heading).toBeVisible();
    await expect(transcript.articles.first()).toBeVisible();

    // Every call went to API_URL (the meta tag beat config.json's apiUrl) with HomePort's token.
    expect(api.length).toBeGreaterThan(3);
    for (const call of api) {
      expect(call.url.startsWith(`${ORIGIN}/api/`), call.url).toBe(true);
      expect(call.authorization).toBe(`Token ${tokens.staff}`);
      expect(call.language).toBe('et');
    }
  });

  test('index.html, deep links and config.json: security headers, never cached, API_URL written in', async () => {
    for (const path of [BASE, `${BASE}sessions/abc?turn=1`, `${BASE}users/some-visitor`]) {
      const page = await raw(path);
      expect(page.status, path).toBe(200);
      expect(page.headers['content-type'], path).toContain('text/html');
      expect(page.headers['cache-control'], path).toBe('no-cache');
      expect(page.headers.expires, path).toBeDefined();
      expectSecurityHeaders(page, path);
      const html = page.body.toString();
      expect(html).toContain(`<meta name="api-url" content="${ORIGIN}" />`);
      expect(html).toContain(`connect-src 'self' ${ORIGIN}`);
      expect(html).not.toContain('__API_URL__');
    }
    const config = await raw(`${BASE}config.json`);
    expect(config.status).toBe(200);
    expect(config.headers['content-type']).toContain('application/json');
    expect(config.headers['cache-control']).toBe('no-cache');
    expectSecurityHeaders(config, 'config.json');
  });

  test('hashed assets: immutable for a year, served pre-compressed, with the security headers repeated', async () => {
    const html = (await raw(BASE)).body.toString();
    const script = html.match(/<script type="module" crossorigin src="([^"]+)"/)?.[1] ?? '';
    const style = html.match(/<link rel="stylesheet" crossorigin href="([^"]+)"/)?.[1] ?? '';
    expect(script).toMatch(new RegExp(`^${BASE}assets/index-[\\w-]+\\.js$`));
    expect(style).toMatch(new RegExp(`^${BASE}assets/[\\w-]+\\.css$`));
    for (const path of [script, style]) {
      const asset = await raw(path, GZIP);
      expect(asset.status, path).toBe(200);
      expect(asset.headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
      expectSecurityHeaders(asset, path);
      // gzip_static: the .gz docker/build.sh made, sent as it is (its length, not a chunked stream).
      expect(asset.headers['content-encoding'], path).toBe('gzip');
      expect(asset.headers.vary, path).toContain('Accept-Encoding');
      const gz = statSync(`dist-nginx/html${path}.gz`).size;
      expect(Number(asset.headers['content-length']), path).toBe(gz);
    }
    const plain = await raw(script);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toContain('import');
  });

  test('gzip for JSON and SVG, through the API proxy too', async () => {
    const kpi = await raw('/api/anonymous-chat-interactions/kpi/', {
      ...GZIP,
      Authorization: `Token ${tokens.staff}`,
      Accept: 'application/json',
    });
    expect(kpi.status).toBe(200);
    expect(kpi.headers['content-type']).toContain('application/json');
    expect(kpi.headers['content-encoding']).toBe('gzip');
    const icon = await raw(`${BASE}favicon.svg`, GZIP);
    expect(icon.status).toBe(200);
    expect(icon.headers['content-type']).toBe('image/svg+xml');
    expect(icon.headers['content-encoding']).toBe('gzip');
    expectSecurityHeaders(icon, 'favicon.svg');
  });

  test('a missing asset is a real 404, not the page; so is anything outside the base path', async () => {
    for (const path of [
      `${BASE}assets/index-doesnotexist.js`,
      `${BASE}assets/nothing.css`,
      `${BASE}index.orig.html`,
    ]) {
      const missing = await raw(path);
      expect(missing.status, path).toBe(404);
      expect(missing.body.toString(), path).not.toContain('<div id="root">');
      expectSecurityHeaders(missing, path);
    }
    const outside = await raw('/');
    expect(outside.status).toBe(404);
    expectSecurityHeaders(outside, '/');
    const noSlash = await raw(BASE.replace(/\/$/, ''));
    expect(noSlash.status).toBe(301);
    expect(noSlash.headers.location).toBe(BASE);
  });

  test('the entrypoint at the root path without API_URL: a configuration nginx accepts, nothing written in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'waa-entrypoint-'));
    mkdirSync(join(dir, 'html'));
    copyFileSync(`dist-nginx/html${BASE}index.orig.html`, join(dir, 'html', 'index.html'));
    // nginx -t instead of serving: the entrypoint's last step checks the configuration it wrote.
    const check = join(dir, 'nginx-t');
    writeFileSync(check, `#!/bin/sh\nexec ${process.env.NGINX_BIN ?? 'nginx'} -t "$@"\n`);
    chmodSync(check, 0o755);
    const run = (env: Record<string, string>) =>
      spawnSync('sh', ['docker/entrypoint.sh'], {
        encoding: 'utf8',
        env: {
          PATH: `${process.env.PATH}:/usr/sbin`,
          HTML_DIR: join(dir, 'html'),
          NGINX_RUN_DIR: join(dir, 'run'),
          NGINX_TEMPLATE: `${process.cwd()}/docker/nginx.conf.template`,
          NGINX_BIN: check,
          PORT: '8099',
          NGINX_ACCESS_LOG: 'off',
          ...env,
        },
      });

    const ok = run({});
    expect(ok.stderr).toContain('test is successful');
    expect(ok.status).toBe(0);
    const conf = readFileSync(join(dir, 'run', 'nginx.conf'), 'utf8');
    expect(conf).toContain('location / {\n            # A deep link');
    expect(conf).not.toContain('return 404;\n        }\n        # END-outside-base');
    expect(conf).not.toContain('location /api/');
    expect(conf).toContain("connect-src 'self'; worker-src");
    const page = readFileSync(join(dir, 'html', 'index.html'), 'utf8');
    expect(page).toContain('<meta name="api-url" content="__API_URL__" />');

    const refusals: Record<string, string>[] = [
      { API_URL: 'https://waldur.example.org/"><script>' },
      { CSP_CONNECT_SRC: "https://a.example.org; script-src 'unsafe-inline'" },
      { BASE_PATH: '/a b/' },
      { API_UPSTREAM: 'http://api:8080/api/' },
    ];
    for (const bad of refusals) {
      const refused = run(bad);
      expect(refused.status, JSON.stringify(bad)).toBe(1);
      expect(refused.stderr).toMatch(/^entrypoint: /);
    }
  });
});
