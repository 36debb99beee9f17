// Sorting and searching 50,000 visitors in the browser.
import { WAIT } from './cli.mjs';
import { frameWhen, newPage, present, requestStats, trackApi } from './browser.mjs';
import { metric, repeat } from './stats.mjs';

/** The one visitor's sessions table, under the names it has had. */
export const VISITOR_SESSIONS = ['Visitor conversations', 'Visitor sessions'];
/** One column per run, never the default (Turns): counters and, for the text path, the slug. */
const SORT_COLUMNS = ['Thumbs up', 'Visitor', 'Thumbs down', 'Redactions', 'No feedback'];
const SEARCH_KEYS = ['a', 'b', 'c', 'd', 'e', 'f', '7', '3'];

export async function benchVisitors(browser, results) {
  const sort = [];
  const search = [];
  const loaded = [];
  const firstLoad = [];
  const outcome = await repeat('visitors', async (run) => {
    const { context, page } = await newPage(browser);
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
