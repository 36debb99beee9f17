// `npm run bench`: builds the production bundle, serves it with `vite preview` in front of the
// fixture API (the `large` scenario, in its own Node process), drives Debian's Chromium with
// Playwright and prints the medians, also written to bench-results/latest.json.
//
//   npm run bench                      everything, 5 runs per measurement
//   npm run bench -- --runs 7          more runs
//   npm run bench -- --only transcript,visitors   some sections (budget, transcript, visitors,
//                                      interactions, requests)
//   npm run bench -- --no-build        reuse dist-bench/ and dist-bench-api/ from the last run
//
// Not part of `npm test`: timed assertions flake on shared machines. Ports: BENCH_PORT (4190)
// for the app, BENCH_PORT + 1 for the API. See README "Performance".
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { buildMockApi } from './build-mock-api.mjs';
import { initScript } from './probes.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Math.max(1, Number(option('runs', process.env.BENCH_RUNS ?? 5)));
const ONLY = option('only', '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const SKIP_BUILD = args.includes('--no-build');
const PORT = Number(process.env.BENCH_PORT ?? 4190);
const API_PORT = PORT + 1;
const OUT = 'dist-bench';
const API_OUT = 'dist-bench-api';
const ORIGIN = `http://127.0.0.1:${PORT}`;
const TOKEN = '5f1c9a7e2b3d4c8e9f0a1b2c3d4e5f60718293a4'; // mocks/tokens.ts DEMO_TOKENS.staff
const VIEWPORT = { width: 1366, height: 900 };
const WAIT = 60_000;
/**
 * Viewports per animation frame while scrolling end to end, like dragging the scrollbar: from 1
 * up, every frame shows a window of turns that has not been rendered before, so the work per
 * frame is the same; 5 keeps a run under 10 s (1 renders every turn and takes 30 s or more).
 */
const SCROLL_STEP = Number(option('scroll-step', 5));
/** `--trace`: keep a full Chromium trace of one transcript scroll in bench-results/. */
const TRACE = args.includes('--trace');
const wanted = (section) => ONLY.length === 0 || ONLY.includes(section);

/** The launch flags this network needs, read from playwright.config.ts so they never drift. */
function chromiumArgs() {
  const config = readFileSync('playwright.config.ts', 'utf8');
  const block = config.match(/args:\s*\[([^\]]*)\]/)?.[1] ?? '';
  const flags = [...block.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  if (flags.length === 0) throw new Error('Could not read the Chromium args from playwright.config.ts');
  return flags;
}

const log = (...parts) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);
const load = () => os.loadavg().map((n) => n.toFixed(2));

// ---- statistics -------------------------------------------------------------------------------

function median(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

class NotAvailable extends Error {}

/** Runs `fn` RUNS times; a missing page element makes the measurement "n/a" instead of a crash. */
async function repeat(name, fn, runs = RUNS) {
  const samples = [];
  for (let run = 1; run <= runs; run += 1) {
    try {
      samples.push(await fn(run));
      log(`${name} ${run}/${runs}`, JSON.stringify(samples.at(-1)));
    } catch (error) {
      const reason =
        error instanceof NotAvailable ? error.message : `${error.name}: ${error.message.split('\n')[0]}`;
      log(`${name} ${run}/${runs} n/a: ${reason}`);
      return { samples, na: reason };
    }
  }
  return { samples, na: null };
}

// ---- servers ----------------------------------------------------------------------------------

async function buildAll() {
  let t = performance.now();
  await build({ logLevel: 'warn', mode: 'production', build: { outDir: OUT, emptyOutDir: true } });
  log(`app built into ${OUT}/ in ${Math.round(performance.now() - t)} ms`);
  t = performance.now();
  await buildMockApi(API_OUT);
  log(`fixture API built into ${API_OUT}/ in ${Math.round(performance.now() - t)} ms`);
  // The baseline lives next to the app (same origin, same proxy), never in public/.
  mkdirSync(`${OUT}/bench-baseline`, { recursive: true });
  cpSync('scripts/bench/baseline', `${OUT}/bench-baseline`, { recursive: true });
}

function startApi() {
  const child = spawn(process.execPath, [`${API_OUT}/mock-api.mjs`], {
    env: { ...process.env, BENCH_API_PORT: String(API_PORT), BENCH_SCENARIO: 'large' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error('fixture API did not start in 180 s')), 180_000);
    child.on('exit', (code) => reject(new Error(`fixture API exited with ${code}`)));
    child.stdout.on('data', (data) => {
      buffer += data;
      const line = buffer.split('\n').find((l) => l.includes('"ready":true'));
      if (line) {
        clearTimeout(timer);
        resolve({ child, info: JSON.parse(line) });
      }
    });
  });
}

