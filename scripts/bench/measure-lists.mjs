// A server-paged list: "Next page" on the turns review.
import { WAIT } from './cli.mjs';
import { bench, frameWhen, newPage, present, requestStats, trackApi } from './browser.mjs';
import { metric, repeat } from './stats.mjs';

export async function benchInteractions(browser, results) {
  const toResponse = [];
  const afterResponse = [];
  const toRows = [];
  const server = [];
  const firstLoad = [];
  const outcome = await repeat('interactions', async (run) => {
    const { context, page } = await newPage(browser);
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
