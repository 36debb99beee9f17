// The whole-array lists (docs/api.md §1.4): visitors (`by-user/`) and conversations
// (`conversations/`) at the dataset the fixture API serves (50,000 or 200,000 rows): first rows,
// sort, search, and what the main thread went through meanwhile.
import { bench, frameWhen, longestTask, newPage, present, requestStats, trackApi } from './browser.mjs';
import { launchQuiet } from './quiet-page.mjs';
import { metric, repeat } from './stats.mjs';

/** The one visitor's sessions table, under the names it has had. */
export const VISITOR_SESSIONS = ['Visitor conversations', 'Visitor sessions'];

/**
 * Each list: its page, table, endpoint, search box, and one column per run (never the default
 * sort) whose cells read in order as numbers or text, so the probe can check the rows' order.
 */
export const WHOLE_LISTS = [
  {
    key: 'visitors',
    name: 'Visitors',
    path: '/users',
    caption: 'Visitors',
    plural: 'visitors',
    endpoint: 'by-user/',
    searchBox: 'Find visitor',
    columns: ['Thumbs up', 'Visitor', 'Thumbs down', 'Redactions', 'Not voted'],
    keys: ['a', 'b', 'c', 'd', 'e', 'f', '7', '3'],
  },
  {
    key: 'conversations',
    name: 'Conversations',
    path: '/sessions',
    caption: 'Conversations',
    plural: 'conversations',
    endpoint: 'conversations/',
    searchBox: 'Find conversation',
    columns: ['Turns', 'Conversation', 'Total', 'Shown', 'In'],
    keys: ['a', 'b', 'c', 'd', 'e', 'f', '7', '3'],
  },
];

/** Runs `fn` under a Chromium trace of top-level tasks; the longest one, wall and CPU. */
async function traced(browser, page, fn) {
  await browser.startTracing(page, { categories: ['toplevel'] });
  let value;
  try {
    value = await fn();
  } finally {
    const trace = await browser.stopTracing();
    if (value !== undefined) value.task = longestTask(trace);
  }
  return value;
}

/**
 * `size` labels the dataset ("50,000"), `tag` keys the metrics ("50k"). One unmeasured load per
 * list first: the fixture server computes each aggregate answer once (seconds at 200,000 rows
 * in Node) and keeps it, so the runs measure the app and the transfer. Each run loads the list in the quiet Chromium (quiet-page.mjs: first
 * rows and the stalls while loading, with no DevTools network client copying the answer), then
 * in Playwright's page for the sort and the search (no request, so nothing for it to copy).
 */
export async function benchWholeLists(browser, results, { size, tag }) {
  const quiet = await launchQuiet();
  try {
    for (const list of WHOLE_LISTS) await benchOne(browser, quiet, results, list, { size, tag });
  } finally {
    await quiet.close();
  }
}

