import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * From 1024 px down to a 768 px tablet, no page scrolls sideways: wide tables scroll inside
 * their own box, everything else wraps. Each page loads once and is measured at both widths.
 */
const WIDTHS = [1024, 768] as const;

async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
        message: `${what} at ${width} px: page wider than the window by`,
      })
      .toBeLessThanOrEqual(0);
  }
}

const firstRowLink = (page: Page, table: string) =>
  page
    .getByRole('table', { name: table })
    .getByRole('row')
    .filter({ has: page.getByRole('cell') })
    .first()
    .getByRole('link')
    .first();

test('no page scrolls sideways at 1024 and 768 px', async ({ page, overview, signIn }) => {
  test.slow();
  await overview.goto();
  await expect(overview.kpi('Turns').getByText(/^\d[\d,]*$/)).toBeVisible();
  await expect(overview.intentChart.getByRole('figure')).toBeVisible();
  await expectNoSidewaysScroll(page, 'overview');

  for (const [path, table] of [
    ['/users', 'Visitors'],
    ['/sessions', 'Conversations'],
    ['/interactions', 'Turns'],
    ['/feedback', 'Feedback'],
  ] as const) {
    await page.goto(path);
    await expect(firstRowLink(page, table)).toBeVisible();
    await expectNoSidewaysScroll(page, path);
  }

  // Visitor and transcript: through the conversations list (its first link opens a transcript,
  // its second a visitor).
  await page.goto('/sessions');
  const row = page
    .getByRole('table', { name: 'Conversations' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell') })
    .first();
  await expect(row.getByRole('link').first()).toBeVisible();
  const transcript = (await row.getByRole('link').first().getAttribute('href')) ?? '';
  const visitor = (await row.getByRole('link').nth(1).getAttribute('href')) ?? '';

  await page.goto(visitor);
  await expect(page.getByRole('heading', { level: 1, name: /^Visitor / })).toBeVisible();
  await expect(page.getByRole('main').getByRole('table').getByRole('link').first()).toBeVisible();
  await expectNoSidewaysScroll(page, 'visitor');

  await page.goto(transcript);
  await expect(page.getByRole('article').first()).toBeVisible();
  await expectNoSidewaysScroll(page, 'transcript');

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'not found');

  await page.evaluate(() => sessionStorage.clear());
  await signIn.goto();
  await expect(signIn.token).toBeVisible();
  await expectNoSidewaysScroll(page, 'sign-in');
});
