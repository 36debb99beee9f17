import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vitest/config';

// Content-Security-Policy for built bundles. Inline scripts and eval stay forbidden;
// connect-src is widened at deploy time when config.json points at another API origin
// (see README "Security and reliability").
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

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

export default defineConfig(({ command, mode }) => {
  const apiTarget = process.env.WALDUR_API_URL;
  // Fixtures: the demo build always, the dev server unless a real server is configured,
  // never the production build.
  const mock = mode === 'demo' || (command === 'serve' && mode !== 'production' && !apiTarget);
  return {
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
      proxy: apiTarget ? { '/api/': { target: apiTarget, changeOrigin: true, secure: true } } : undefined,
    },
    build: {
      sourcemap: false,
      chunkSizeWarningLimit: 600,
    },
    test: {
      environment: 'happy-dom',
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.{ts,tsx}'],
      restoreMocks: true,
    },
  };
});
