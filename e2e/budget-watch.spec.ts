import { expect, test } from './fixtures';

type Shown = { title: string; body?: string; tag?: string };

/**
 * Budget watch with the tab left open: `budget-rising` climbs 5 % of the cap a minute from 70 %
 * at the top of the hour, so the 30 s polls cross 80 % (10:02), 95 % (10:05) and 100 % (10:06).
 * The page clock drives the polls; an init script counts the notifications the app creates.
 */
test('the tab title follows the budget and each threshold notifies exactly once', async ({
  page,
  context,
  overview,
}) => {
  await context.grantPermissions(['notifications']);
  await page.addInitScript(() => {
    const shown: Shown[] = [];
    const w = window as unknown as { __notifications: Shown[]; Notification: typeof Notification };
    w.__notifications = shown;
    const Real = w.Notification;
    // Counts what the app shows; the real constructor still runs (and may show it or throw).
    w.Notification = class extends Real {
      constructor(title: string, options?: NotificationOptions) {
        shown.push({ title, body: options?.body, tag: options?.tag });
        super(title, options);
      }
    };
  });
  const shown = () =>
    page.evaluate(() => (window as unknown as { __notifications: Shown[] }).__notifications);
  const poll = async () => page.clock.runFor(30_000);

  await page.clock.install({ time: new Date('2026-11-26T10:00:05Z') });
  await overview.goto('?scenario=budget-rising');
  // 3.5 M in the ten hours since midnight: at that pace the cap comes before the reset.
  await expect(overview.budget.getByText(/^On pace to reach the cap at \d\d:\d\d UTC$/)).toBeVisible();
  await expect(overview.budget.getByText("70% of today's cap used", { exact: true })).toBeVisible();
  const notify = overview.budget.getByRole('button', { name: 'Notify me' });
  await notify.click();
  await expect(notify).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveTitle(/^Overview · /);

  const expectTitle = async (title: RegExp) => {
    await expect(async () => {
      await poll();
      await expect(page).toHaveTitle(title, { timeout: 200 });
    }).toPass({ timeout: 20_000 });
  };

  await expectTitle(/^8\d% · Warning · Overview · /);
  expect(await shown()).toEqual([expect.objectContaining({ title: 'Assistant token budget: Warning' })]);

  await expectTitle(/^9[5-9]% · Critical · Overview · /);
  expect((await shown()).map((n) => n.title)).toEqual([
    'Assistant token budget: Warning',
    'Assistant token budget: Critical',
  ]);

  await expectTitle(/^1\d\d% · Exhausted · Overview · /);
  await expect(
    overview.budget.getByText('Budget exhausted — new chats are refused until reset', { exact: true }),
  ).toBeVisible();
  // …and a screen reader hears the change of state from the card's polite live region.
  await expect(overview.budget.getByText(/^Token budget: Budget exhausted/)).toHaveAttribute(
    'aria-live',
    'polite',
  );
  const three = await shown();
  expect(three.map((n) => n.title)).toEqual([
    'Assistant token budget: Warning',
    'Assistant token budget: Critical',
    'Assistant token budget: Exhausted',
  ]);
  expect(new Set(three.map((n) => n.tag)).size).toBe(3);

  // Later polls (still exhausted, the value still climbing) repeat nothing.
  for (let i = 0; i < 6; i++) await poll();
  await expect(page).toHaveTitle(/^1\d\d% · Exhausted · /);
  expect(await shown()).toHaveLength(3);
});