async function startPreview() {
  // vite.config.ts proxies /api/ to WALDUR_API_URL in preview: the app calls its own origin.
  process.env.WALDUR_API_URL = `http://127.0.0.1:${API_PORT}`;
  return preview({
    logLevel: 'warn',
    build: { outDir: OUT },
    preview: { host: '127.0.0.1', port: PORT, strictPort: true, open: false },
  });
}

// ---- browser helpers --------------------------------------------------------------------------

let browser;

async function newPage({ signedIn = true } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, baseURL: ORIGIN });
  await context.addInitScript(initScript, { token: signedIn ? TOKEN : '' });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  return { context, page };
}

/** The page-clock time of the first animation frame in which `probe(arg)` holds. */
async function frameWhen(page, probe, arg, what, timeout = WAIT) {
  try {
    const handle = await page.waitForFunction(([name, value]) => window.__bench[name](value), [probe, arg], {
      polling: 'raf',
      timeout,
    });
    return await handle.jsonValue();
  } catch (error) {
    if (error.name === 'TimeoutError')
      throw new NotAvailable(`${what} did not appear within ${timeout / 1000} s`);
    throw error;
  }
}

async function present(locator, what, timeout = 20_000) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    throw new NotAvailable(`${what} not found`);
  }
}

const bench = (page, name, arg) => page.evaluate(([n, a]) => window.__bench[n](a), [name, arg]);

/** Counts the app's API calls: start and end on one clock, for duplicates and waterfall depth. */
function trackApi(page) {
  const entries = [];
  const open = new Map();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/api/')) return;
    const entry = {
      method: request.method(),
      path: url.pathname + url.search,
      start: performance.now(),
      end: null,
    };
    entries.push(entry);
    open.set(request, entry);
  });
  const done = (request) => {
    const entry = open.get(request);
    if (!entry) return;
    entry.end = performance.now();
    open.delete(request);
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    mark: () => entries.length,
    since: (mark) => entries.slice(mark),
    /** Resolves once no API request has been open for `ms`. */
    async quiet(ms = 500, timeout = WAIT) {
      const until = performance.now() + timeout;
      let calmSince = performance.now();
      while (performance.now() < until) {
        if (open.size > 0) calmSince = performance.now();
        else if (performance.now() - calmSince >= ms) return;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

function requestStats(entries) {
  const seen = new Map();
  for (const e of entries) seen.set(`${e.method} ${e.path}`, (seen.get(`${e.method} ${e.path}`) ?? 0) + 1);
  const duplicates = [...seen.values()].reduce((sum, n) => sum + (n - 1), 0);
  // Waterfall depth: the longest chain of requests each started after the previous one ended.
  const sorted = [...entries].sort((a, b) => a.start - b.start);
  const depth = [];
  sorted.forEach((e, i) => {
    let d = 1;
    for (let j = 0; j < i; j += 1)
      if (sorted[j].end !== null && sorted[j].end <= e.start) d = Math.max(d, depth[j] + 1);
    depth.push(d);
  });
  return {
    count: entries.length,
    duplicates,
    depth: depth.length ? Math.max(...depth) : 0,
    paths: entries.map((e) => `${e.method} ${e.path.replace(/^\/api\//, '')}`),
  };
}

async function cdpHeapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  return used / 1e6;
}

/**
 * The longest top-level task on the page's renderer main thread in a Chromium trace: wall time
 * (what the user waits) and thread CPU time (what the page computed; on a loaded machine the
 * difference is time the OS gave to other processes).
 */
function longestTask(trace) {
  const events = JSON.parse(trace.toString('utf8')).traceEvents ?? [];
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !main.has(`${e.pid}:${e.tid}`)) continue;
    if (e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'RunTask') continue;
    const key = `${e.pid}:${e.tid}`;
    const t = byThread.get(key) ?? { total: 0, wall: 0, cpu: 0 };
    t.total += e.dur;
    t.wall = Math.max(t.wall, e.dur);
    t.cpu = Math.max(t.cpu, e.tdur ?? 0);
    byThread.set(key, t);
  }
  // The page under test is the renderer that worked the most during the scroll.
  const busiest = [...byThread.values()].sort((a, b) => b.total - a.total)[0];
  return busiest ? { wall: busiest.wall / 1000, cpu: busiest.cpu / 1000 } : { wall: null, cpu: null };
}

