import { readdirSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vitest/config';

// Content-Security-Policy for built bundles. Inline scripts and eval stay forbidden.
// connect-src is the page's own origin; a build for an API on another origin (config.json
// `apiUrl`) names it: `CSP_CONNECT_SRC=https://waldur.example.org npm run build` (README
// "Security and reliability"). Only origins are accepted, so nothing else can be smuggled in.
// The container's entrypoint widens the same `connect-src 'self'` of the built meta tag with
// the API_URL it is given at start, and sends this policy as a header (docs/deployment.md).
const CONNECT_SRC = (process.env.CSP_CONNECT_SRC ?? '').split(/\s+/).filter(Boolean);
for (const origin of CONNECT_SRC) {
  if (!/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(origin))
    throw new Error(`CSP_CONNECT_SRC: not an origin: ${origin}`);
}
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  ["connect-src 'self'", ...CONNECT_SRC].join(' '),
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

// `frame-ancestors` only works as a response header (browsers ignore it, with a console error,
// in a <meta>); deployments add it there (README "Security and reliability").
const CSP_HEADER = `${CSP}; frame-ancestors 'none'`;

// Sub-path builds (docs/deployment.md): `BASE_PATH=/assistant-analytics/ npm run build` serves every
// asset, route, config.json and the demo's service worker under that path. Only plain path
// segments are accepted; missing slashes at either end are added.
function basePath(raw = process.env.BASE_PATH ?? '/'): string {
  const trimmed = raw.trim().replace(/^\/+|\/+$/g, '');
  if (trimmed && !/^[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/.test(trimmed))
    throw new Error(`BASE_PATH: not a path of plain segments: ${raw}`);
  return trimmed ? `/${trimmed}/` : '/';
}

function cspPlugin(): Plugin {
  return {
    name: 'waa-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      );
    },
  };
}

/**
 * The whole-list workers (`src/features/<x>/api/<y>.worker.ts`), found by pattern. Each is an
 * entry of its own as well as a lazy module of its page: a worker runs that module's chunk, so
 * everything it imports must be in chunks that never reach the app's entry (index.html's
 * script renders the app, which a worker cannot). Entries get exactly that: their dependencies
 * are split into chunks by who uses them, never merged into the app's own.
 */
function workerEntries(): Record<string, string> {
  const features = fileURLToPath(new URL('./src/features', import.meta.url));
  const entries: Record<string, string> = {};
  for (const feature of readdirSync(features)) {
    let files: string[] = [];
    try {
      files = readdirSync(`${features}/${feature}/api`);
    } catch {
      continue;
    }
    for (const file of files.filter((name) => name.endsWith('.worker.ts')))
      entries[file.replace(/\.ts$/, '')] = `${features}/${feature}/api/${file}`;
  }
  return entries;
}

export default defineConfig(({ command, mode }) => {
  const apiTarget = process.env.WALDUR_API_URL;
  // Fixtures: the demo build always, the dev server unless a real server is configured,
  // never the production build.
  const mock = mode === 'demo' || (command === 'serve' && mode !== 'production' && !apiTarget);
  return {
    base: basePath(),
    plugins: [react(), cspPlugin()],
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
        '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
      },
    },
    define: {
      __MOCK__: JSON.stringify(mock),
    },
    server: {
      port: 5173,
      strictPort: true,
      proxy: apiTarget ? { '/api/': { target: apiTarget, changeOrigin: true, secure: true } } : undefined,
    },
    preview: {
      port: 4173,
      strictPort: true,
      // As a deployment sends it; the e2e suite runs against this server.
      headers: { 'Content-Security-Policy': CSP_HEADER },
      proxy: apiTarget ? { '/api/': { target: apiTarget, changeOrigin: true, secure: true } } : undefined,
    },
    build: {
      sourcemap: false,
      chunkSizeWarningLimit: 600,
      rolldownOptions: {
        input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), ...workerEntries() },
      },
    },
    test: {
      environment: 'happy-dom',
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
      restoreMocks: true,
    },
  };
});