async function benchOne(browser, quiet, results, list, { size, tag }) {
  {
    const { context, page } = await newPage(browser);
    try {
      await page.goto(list.path, { waitUntil: 'commit' });
      await frameWhen(page, 'tableReady', list.caption, `${list.name}: warm-up rows`, 180_000);
    } catch {
      // The measured runs say what is missing.
    } finally {
      await context.close();
    }
  }
  const s = {
    first: [],
    response: [],
    loadLongtask: [],
    loadTimer: [],
    loadFrame: [],
    navLongtask: [],
    sort: [],
    sortTask: [],
    search: [],
    searchTask: [],
    actionTimer: [],
    actionLongtask: [],
    firstLoad: [],
  };
  const outcome = await repeat(`${list.key} ${size}`, async (run) => {
    const load = await quiet.load(list.path, list);
    const { context, page } = await newPage(browser);
    const api = trackApi(page);
    try {
      await page.goto(list.path, { waitUntil: 'commit' });
      await frameWhen(page, 'tableReady', list.caption, `${list.name} rows`);
      await api.quiet();
      s.firstLoad.push(requestStats(api.since(0)));

      const table = page.getByRole('table', { name: list.caption });
      const column = list.columns[(run - 1) % list.columns.length];
      const button = table.getByRole('button', { name: column, exact: true });
      await present(button, `the "${column}" sort button`);
      const sort = await traced(browser, page, async () => {
        await button.click();
        const done = await frameWhen(
          page,
          'sortedBy',
          { caption: list.caption, column },
          `rows by ${column}`,
        );
        const clicked = await page.evaluate(() => window.__bench.click);
        const settled = await page.evaluate(() => window.__bench.settle());
        return { ms: done - clicked, from: clicked, settled };
      });

      const box = page.getByRole('searchbox', { name: list.searchBox });
      await present(box, `the "${list.searchBox}" search box`);
      await box.focus();
      const key = list.keys[(run - 1) % list.keys.length];
      const search = await traced(browser, page, async () => {
        await page.keyboard.press(key);
        const done = await frameWhen(
          page,
          'searchApplied',
          { caption: list.caption, plural: list.plural },
          `the ${list.plural} found`,
        );
        const typed = await page.evaluate(() => window.__bench.key);
        const settled = await page.evaluate(() => window.__bench.settle());
        return { ms: done - typed, settled };
      });
      const actionStalls = await bench(page, 'stallsBetween', { from: sort.from, to: search.settled });

      const response = load.response;
      s.first.push(load.ready);
      s.response.push(response?.responseEnd ?? null);
      s.loadLongtask.push(load.fromRequest.longtask);
      s.loadTimer.push(load.fromRequest.timer);
      s.loadFrame.push(load.fromRequest.frame);
      s.navLongtask.push(load.fromNavigation.longtask);
      s.sort.push(sort.ms);
      s.sortTask.push(sort.task.wall);
      s.search.push(search.ms);
      s.searchTask.push(search.task.wall);
      s.actionTimer.push(actionStalls.timer);
      s.actionLongtask.push(actionStalls.longtask);
      return {
        first: Math.round(load.ready),
        received: Math.round(response?.responseEnd ?? 0),
        longtask: Math.round(load.fromRequest.longtask),
        timer: Math.round(load.fromRequest.timer),
        frame: Math.round(load.fromRequest.frame),
        navLongtask: Math.round(load.fromNavigation.longtask),
        column,
        sort: Math.round(sort.ms),
        sortTask: Math.round(sort.task.wall),
        key,
        search: Math.round(search.ms),
        searchTask: Math.round(search.task.wall),
        actionTimer: Math.round(actionStalls.timer),
        actionLongtask: Math.round(actionStalls.longtask),
      };
    } finally {
      await context.close();
    }
  });
  const id = `${list.key}${tag}`;
  const label = `${list.name} ${size}`;
  const m = results.metrics;
  m[`${id}First`] = metric(`${label}: first rows after navigation (quiet page)`, 'ms', s.first, outcome);
  m[`${id}Response`] = metric(
    `${label}: ${list.endpoint} read to its last byte by the worker (from navigation, quiet page)`,
    'ms',
    s.response,
    outcome,
  );
  m[`${id}NavLongtask`] = metric(
    `${label}: longest task from navigation, app start included (quiet page, Long Tasks API)`,
    'ms',
    s.navLongtask,
    outcome,
  );
  m[`${id}LoadLongtask`] = metric(
    `${label}: longest task from the list's request to rows (quiet page, Long Tasks API; 0 = none over 50 ms)`,
    'ms',
    s.loadLongtask,
    outcome,
  );
  m[`${id}LoadTimer`] = metric(
    `${label}: longest timer stall from the list's request to rows (countdown probe; 0 = none over 8 ms)`,
    'ms',
    s.loadTimer,
    outcome,
  );
  m[`${id}LoadFrame`] = metric(
    `${label}: longest gap between frames from the list's request to rows`,
    'ms',
    s.loadFrame,
    outcome,
  );
  m[`${id}Sort`] = metric(`${label}: sort click → re-sorted rows`, 'ms', s.sort, outcome);
  m[`${id}SortTask`] = metric(
    `${label}: longest main-thread task, sort (trace, wall)`,
    'ms',
    s.sortTask,
    outcome,
  );
  m[`${id}Search`] = metric(`${label}: search keystroke → rows found`, 'ms', s.search, outcome);
  m[`${id}SearchTask`] = metric(
    `${label}: longest main-thread task, search (trace, wall)`,
    'ms',
    s.searchTask,
    outcome,
  );
  m[`${id}ActionTimer`] = metric(
    `${label}: longest timer stall, sort and search (countdown probe)`,
    'ms',
    s.actionTimer,
    outcome,
  );
  m[`${id}ActionLongtask`] = metric(
    `${label}: longest task, sort and search, Long Tasks API (0 = none over 50 ms)`,
    'ms',
    s.actionLongtask,
    outcome,
  );
  results.firstLoads[`${list.key} ${size}`] = s.firstLoad;
}
