// `npm run screenshots`: the README gallery, regenerated from the fixtures so it never goes stale.
// Builds the demo (fixtures compiled in), serves it on its own port, and writes every page in
// the light and the dark theme to docs/screenshots/<page>-<theme>.png (1366×900, the viewport
// only), plus docs/screenshot-overview.png for the top of the README. The page clock is fixed,
// so the same code gives the same pictures.
//
// Env: SCREENSHOTS_PORT (default 4270), CHROMIUM_PATH (default /usr/bin/chromium),
// SCREENSHOTS_SKIP_BUILD=1 to reuse dist-screenshots/.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.SCREENSHOTS_PORT ?? 4270);
const OUT_DIR = 'dist-screenshots';
const BASE = `http://127.0.0.1:${PORT}`;
const SHOTS = 'docs/screenshots';
// A weekday afternoon (UTC): the budget is part-used, the charts have a full window of data.
const CLOCK = new Date('2026-11-26T14:30:00Z');
const THEMES = ['light', 'dark'];
const VIEWPORT = { width: 1366, height: 900 };

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
};

async function waitForServer(url, timeoutMs = 60_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

const bodyRows = (page, table) =>
  page
    .getByRole('table', { name: table })
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });

/** Each page: where it is and what must be on screen before the picture is taken. */
const PAGES = [
  {
    name: 'overview',
    open: async (page) => {
      await page.goto(`${BASE}/`);
      await page.getByRole('region', { name: 'Judge intents' }).getByRole('figure').waitFor();
      await page.getByRole('meter').first().waitFor();
    },
  },
  {
    name: 'visitors',
    open: async (page) => {
      await page.goto(`${BASE}/users`);
      await bodyRows(page, 'Visitors').first().getByRole('link').first().waitFor();
    },
  },
  {
    name: 'visitor',
    open: async (page, ids) => {
      await page.goto(`${BASE}${ids.visitor}`);
      await page.getByRole('main').getByRole('table').getByRole('link').first().waitFor();
    },
  },
  {
    name: 'conversations',
    open: async (page) => {
      await page.goto(`${BASE}/sessions`);
      await bodyRows(page, 'Conversations').first().getByRole('link').first().waitFor();
    },
  },
  {
    name: 'transcript',
    open: async (page, ids) => {
      await page.goto(`${BASE}${ids.transcript}`);
      await page.getByRole('article').first().waitFor();
    },
  },
  {
    name: 'turns',
    open: async (page) => {
      await page.goto(`${BASE}/interactions`);
      await bodyRows(page, 'Turns').first().getByRole('link').first().waitFor();
    },
  },
  {
    name: 'feedback',
    open: async (page) => {
      await page.goto(`${BASE}/feedback`);
      await bodyRows(page, 'Feedback').first().getByRole('link').first().waitFor();
    },
  },
  {
    name: 'sign-in',
    open: async (page) => {
      await page.evaluate(() => sessionStorage.clear());
      await page.goto(`${BASE}/sign-in`);
      await page.getByLabel('API token').waitFor();
    },
  },
];

/** A flagged conversation with several turns, and its visitor: the same ones every run. */
async function pickIds(page) {
  await page.goto(`${BASE}/sessions?is_flagged=true&o=-message_count`);
  const row = bodyRows(page, 'Conversations').first();
  await row.getByRole('link').first().waitFor();
  return {
    transcript: await row.getByRole('link').first().getAttribute('href'),
    visitor: await row.getByRole('link').nth(1).getAttribute('href'),
  };
}

async function main() {
  if (process.env.SCREENSHOTS_SKIP_BUILD !== '1')
    run('npx', ['vite', 'build', '--mode', 'demo', '--outDir', OUT_DIR]);
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', OUT_DIR, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    // Its own process group, so that stopping it also stops the vite process npx started.
    { stdio: 'ignore', shell: process.platform === 'win32', detached: process.platform !== 'win32' },
  );
  const stopServer = () => {
    try {
      if (process.platform === 'win32') server.kill();
      else process.kill(-server.pid);
    } catch {
      // already gone
    }
  };
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    });
    await waitForServer(BASE);
    mkdirSync(SHOTS, { recursive: true });
    for (const theme of THEMES) {
      const context = await browser.newContext({
        viewport: VIEWPORT,
        colorScheme: theme,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      await page.clock.install({ time: CLOCK });
      const ids = await pickIds(page);
      for (const { name, open } of PAGES) {
        await open(page, ids);
        // Let fonts, charts and the last layout settle; nothing animates with reduced motion.
        await page.evaluate(() => document.fonts.ready);
        await page.mouse.move(0, VIEWPORT.height - 1);
        const file = `${SHOTS}/${name}-${theme}.png`;
        await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
        console.log(`wrote ${file}`);
      }
      await context.close();
    }
    copyFileSync(`${SHOTS}/overview-light.png`, 'docs/screenshot-overview.png');
    console.log('wrote docs/screenshot-overview.png');
  } finally {
    await browser?.close();
    stopServer();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