// ---- sections ---------------------------------------------------------------------------------

async function benchBudget(results) {
  const afterSignIn = [];
  const afterReload = [];
  const firstLoad = [];
  const outcome = await repeat('budget', async () => {
    const { context, page } = await newPage({ signedIn: false });
    const api = trackApi(page);
    try {
      await page.goto('/sign-in');
      const field = page.getByLabel('API token');
      await present(field, 'the "API token" field');
      await field.fill(TOKEN);
      await page.getByRole('button', { name: 'Sign in' }).click();
      const shown = await frameWhen(page, 'budgetPercentShown', null, 'the budget percentage');
      const submitted = await page.evaluate(() => window.__bench.submit);
      afterSignIn.push(shown - submitted);
      // Let the signed-in page finish its calls, so the reload's first load is counted alone.
      await api.quiet();
      const mark = api.mark();
      await page.reload({ waitUntil: 'commit' });
      afterReload.push(await frameWhen(page, 'budgetPercentShown', null, 'the budget percentage'));
      await present(page.getByRole('region', { name: 'Key figures' }), 'the key figures');
      await api.quiet();
      firstLoad.push(requestStats(api.since(mark)));
      return { afterSignIn: Math.round(afterSignIn.at(-1)), afterReload: Math.round(afterReload.at(-1)) };
    } finally {
      await context.close();
    }
  });
  results.metrics.budgetAfterSignIn = metric(
    'Budget % on screen after sign-in (submit → gauge)',
    'ms',
    afterSignIn,
    outcome,
  );
  results.metrics.budgetAfterReload = metric(
    'Budget % on screen after a reload (navigation → gauge)',
    'ms',
    afterReload,
    outcome,
  );
  results.firstLoads.overview = firstLoad;
}

