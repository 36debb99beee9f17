// The API requests of a tour through every page, and the skeletons on the way back.
import { frameWhen, newPage, present, requestStats, trackApi } from './browser.mjs';
import { VISITOR_SESSIONS } from './measure-whole-lists.mjs';
import { repeat } from './stats.mjs';

/**
 * A tour of every page in one tab: the first visit of each (in-app navigation, cold cache),
 * then back through the history to each one again (should come from the cache: no skeleton).
 */
export async function benchRequests(browser, results) {
  const steps = new Map();
  const record = (name, kind, value) => {
    const key = `${kind}:${name}`;
    if (!steps.has(key)) steps.set(key, { name, kind, samples: [] });
    steps.get(key).samples.push(value);
  };
  const outcome = await repeat('requests', async () => {
    const { context, page } = await newPage(browser);
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
