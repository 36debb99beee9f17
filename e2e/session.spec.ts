import type { Page } from '@playwright/test';
import { expect, test, tokens } from './fixtures';

/**
 * Session safety (issue 6 §5): what is left for the next person at the machine after sign-out,
 * an export cut short by a 401, and the token's whereabouts (only ever the Authorization
 * header: never a URL, a console line, a downloaded file, an error message or localStorage).
 */

type Trail = { urls: string[]; headers: string[]; console: string[]; downloads: string[]; texts: string[] };

/** Records every place the token could leak to while the test runs. */
function watch(page: Page): Trail {
  const trail: Trail = { urls: [], headers: [], console: [], downloads: [], texts: [] };
  page.on('request', (request) => {
    trail.urls.push(request.url());
    for (const [name, value] of Object.entries(request.headers())) {
      if (name !== 'authorization') trail.headers.push(`${name}: ${value}`);
    }
  });
  page.on('framenavigated', (frame) => trail.urls.push(frame.url()));
  page.on('console', (message) => trail.console.push(message.text()));
  return trail;
}

/** Visible text of the page now (error messages, notices, everything). */
async function snapshotText(page: Page, trail: Trail): Promise<void> {
  trail.texts.push(await page.locator('body').innerText());
  trail.texts.push(await page.title());
}

function expectNoToken(trail: Trail, token: string): void {
  for (const [where, values] of Object.entries(trail)) {
    const hits = (values as string[]).filter((value) => value.includes(token));
    expect(
      hits.map((hit) => hit.slice(0, 200)),
      `the token in ${where}`,
    ).toEqual([]);
  }
}

