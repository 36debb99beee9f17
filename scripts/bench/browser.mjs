// Pages, waits and in-browser measurements the sections share.
import { ORIGIN, TOKEN, VIEWPORT, WAIT } from './cli.mjs';
import { initScript } from './probes.mjs';
import { NotAvailable } from './stats.mjs';

export async function newPage(browser, { signedIn = true } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, baseURL: ORIGIN });
  await context.addInitScript(initScript, { token: signedIn ? TOKEN : '' });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  return { context, page };
}

/** The page-clock time of the first animation frame in which `probe(arg)` holds. */
export async function frameWhen(page, probe, arg, what, timeout = WAIT) {
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

export async function present(locator, what, timeout = 20_000) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    throw new NotAvailable(`${what} not found`);
  }
}

export const bench = (page, name, arg) => page.evaluate(([n, a]) => window.__bench[n](a), [name, arg]);

/** Counts the app's API calls: start and end on one clock, for duplicates and waterfall depth. */
export function trackApi(page) {
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

export function requestStats(entries) {
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

export async function cdpHeapMb(page) {
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
export function longestTask(trace) {
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
