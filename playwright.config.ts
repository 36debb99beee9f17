import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4174);
const useDev = process.env.E2E_DEV === '1';
const outDir = process.env.E2E_OUT ?? 'dist-demo';
const baseURL = `http://127.0.0.1:${useDev ? 5173 : port}`;

export default defineConfig({
  testDir: './e2e',
  // The nginx suite has its own config and servers (playwright.nginx.config.ts).
  testIgnore: ['nginx/**'],
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL,
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1366, height: 900 },
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: useDev
    ? {
        command: 'npx vite --host 127.0.0.1',
        url: baseURL,
        reuseExistingServer: !process.env.CI,
        timeout: 60_000,
      }
    : {
        command: `npx vite build --mode demo --outDir ${outDir} && npx vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
        url: baseURL,
        reuseExistingServer: false,
        timeout: 120_000,
      },
});