async function benchTranscript(results, info) {
  const session = info.longestSession.id;
  const fresh = () => ({
    first: [],
    all: [],
    response: [],
    bytes: [],
    end: [],
    task: [],
    taskCpu: [],
    taskApi: [],
    frameGap: [],
    elements: [],
    heap: [],
    reached: [],
  });
  const app = fresh();
  const base = fresh();
  const firstLoad = [];

  async function once(kind) {
    const sample = kind === 'app' ? app : base;
    const { context, page } = await newPage();
    const api = trackApi(page);
    try {
      const url =
        kind === 'app'
          ? `/sessions/${encodeURIComponent(session)}`
          : `/bench-baseline/index.html?session=${encodeURIComponent(session)}`;
      await page.goto(url, { waitUntil: 'commit' });
      const first = await frameWhen(page, 'turnVisible', 1, `${kind}: turn 1`);
      // The app shows the first page of turns while the whole conversation arrives.
      const all = await frameWhen(page, 'allTurnsReady', null, `${kind}: every turn loaded`);
      const response = await bench(page, 'resource', 'by-session/');
      await api.quiet();
      if (kind === 'app') firstLoad.push(requestStats(api.since(0)));
      let elements = await bench(page, 'elementCount');

      // A reader looks at the first screen before pressing End.
      await page.evaluate(() => window.__bench.settle());
      await page.waitForTimeout(300);
      await page.evaluate(
        () => document.activeElement instanceof HTMLElement && document.activeElement.blur(),
      );
      await page.keyboard.press('End');
      const last = await frameWhen(
        page,
        'turnVisible',
        info.longestSession.turns,
        `${kind}: the last turn after End`,
      );
      const pressed = await page.evaluate(() => window.__bench.key);
      elements = Math.max(elements, await bench(page, 'elementCount'));

      await page.evaluate(() => window.scrollTo(0, 0));
      await page.evaluate(() => window.__bench.settle());
      const rich = TRACE && kind === 'app';
      await browser.startTracing(page, {
        categories: rich
          ? [
              'toplevel',
              'devtools.timeline',
              'disabled-by-default-devtools.timeline',
              'v8.execute',
              'disabled-by-default-v8.cpu_profiler',
            ]
          : ['toplevel'],
      });
      const scroll = await bench(page, 'scrollEndToEnd', { step: SCROLL_STEP, maxFrames: 4000 });
      const trace = await browser.stopTracing();
      if (rich) {
        mkdirSync('bench-results', { recursive: true });
        writeFileSync('bench-results/transcript-scroll-trace.json', trace);
      }
      const heap = await cdpHeapMb(page);

      sample.first.push(first);
      sample.all.push(all);
      sample.response.push(response?.responseEnd ?? null);
      sample.bytes.push(response?.bytes ?? null);
      sample.end.push(last - pressed);
      const task = longestTask(trace);
      sample.task.push(task.wall);
      sample.taskCpu.push(task.cpu);
      sample.taskApi.push(scroll.longtaskMax);
      sample.frameGap.push(scroll.maxFrameGap);
      sample.elements.push(Math.max(elements, scroll.maxElements));
      sample.heap.push(heap);
      sample.reached.push(scroll.reachedEnd);
      return {
        kind,
        first: Math.round(first),
        all: Math.round(all),
        responseEnd: Math.round(response?.responseEnd ?? NaN),
        server: response?.server,
        mb: +((response?.bytes ?? 0) / 1e6).toFixed(1),
        end: Math.round(last - pressed),
        longestTask: Math.round(task.wall),
        longestTaskCpu: Math.round(task.cpu),
        longtaskApi: Math.round(scroll.longtaskMax),
        frames: scroll.frames,
        scrollMs: Math.round(scroll.ms),
        height: scroll.height,
        elements: sample.elements.at(-1),
        heapMb: Math.round(heap),
      };
    } finally {
      await context.close();
    }
  }

  // Alternate app and baseline so a change in machine load hits both alike.
  const outcome = await repeat('transcript', async () => {
    const a = await once('app');
    const b = await once('baseline');
    return { app: a, baseline: b };
  });
  const m = results.metrics;
  m.transcriptResponse = metric(
    'Transcript: by-session response received (navigation → last byte)',
    'ms',
    app.response,
    outcome,
    base.response,
  );
  m.transcriptFirstTurn = metric(
    'Transcript 3,000 turns: first turn painted (navigation → turn 1)',
    'ms',
    app.first,
    outcome,
    base.first,
  );
  m.transcriptAllTurns = metric(
    'Transcript: every turn loaded, find and export ready (navigation → whole conversation)',
    'ms',
    app.all,
    outcome,
    base.all,
  );
  m.transcriptEnd = metric(
    'Transcript: last turn on screen after End (key → turn 3,000)',
    'ms',
    app.end,
    outcome,
    base.end,
  );
  m.transcriptLongestTask = metric(
    'Transcript: longest main-thread task scrolling end to end (trace, wall)',
    'ms',
    app.task,
    outcome,
    base.task,
  );
  m.transcriptLongestTaskCpu = metric(
    'Transcript: longest main-thread task scrolling end to end (trace, CPU)',
    'ms',
    app.taskCpu,
    outcome,
    base.taskCpu,
  );
  m.transcriptLongTaskApi = metric(
    'Transcript: longest task, Long Tasks API (0 = none ≥ 50 ms)',
    'ms',
    app.taskApi,
    outcome,
    base.taskApi,
  );
  m.transcriptFrameGap = metric(
    'Transcript: longest frame gap while scrolling',
    'ms',
    app.frameGap,
    outcome,
    base.frameGap,
  );
  m.transcriptElements = metric(
    'Transcript: DOM elements, most at any time',
    'elements',
    app.elements,
    outcome,
    base.elements,
  );
  m.transcriptHeap = metric(
    'Transcript: JS heap after scrolling (after GC)',
    'MB',
    app.heap,
    outcome,
    base.heap,
  );
  m.transcriptReachedEnd = { label: 'scroll reached the end', app: app.reached, baseline: base.reached };
  results.firstLoads.transcript = firstLoad;
}

