// Sign-in and reload to the budget gauge on the overview.
import { TOKEN } from './cli.mjs';
import { frameWhen, newPage, present, requestStats, trackApi } from './browser.mjs';
import { metric, repeat } from './stats.mjs';

export async function benchBudget(browser, results) {
  const afterSignIn = [];
  const afterReload = [];
  const firstLoad = [];
  const outcome = await repeat('budget', async () => {
    const { context, page } = await newPage(browser, { signedIn: false });
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
