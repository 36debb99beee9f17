import type { Locator, Page } from '@playwright/test';
import { expect, test, tokens } from './fixtures';

/**
 * Every flow with the keyboard alone: no clicks, no `fill`, no `goto` after the first page.
 * Focus moves by Tab and the app's shortcuts only.
 */

/** Presses Tab until `target` has the focus (a keyboard user looking for a control). */
async function tabTo(page: Page, target: Locator, { max = 80, backwards = false } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `reached with ${max} presses of Tab`).toBeFocused({ timeout: 1 });
}

/** A two-key shortcut such as `g u`. */
async function chord(page: Page, keys: string): Promise<void> {
  for (const key of keys.split(' ')) await page.keyboard.press(key);
}

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
// Data rows only: the loading skeleton's rows have cells too, but no row id.
const bodyRows = (table: Locator) => table.locator('tbody > tr[data-row-id]');
const focusedRowIndex = (rows: Locator) =>
  rows.evaluateAll((all) => all.findIndex((row) => row.contains(document.activeElement)));

test.describe('keyboard only', () => {
  test('sign in, then drill down from a chart’s numbers to the turns of that day', async ({
    page,
    signIn,
    overview,
  }) => {
    await signIn.goto();
    await tabTo(page, signIn.token);
    await page.keyboard.type(tokens.staff);
    await page.keyboard.press('Enter');
    // The new page takes the focus, on its heading.
    await expect(h1(page, 'Overview')).toBeFocused();

    await expect(overview.volumeChart.getByRole('figure')).toBeVisible();
    const disclosure = overview.volumeChart.getByText('Show the numbers');
    await tabTo(page, disclosure);
    await page.keyboard.press('Enter');
    const dayLink = overview.volumeChart.getByRole('link', { name: /^View [\d,]+ turns? on / }).first();
    await tabTo(page, dayLink, { max: 10 });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/interactions\?created_after=(\d{4}-\d{2}-\d{2})&created_before=\1$/);
    await expect(h1(page, 'Turns review')).toBeFocused();
  });

  test('skip link, go-to shortcuts and the shortcut sheet', async ({ page }) => {
    await page.goto('/users');
    await expect(h1(page, 'Visitors')).toBeVisible();
    // The first page of a visit leaves the focus at the top, where the skip link is first.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await expect(page).toHaveURL(/\/users$/);

    for (const [keys, path, heading] of [
      ['g s', '/sessions', 'Conversations'],
      ['g i', '/interactions', 'Turns review'],
      ['g f', '/feedback', 'Feedback'],
      ['g o', '/', 'Overview'],
      ['g u', '/users', 'Visitors'],
    ] as const) {
      await chord(page, keys);
      await expect(page).toHaveURL(new RegExp(`${path === '/' ? '/' : path}$`));
      await expect(h1(page, heading)).toBeFocused();
    }

    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('region', { name: 'Anywhere' })).toContainText('Go to conversations');
    await expect(sheet.getByRole('region', { name: 'Lists' })).toContainText('Next row');
    await page.keyboard.press('Escape');
    await expect(sheet).toHaveCount(0);
    await expect(h1(page, 'Visitors')).toBeFocused();
  });

  test('shortcuts never fire while typing, and / focuses the page search', async ({ page }) => {
    await page.goto('/interactions');
    const search = page.getByRole('searchbox', { name: 'Search messages and replies' });
    await expect(h1(page, 'Turns review')).toBeVisible();
    await page.keyboard.press('/');
    await expect(search).toBeFocused();
    await page.keyboard.type('g u j?');
    await expect(search).toHaveValue('g u j?');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page).toHaveURL(/\/interactions\?query=g\+u\+j%3F$/);
    // A modifier key is never a shortcut.
    await tabTo(page, page.getByRole('combobox', { name: 'Severity' }));
    await page.keyboard.press('Control+g');
    await page.keyboard.press('u');
    await expect(page).toHaveURL(/\/interactions\?/);
  });

  test('visitors → a visitor → a conversation → its turns, with j and k', async ({ page }) => {
    await page.goto('/users');
    const visitors = bodyRows(page.getByRole('table', { name: 'Visitors' }));
    await expect(visitors.first().getByRole('link').first()).toBeVisible();

    await page.keyboard.press('j');
    expect(await focusedRowIndex(visitors)).toBe(0);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await focusedRowIndex(visitors)).toBe(2);
    await page.keyboard.press('k');
    expect(await focusedRowIndex(visitors)).toBe(1);
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(href ?? '');
    await expect(h1(page, /^Visitor /)).toBeFocused();

    const sessions = bodyRows(page.getByRole('table', { name: 'Visitor conversations' }));
    await expect(sessions.first().getByRole('link').first()).toBeVisible();
    await page.keyboard.press('j');
    expect(await focusedRowIndex(sessions)).toBe(0);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/sessions\/[^/?]+$/);
    await expect(h1(page, 'Conversation')).toBeFocused();

    const turns = page.getByRole('article', { name: /^Turn \d+ of \d+,/ });
    await expect(turns.first()).toBeVisible();
    await page.keyboard.press('j');
    await expect(page).toHaveURL(/\?turn=/);
    const first = new URL(page.url()).searchParams.get('turn');
    if ((await turns.count()) > 1) {
      await page.keyboard.press('j');
      await expect(page).not.toHaveURL(new RegExp(`turn=${first}`));
      await page.keyboard.press('k');
      await expect(page).toHaveURL(new RegExp(`turn=${first}`));
    }

    // One sheet: the shell's shortcuts plus the transcript's own; its `/` wins over the shell's
    // (find is there once the whole conversation has loaded, not just its first page).
    await expect(page.getByRole('list', { name: /^Turns \(\d[\d,]*\)$/ })).toBeVisible();
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet.getByRole('region', { name: 'Transcript' })).toContainText('Find in transcript');
    await expect(sheet.getByRole('region', { name: 'Anywhere' })).not.toContainText('Search on this page');
    await page.keyboard.press('Escape');
    await expect(sheet).toHaveCount(0);
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Find in transcript' })).toBeFocused();
  });

  test('change a filter and export the list', async ({ page, captureDownload }) => {
    await page.goto('/users');
    const flagged = page.getByRole('combobox', { name: 'Flagged', exact: true });
    await tabTo(page, flagged);
    // A closed <select> changes its value with the arrow keys.
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/\/users\?is_flagged=/);
    const rows = bodyRows(page.getByRole('table', { name: 'Visitors' }));
    await expect(rows.first().getByRole('link').first()).toBeVisible();

    const exportCsv = page.getByRole('button', { name: 'Export CSV' });
    await tabTo(page, exportCsv);
    const saved = await captureDownload(() => page.keyboard.press('Enter'));
    expect(saved.filename).toMatch(/^visitors.*\.csv$/);
  });
});