/** The one visitor's sessions table, under the names it has had. */
const VISITOR_SESSIONS = ['Visitor conversations', 'Visitor sessions'];
/** One column per run, never the default (Turns): counters and, for the text path, the slug. */
const SORT_COLUMNS = ['Thumbs up', 'Visitor', 'Thumbs down', 'Redactions', 'No feedback'];
const SEARCH_KEYS = ['a', 'b', 'c', 'd', 'e', 'f', '7', '3'];

async function benchVisitors(results) {
  const sort = [];
  const search = [];
  const loaded = [];
  const firstLoad = [];
  const outcome = await repeat('visitors', async (run) => {
    const { context, page } = await newPage();
    const api = trackApi(page);
    try {
      await page.goto('/users', { waitUntil: 'commit' });
      const table = page.getByRole('table', { name: 'Visitors' });
      await present(table, 'the "Visitors" table', WAIT);
      const ready = await frameWhen(page, 'tableReady', 'Visitors', 'visitor rows');
      loaded.push(ready);
      await api.quiet();
      firstLoad.push(requestStats(api.since(0)));
      await page.evaluate(() => window.__bench.settle());

      const column = SORT_COLUMNS[(run - 1) % SORT_COLUMNS.length];
      const button = table.getByRole('button', { name: column, exact: true });
      await present(button, `the "${column}" sort button`);
      await button.click();
      const sorted = await frameWhen(
        page,
        'sortedBy',
        { caption: 'Visitors', column },
        `rows sorted by ${column}`,
      );
      const clicked = await page.evaluate(() => window.__bench.click);
      sort.push(sorted - clicked);

      await page.evaluate(() => window.__bench.settle());
      const box = page.getByRole('searchbox', { name: 'Find visitor' });
      await present(box, 'the "Find visitor" search box');
      await box.focus();
      const key = SEARCH_KEYS[(run - 1) % SEARCH_KEYS.length];
      await page.keyboard.press(key);
      const filtered = await frameWhen(page, 'visitorsFiltered', true, 'the filtered visitors');
      const typed = await page.evaluate(() => window.__bench.key);
      search.push(filtered - typed);
      return {
        column,
        sort: Math.round(sorted - clicked),
        key,
        search: Math.round(filtered - typed),
        rowsAt: Math.round(ready),
      };
    } finally {
      await context.close();
    }
  });
  results.metrics.visitorsLoad = metric(
    'Visitors 50,000: first rows after navigation (info)',
    'ms',
    loaded,
    outcome,
  );
  results.metrics.visitorsSort = metric('Visitors 50,000: sort click → re-sorted rows', 'ms', sort, outcome);
  results.metrics.visitorsSearch = metric(
    'Visitors 50,000: slug-search keystroke → filtered rows',
    'ms',
    search,
    outcome,
  );
  results.firstLoads.visitors = firstLoad;
}

