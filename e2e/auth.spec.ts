import { expect, test, tokens } from './fixtures';

test.describe('sign-in', () => {
  test('demo mode signs in as a demo staff user', async ({ page, overview }) => {
    await overview.goto();
    await expect(overview.heading).toBeVisible();
    await expect(page.getByText('Demo data')).toBeVisible();
    await expect(page).toHaveTitle(/Overview · Assistant Analytics/);
  });

  test('a bad token is refused with the server reason', async ({ signIn, page }) => {
    await signIn.goto();
    await signIn.signIn('0123456789abcdef0123456789abcdef01234567');
    await expect(signIn.error).toContainText('That token was not accepted: Invalid token.');
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('a non-staff token gets the staff-only page and no data calls', async ({ signIn, page }) => {
    const chatCalls: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/anonymous-chat')) chatCalls.push(r.url());
    });
    await signIn.goto();
    await signIn.signIn(tokens.user);
    await expect(
      page.getByRole('heading', { name: 'This dashboard is for staff and support' }),
    ).toBeVisible();
    expect(chatCalls).toEqual([]);
  });

  test('signs in to the page it was asked for and keeps the session on reload', async ({ signIn, page }) => {
    await signIn.goto('/feedback');
    await signIn.signIn(tokens.support);
    await expect(page).toHaveURL(/\/feedback$/);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Feedback' })).toBeVisible();
    const stored = await page.evaluate(() => ({
      session: sessionStorage.length,
      local: localStorage.getItem('waa.token'),
    }));
    expect(stored.local).toBeNull();
  });

  test('remember me keeps the token in localStorage, sign-out clears it', async ({ signIn, page }) => {
    await signIn.goto();
    await signIn.signIn(tokens.staff, { remember: true });
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('waa.token'))).toBe(tokens.staff);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(signIn.heading).toBeVisible();
    expect(
      await page.evaluate(() => [localStorage.getItem('waa.token'), sessionStorage.getItem('waa.token')]),
    ).toEqual([null, null]);
  });

  test('a 401 mid-session returns to sign-in and then to the same page', async ({ signIn, page, mocks }) => {
    await signIn.goto('/users?o=-last_seen');
    await signIn.signIn(tokens.staff);
    await expect(page).toHaveURL(/\/users\?o=-last_seen$/);
    await mocks.expireToken(tokens.staff);
    // The next request with the old token gets 401 "Token has expired.".
    await page.reload();
    await expect(signIn.heading).toBeVisible();
    await expect(page.getByText(/Your session ended \(Token has expired\.\)/)).toBeVisible();
    await signIn.signIn(tokens.support);
    await expect(page).toHaveURL(/\/users\?o=-last_seen$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Visitors' })).toBeVisible();
  });

  test('unknown routes show a not-found page with a way home', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the overview' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  });
});
