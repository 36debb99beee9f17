import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * No page scrolls sideways: on a phone (375 × 812), a tablet (768 × 1024) and a small laptop
 * (1024), wide tables scroll inside their own box and everything else wraps; and at 1366 px with
 * 20,000-character words in every free-text field (the `hostile-lengths` scenario).
 */
type Size = { width: number; height: number };
const SIZES: readonly Size[] = [
  { width: 1024, height: 900 },
  { width: 768, height: 1024 },
  { width: 375, height: 812 },
];

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function expectNoSidewaysScroll(page: Page, what: string, sizes = SIZES): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(size);
    await expect
      .poll(() => overflow(page), { message: `${what} at ${size.width} px: page wider than the window by` })
      .toBeLessThanOrEqual(0);
  }
}

const bodyRows = (page: Page, table: string) =>
  page
    .getByRole('table', { name: table })
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });

/** Every page of the app, each loaded once and measured at every size by `check`. */
async function everyPage(page: Page, check: (what: string) => Promise<void>): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Judge intents' }).getByRole('figure')).toBeVisible();
  await check('overview');

  for (const [path, table] of [
    ['/users', 'Visitors'],
    ['/sessions', 'Conversations'],
    ['/interactions', 'Turns'],
    ['/feedback', 'Feedback'],
  ] as const) {
    await page.goto(path);
    await expect(bodyRows(page, table).first().getByRole('link').first()).toBeVisible();
    await check(path);
  }
}

test('no page scrolls sideways on a phone, a tablet and at 1024 px', async ({ page, signIn }) => {
  test.slow();
  await everyPage(page, (what) => expectNoSidewaysScroll(page, what));

  // The conversations list with its custom date range open: the date fields wrap.
  await page.goto('/sessions?created_after=2026-01-01&last_active_before=2026-12-31');
  await expect(page.getByRole('group', { name: 'Created: custom days' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'conversations with custom days');

  // A visitor and a transcript opened from the list (with its review bar).
  await page.goto('/sessions');
  const row = bodyRows(page, 'Conversations').first();
  await expect(row.getByRole('link').first()).toBeVisible();
  const visitor = (await row.getByRole('link', { name: /^Visitor / }).getAttribute('href')) ?? '';
  await row.getByRole('link').first().click();
  await expect(page.getByRole('navigation', { name: 'Review' })).toBeVisible();
  await expect(page.getByRole('article').first()).toBeVisible();
  await expectNoSidewaysScroll(page, 'transcript');

  await page.goto(visitor);
  await expect(page.getByRole('heading', { level: 1, name: /^Visitor / })).toBeVisible();
  await expect(page.getByRole('main').getByRole('table').getByRole('link').first()).toBeVisible();
  await expectNoSidewaysScroll(page, 'visitor');

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'not found');

  await page.evaluate(() => sessionStorage.clear());
  await signIn.goto();
  await expect(signIn.token).toBeVisible();
  await expectNoSidewaysScroll(page, 'sign-in');
});

test('on a phone the range control is whole and the key figures are two columns', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/');
  // Every choice inside the control (which clips what overflows it) and inside the window.
  const range = page.getByRole('group', { name: 'Created', exact: true });
  await expect(range).toBeVisible();
  // Measured in one go: panels above it still load and move the page between two measurements.
  const { group, buttons } = await range.evaluate((element) => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    return {
      group: box(element),
      buttons: [...element.querySelectorAll('button')].map((b) => ({ name: b.textContent ?? '', ...box(b) })),
    };
  });
  expect(buttons.map((button) => button.name)).toEqual([
    'Today',
    '7 days',
    '30 days',
    '90 days',
    'Any time',
    'Custom',
  ]);
  for (const button of buttons) {
    const name = button.name;
    expect(button.x, name).toBeGreaterThanOrEqual(group.x);
    expect(button.y, name).toBeGreaterThanOrEqual(group.y);
    expect(button.x + button.width, name).toBeLessThanOrEqual(Math.min(group.x + group.width, 375) + 1);
    expect(button.y + button.height, name).toBeLessThanOrEqual(group.y + group.height + 1);
  }
  const cards = page.getByRole('region', { name: 'Key figures' }).getByRole('listitem');
  await expect(cards.nth(1)).toBeVisible();
  // Both cards in one frame, for the same reason as above.
  const [a, b] = await cards.evaluateAll((items) =>
    items.slice(0, 2).map((item) => item.getBoundingClientRect().y),
  );
  expect(b, 'the second card beside the first').toBe(a);
});

test('on a tablet the key columns are in view, and a table that scrolls sideways says so', async ({
  page,
}) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  for (const [path, table, columns] of [
    ['/users', 'Visitors', ['Visitor', 'Turns', 'Redactions']],
    ['/sessions', 'Conversations', ['Conversation', 'Flagged', 'Highest severity']],
  ] as const) {
    await page.goto(path);
    await expect(bodyRows(page, table).first()).toBeVisible();
    const box = await page.getByRole('region', { name: table }).boundingBox();
    for (const column of columns) {
      const header = await page
        .getByRole('table', { name: table })
        .getByRole('columnheader', { name: column, exact: true })
        .boundingBox();
      expect((header?.x ?? 0) + (header?.width ?? 0), `${path}: “${column}” in view`).toBeLessThanOrEqual(
        (box?.x ?? 0) + (box?.width ?? 0) + 1,
      );
    }
  }
  // The conversations table is wider than a tablet: a line says so.
  await expect(page.getByText('More columns: scroll sideways →')).toBeVisible();
});

test('20,000-character words in every free-text field never widen a page at 1366 px', async ({ page }) => {
  test.slow();
  const wide: readonly Size[] = [{ width: 1366, height: 900 }];
  await page.goto('/?scenario=hostile-lengths');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await everyPage(page, async (what) => {
    // The numbers behind the charts too (the intents' table holds the long intent).
    for (const more of await page.getByText('Show the numbers').all()) await more.click();
    await expectNoSidewaysScroll(page, what, wide);
  });

  const api = <T>(path: string) =>
    page.evaluate(async (p) => {
      const token = sessionStorage.getItem('waa.token');
      const response = await fetch(`/api/${p}`, { headers: { Authorization: `Token ${token}` } });
      return (await response.json()) as unknown;
    }, path) as Promise<T>;
  const conversations = await api<{ session_id: string; user_slug: string }[]>(
    'anonymous-chat-interactions/conversations/',
  );
  expect(conversations.length).toBeGreaterThanOrEqual(3);
  for (const { session_id, user_slug } of conversations) {
    await page.goto(`/sessions/${encodeURIComponent(session_id)}`);
    await expect(page.getByRole('article').first()).toBeVisible();
    // Every inspector open: tool calls, raw blocks, raw JSON.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    // The long values are there, cut or wrapped, with the whole value a hover or a click away.
    await expect(page.getByText(/^user_input_W+$/).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Show all 20,000 characters' }).first()).toBeVisible();
    await expect(page.locator('[title^="Injection pattern: injection_category_WWW"]').first()).toBeVisible();
    await expectNoSidewaysScroll(page, `transcript ${session_id.slice(0, 16)}`, wide);

    await page.goto(`/users/${encodeURIComponent(user_slug)}`);
    await expect(page.getByRole('heading', { level: 1, name: /^Visitor / })).toBeVisible();
    await expect(page.getByRole('main').getByRole('table').getByRole('link').first()).toBeVisible();
    await expectNoSidewaysScroll(page, `visitor ${user_slug.slice(0, 16)}`, wide);
  }
});