async function benchInteractions(results) {
  const toResponse = [];
  const afterResponse = [];
  const toRows = [];
  const server = [];
  const firstLoad = [];
  const outcome = await repeat('interactions', async (run) => {
    const { context, page } = await newPage();
    const api = trackApi(page);
    try {
      await page.goto('/interactions', { waitUntil: 'commit' });
      await present(page.getByRole('table', { name: 'Turns' }), 'the "Turns" table', WAIT);
      await frameWhen(page, 'tableReady', 'Turns', 'turn rows');
      await api.quiet();
      firstLoad.push(requestStats(api.since(0)));
      await page.evaluate(() => window.__bench.settle());
      // Later runs start further in, so no page is served from a cache.
      const target = run + 1;
      const next = page
        .getByRole('navigation', { name: 'Pagination' })
        .getByRole('button', { name: 'Next page' });
      await present(next, 'the "Next page" button');
      for (let p = 2; p < target; p += 1) {
        const before = await bench(page, 'firstRowText', 'Turns');
        await next.click();
        await frameWhen(page, 'rowsChanged', { caption: 'Turns', before }, `page ${p}`);
      }
      await page.evaluate(() => window.__bench.settle());
      const before = await bench(page, 'firstRowText', 'Turns');
      await next.click();
      const shown = await frameWhen(page, 'rowsChanged', { caption: 'Turns', before }, `page ${target} rows`);
      const clicked = await page.evaluate(() => window.__bench.click);
      const response = await bench(page, 'listResponse', { since: clicked, page: target });
      const responseEnd = response ? Math.max(response.responseEnd, clicked) : null;
      toRows.push(shown - clicked);
      toResponse.push(responseEnd === null ? null : responseEnd - clicked);
      afterResponse.push(responseEnd === null ? null : shown - responseEnd);
      server.push(response?.server ?? null);
      return {
        page: target,
        toResponse: responseEnd === null ? null : Math.round(responseEnd - clicked),
        afterResponse: responseEnd === null ? null : Math.round(shown - responseEnd),
        server: response?.server,
      };
    } finally {
      await context.close();
    }
  });
  const m = results.metrics;
  m.nextPageResponse = metric('Turns list: "Next page" click → response received', 'ms', toResponse, outcome);
  m.nextPageServer = metric('Turns list: of which server time (Server-Timing)', 'ms', server, outcome);
  m.nextPageAfterResponse = metric('Turns list: response → new rows on screen', 'ms', afterResponse, outcome);
  m.nextPageTotal = metric('Turns list: "Next page" click → new rows on screen', 'ms', toRows, outcome);
  results.firstLoads.interactions = firstLoad;
}

/**
 * A tour of every page in one tab: the first visit of each (in-app navigation, cold cache),
 * then back through the history to each one again (should come from the cache: no skeleton).
 */
async function benchRequests(results) {
  const steps = new Map();
  const record = (name, kind, value) => {
    const key = `${kind}:${name}`;
    if (!steps.has(key)) steps.set(key, { name, kind, samples: [] });
    steps.get(key).samples.push(value);
  };
  const outcome = await repeat('requests', async () => {
    const { context, page } = await newPage();
    const api = trackApi(page);
    try {
      const step = async (name, kind, action, ready) => {
        await page.evaluate(() => window.__bench?.reset());
        const mark = api.mark();
        await action();
        await ready();
        await api.quiet(400);
        const seen = await page.evaluate(() => ({
          skeletons: window.__bench.skeletons,
          busy: window.__bench.busy,
          names: window.__bench.skeletonNames,
        }));
        const stats = requestStats(api.since(mark));
        record(name, kind, {
          ...stats,
          skeletons: seen.skeletons,
          busy: seen.busy,
          skeletonNames: seen.names,
        });
      };
      const nav = (label) => () =>
        page
          .getByRole('navigation', { name: 'Main' })
          .getByRole('link', { name: label, exact: true })
          .click();
      const table = (caption) => () => frameWhen(page, 'tableReady', caption, `the "${caption}" table`);
      const overviewReady = async () => {
        await frameWhen(page, 'budgetPercentShown', null, 'the budget percentage');
        await present(
          page
            .getByRole('region', { name: 'Key figures' })
            .getByRole('group', { name: 'Turns', exact: true }),
          'the "Turns" key figure',
        );
      };
      const transcriptReady = () => frameWhen(page, 'turnVisible', 1, 'turn 1');
      const visitorReady = async () => {
        await present(page.getByRole('heading', { level: 1, name: /^Visitor / }), 'the visitor heading');
        await frameWhen(page, 'tableReady', VISITOR_SESSIONS, 'the visitor’s conversations');
      };

      await step('Overview', 'full', () => page.goto('/', { waitUntil: 'commit' }), overviewReady);
      await page.evaluate(() => window.__bench.watch());
      await step('Visitors', 'first', nav('Visitors'), table('Visitors'));
      await step(
        'Visitor',
        'first',
        () =>
          page
            .getByRole('table', { name: 'Visitors' })
            .getByRole('row')
            .nth(1)
            .getByRole('link')
            .first()
            .click(),
        visitorReady,
      );
      await step(
        'Transcript',
        'first',
        () =>
          page
            .getByRole('table', { name: new RegExp(`^(${VISITOR_SESSIONS.join('|')})$`) })
            .getByRole('row')
            .nth(1)
            .getByRole('link')
            .first()
            .click(),
        transcriptReady,
      );
      await step('Conversations', 'first', nav('Conversations'), table('Conversations'));
      await step('Turns', 'first', nav('Turns'), table('Turns'));
      await step('Feedback', 'first', nav('Feedback'), table('Feedback'));
      await step('Turns', 'return', () => page.goBack(), table('Turns'));
      await step('Conversations', 'return', () => page.goBack(), table('Conversations'));
      await step('Transcript', 'return', () => page.goBack(), transcriptReady);
      await step('Visitor', 'return', () => page.goBack(), visitorReady);
      await step('Visitors', 'return', () => page.goBack(), table('Visitors'));
      await step('Overview', 'return', () => page.goBack(), overviewReady);
      return { steps: steps.size };
    } finally {
      await context.close();
    }
  });
  results.tour = { na: outcome.na, steps: [...steps.values()] };
}