test.describe('session safety', () => {
  test('the token never shows up in a URL, a console line, an export or an error message', async ({
    page,
    signIn,
    mocks,
    overview,
    turns,
    captureDownload,
  }) => {
    test.setTimeout(90_000);
    const trail = watch(page);
    /** Clicks something that saves a file and keeps the file's text. */
    const download = async (click: () => Promise<void>) =>
      trail.downloads.push((await captureDownload(click)).text);
    await signIn.goto();
    await signIn.signIn(tokens.staff);
    await expect(overview.budgetMeter).toBeVisible();
    await snapshotText(page, trail);

    // Exports: visitors CSV, all pages of a turns filter, a transcript as Markdown and JSON.
    await page.goto('/users');
    await expect(page.getByRole('table', { name: 'Visitors' }).getByRole('row').nth(1)).toBeVisible();
    await download(() => page.getByRole('button', { name: 'Export CSV' }).click());

    await turns.goto('?is_flagged=true&severity=high');
    await expect(turns.rows.first()).toBeVisible();
    await download(() => turns.exportAll.click());
    await expect(page.getByText(/^Saved \d+ turns as/)).toBeVisible();

    await turns.rowLink(turns.rows.first()).click();
    await expect(page.getByRole('list', { name: /^Turns \(/ })).toBeVisible();
    for (const name of ['Export Markdown', 'Export JSON']) {
      await download(() => page.getByRole('button', { name }).click());
    }
    await snapshotText(page, trail);

    // Error messages: a proxy's HTML page, a cut-off body, a malformed body.
    for (const fault of ['html', 'truncated', 'malformed']) {
      await mocks.setFaults({ kpi: fault, budget: fault });
      await overview.goto();
      await expect(overview.keyFigures.getByRole('alert')).toBeVisible();
      await expect(overview.budget.getByRole('alert')).toBeVisible();
      await snapshotText(page, trail);
    }
    await mocks.setFaults({});

    // And the session-ended notice after a 401.
    await mocks.expireToken(tokens.staff);
    await page.goto('/feedback');
    await expect(signIn.heading).toBeVisible();
    await expect(page.getByText(/Your session ended \(Token has expired\.\)/)).toBeVisible();
    await snapshotText(page, trail);

    expect(trail.downloads).toHaveLength(4);
    expect(trail.urls.length).toBeGreaterThan(20);
    expectNoToken(trail, tokens.staff);
    // Without "remember me" nothing is kept in localStorage but read marks (fingerprints, no token).
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['waa.read-marks']);
  });

  test('after sign-out the next person sees none of the previous data', async ({ page, signIn, mocks }) => {
    await signIn.goto('/users');
    await signIn.signIn(tokens.staff);
    const table = page.getByRole('table', { name: 'Visitors' });
    await expect(table.getByRole('row').nth(1)).toBeVisible();
    const firstSlug =
      (await table.getByRole('row').nth(1).getByRole('link').first().getAttribute('href')) ?? '';
    expect(firstSlug).toMatch(/^\/users\/.+/);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(signIn.heading).toBeVisible();

    await expect(page.locator(`a[href="${firstSlug}"]`)).toHaveCount(0);
    // Sign-in and sign-out replace history entries: Back does not lead to the list either.
    await page.goBack();
    expect(new URL(page.url()).pathname).not.toBe('/users');
    await expect(page.locator(`a[href="${firstSlug}"]`)).toHaveCount(0);

    // The next person signs in; while their list loads, nothing of the previous one shows.
    await page.goto('/sign-in?next=/users');
    await expect(signIn.heading).toBeVisible();
    await mocks.setFaults({ 'by-user': 'slow' });
    await signIn.signIn(tokens.support);
    await expect(page.getByRole('heading', { level: 1, name: 'Visitors' })).toBeVisible();
    await expect(table.getByRole('status', { name: /^Loading/ })).toBeVisible();
    await expect(page.locator(`a[href="${firstSlug}"]`)).toHaveCount(0);
    await expect(page.getByText('Mart Kask')).toBeVisible();
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  });

  test('a 401 in the middle of an export stops it cleanly: nothing saved, back after signing in', async ({
    page,
    signIn,
    mocks,
    turns,
  }) => {
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await page.clock.install();
    await signIn.goto('/interactions');
    await signIn.signIn(tokens.staff);
    await expect(turns.rows.first()).toBeVisible();

    // Every page takes 10 s (on the page's fake clock): the token expires after the first one.
    await mocks.setFaults({ list: 'slow' });
    await turns.exportAll.click();
    await expect(turns.exportProgress).toBeVisible();
    // Step the clock: the next request's 10 s only start once the fixtures have received it.
    const stepUntil = (check: () => Promise<void>) =>
      expect(async () => {
        await page.clock.fastForward(1_000);
        await check();
      }).toPass({ timeout: 30_000, intervals: [0] });
    await stepUntil(() => expect(page.getByText(/^Page 1 of \d+/)).toBeVisible({ timeout: 60 }));
    await mocks.expireToken(tokens.staff);
    await stepUntil(() => expect(signIn.heading).toBeVisible({ timeout: 60 }));

    await expect(page.getByText(/Your session ended \(Token has expired\.\)/)).toBeVisible();
    await page.clock.fastForward(60_000);
    expect(downloads, 'nothing was saved').toEqual([]);

    await mocks.setFaults({});
    await signIn.signIn(tokens.support);
    await expect(page).toHaveURL(/\/interactions$/);
    await expect(turns.rows.first()).toBeVisible();
    await expect(turns.exportProgress).toHaveCount(0);
    await expect(page.getByText(/^Saved /)).toHaveCount(0);
    expect(downloads).toEqual([]);
  });

  test('"remember me" keeps the token only until sign-out', async ({ page, signIn, overview }) => {
    await signIn.goto();
    await signIn.signIn(tokens.staff, { remember: true });
    await expect(overview.budgetMeter).toBeVisible();
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['waa.token']);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(signIn.heading).toBeVisible();
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  });

  test('a remembered sign-in follows the other tabs: sign-out there signs out here at once', async ({
    page,
    signIn,
    overview,
  }) => {
    await signIn.goto();
    await signIn.signIn(tokens.staff, { remember: true });
    await expect(overview.budgetMeter).toBeVisible();
    await page.goto('/users');
    await expect(page.getByRole('heading', { level: 1, name: 'Visitors' })).toBeVisible();

    // A second tab of the same browser: same localStorage.
    const other = await page.context().newPage();
    await other.goto('/');
    await expect(other.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await other.getByRole('button', { name: 'Sign out' }).click();

    // This tab did nothing and is signed out, with the reason and the way back.
    await expect(signIn.heading).toBeVisible();
    await expect(page.getByText('You signed out in another tab.')).toBeVisible();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/users');

    // Signing in again in the other tab brings this one back to where it was.
    await other.getByLabel('API token').fill(tokens.staff);
    await other.getByLabel(/remember/i).check();
    await other.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Visitors' })).toBeVisible();
    await other.close();
  });
});