// ---- report -----------------------------------------------------------------------------------

function metric(label, unit, samples, outcome, baselineSamples) {
  const value = median(samples);
  const finite = samples.filter((s) => typeof s === 'number' && Number.isFinite(s));
  const out = {
    label,
    unit,
    median: value,
    min: finite.length ? Math.min(...finite) : null,
    max: finite.length ? Math.max(...finite) : null,
    samples: samples.map((s) => (typeof s === 'number' ? Math.round(s * 10) / 10 : s)),
    na: value === null ? (outcome.na ?? 'no samples') : null,
  };
  if (baselineSamples) {
    out.baseline = median(baselineSamples);
    out.baselineSamples = baselineSamples.map((s) => (typeof s === 'number' ? Math.round(s * 10) / 10 : s));
    out.ratio = value !== null && out.baseline ? value / out.baseline : null;
  }
  return out;
}

/** Issue 7's targets, judged on the medians. */
function judge(results) {
  const m = results.metrics;
  const targets = [];
  const add = (name, ok, detail) =>
    targets.push({ name, result: ok === null ? 'n/a' : ok ? 'PASS' : 'FAIL', detail });
  const v = (k) => m[k]?.median ?? null;
  const first = m.transcriptFirstTurn;
  add(
    'Transcript first turn ≤ 1.5× baseline and ≤ 800 ms',
    first?.median == null || first.ratio == null ? null : first.ratio <= 1.5 && first.median <= 800,
    first?.median == null
      ? first?.na
      : `${fmt(first.median)} ms, ${first.ratio?.toFixed(2)}× baseline (${fmt(first.baseline)} ms)`,
  );
  add(
    'Longest task while scrolling ≤ 50 ms (wall clock)',
    v('transcriptLongestTask') === null ? null : v('transcriptLongestTask') <= 50,
    `${fmt(v('transcriptLongestTask'))} ms`,
  );
  add(
    'Longest task while scrolling ≤ 50 ms (main-thread CPU)',
    v('transcriptLongestTaskCpu') === null ? null : v('transcriptLongestTaskCpu') <= 50,
    `${fmt(v('transcriptLongestTaskCpu'))} ms`,
  );
  add(
    'DOM elements ≤ 4,000 at any time',
    v('transcriptElements') === null ? null : m.transcriptElements.max <= 4000,
    `max ${fmt(m.transcriptElements?.max)} of all runs`,
  );
  add(
    'Visitors sort ≤ 150 ms',
    v('visitorsSort') === null ? null : v('visitorsSort') <= 150,
    `${fmt(v('visitorsSort'))} ms`,
  );
  add(
    'Visitors search ≤ 150 ms',
    v('visitorsSearch') === null ? null : v('visitorsSearch') <= 150,
    `${fmt(v('visitorsSearch'))} ms`,
  );
  add(
    'Next page ≤ 300 ms after the response',
    v('nextPageAfterResponse') === null ? null : v('nextPageAfterResponse') <= 300,
    `${fmt(v('nextPageAfterResponse'))} ms`,
  );
  const returns = (results.tour?.steps ?? []).filter((s) => s.kind === 'return');
  const spinners = returns.map((s) => [s.name, median(s.samples.map((x) => x.skeletons))]);
  add(
    'Returning to a visited page: 0 spinners',
    returns.length === 0 ? null : spinners.every(([, n]) => n === 0),
    returns.length === 0 ? results.tour?.na : spinners.map(([n, c]) => `${n} ${c}`).join(', '),
  );
  results.targets = targets;
}

function fmt(n, digits = 0) {
  if (n === null || n === undefined || Number.isNaN(n)) return 'n/a';
  return Number(n).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

function printReport(results) {
  const rows = [['Measurement', 'Median', 'Range', 'Baseline', 'Ratio']];
  for (const m of Object.values(results.metrics)) {
    if (!('median' in m)) continue;
    const digits = m.unit === 'MB' ? 1 : 0;
    rows.push([
      `${m.label} (${m.unit})`,
      m.median === null ? `n/a` : fmt(m.median, digits),
      m.median === null ? m.na : `${fmt(m.min, digits)}–${fmt(m.max, digits)}`,
      m.baseline === undefined ? '' : fmt(m.baseline, digits),
      m.ratio == null ? '' : `${m.ratio.toFixed(2)}×`,
    ]);
  }
  table(rows);

  const tourRows = [
    ['Page', 'Visit', 'API requests', 'Duplicates', 'Waterfall depth', 'Skeletons', 'aria-busy'],
  ];
  const firstLoads = Object.entries(results.firstLoads);
  for (const [name, loads] of firstLoads) {
    if (!loads.length) continue;
    tourRows.push([
      name,
      'full load',
      fmt(median(loads.map((l) => l.count))),
      fmt(median(loads.map((l) => l.duplicates))),
      fmt(median(loads.map((l) => l.depth))),
      '',
      '',
    ]);
  }
  for (const s of results.tour?.steps ?? []) {
    tourRows.push([
      s.name,
      s.kind === 'full' ? 'full load' : s.kind === 'first' ? 'first (in-app)' : 'return (back)',
      fmt(median(s.samples.map((x) => x.count))),
      fmt(median(s.samples.map((x) => x.duplicates))),
      fmt(median(s.samples.map((x) => x.depth))),
      s.kind === 'return' ? fmt(median(s.samples.map((x) => x.skeletons))) : '',
      s.kind === 'return' ? fmt(median(s.samples.map((x) => x.busy))) : '',
    ]);
  }
  console.log('');
  table(tourRows);
  console.log('');
  table([
    ['Target (issue 7)', 'Result', 'Median'],
    ...results.targets.map((t) => [t.name, t.result, t.detail ?? '']),
  ]);
}

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? '').length)));
  rows.forEach((row, i) => {
    console.log(
      row
        .map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c])))
        .join('  '),
    );
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  });
}

// ---- main -------------------------------------------------------------------------------------

async function main() {
  const started = performance.now();
  const results = {
    generatedAt: new Date().toISOString(),
    command: `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGb: Math.round(os.totalmem() / 1e9),
      loadStart: load(),
    },
    runs: RUNS,
    metrics: {},
    firstLoads: {},
  };
  log(`load average ${results.machine.loadStart.join(' ')} on ${results.machine.cpus} cores`);
  if (!SKIP_BUILD) await buildAll();
  const api = await startApi();
  results.dataset = api.info;
  log(`fixture API ready: ${JSON.stringify(api.info)}`);
  const server = await startPreview();
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs(),
    });
    results.browser = `Chromium ${browser.version()}`;
    if (wanted('budget')) await benchBudget(results);
    if (wanted('transcript')) await benchTranscript(results, api.info);
    if (wanted('visitors')) await benchVisitors(results);
    if (wanted('interactions')) await benchInteractions(results);
    if (wanted('requests')) await benchRequests(results);
  } finally {
    await browser?.close();
    await server.close();
    api.child.kill();
  }
  results.machine.loadEnd = load();
  results.durationS = Math.round((performance.now() - started) / 1000);
  judge(results);
  console.log(
    `\nnpm run bench · ${results.generatedAt} · ${results.browser} · ${RUNS} runs, medians · load average ${results.machine.loadStart.join(' ')} → ${results.machine.loadEnd.join(' ')} on ${results.machine.cpus} cores · ${results.durationS} s\n`,
  );
  printReport(results);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nWritten to bench-results/latest.json');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
