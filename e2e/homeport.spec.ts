import type { Page } from '@playwright/test';
import { DEMO_OIDC_TOKENS, DEMO_USERS } from '../mocks/tokens';
import { expect, test, tokens } from './fixtures';

/**
 * Beside HomePort (docs/api.md §9): the demo's `homeport` scenarios stand in for HomePort's
 * sign-in on this origin; the dashboard uses that session with HomePort's header rule.
 */

type Call = { path: string; authorization?: string; impersonated?: string; language?: string };

function recordApiCalls(page: Page): Call[] {
  const calls: Call[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/api/')) return;
    const headers = request.headers();
    calls.push({
      path: url.pathname,
      authorization: headers.authorization,
      impersonated: headers['x-impersonated-user-uuid'],
      language: headers['accept-language'],
    });
  });
  return calls;
}

const homeportKeys = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('waldur/'))
      .sort(),
  );

test.describe('signed in through HomePort’s session', () => {
  test('a password sign-in: no token form, Token header, no configuration asked', async ({
    page,
    overview,
  }) => {
    const calls = recordApiCalls(page);
    await page.goto('/?scenario=homeport');
    await expect(overview.budgetMeter).toBeVisible();
    await expect(page.getByRole('link', { name: 'via HomePort' })).toHaveAttribute('href', '/');
    await expect(page.getByText('Kadri Tamm')).toBeVisible();
    expect(calls.length).toBeGreaterThan(2);
    expect(calls.every((call) => call.authorization === `Token ${tokens.staff}`)).toBe(true);
    expect(calls.map((call) => call.path)).not.toContain('/api/configuration/');
  });

  test('an OIDC sign-in: Bearer, once the configuration says so', async ({ page, overview }) => {
    const calls = recordApiCalls(page);
    await page.goto('/interactions?scenario=homeport-oidc');
    await expect(page.getByRole('table', { name: 'Turns' }).getByRole('row').nth(1)).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
    await expect(overview.budgetMeter).toBeVisible();
    const configuration = calls.filter((call) => call.path === '/api/configuration/');
    expect(configuration).toHaveLength(1);
    expect(configuration[0].authorization).toBeUndefined();
    const rest = calls.filter((call) => call.path !== '/api/configuration/');
    expect(rest.every((call) => call.authorization === `Bearer ${DEMO_OIDC_TOKENS.staff}`)).toBe(true);
  });

  test('staff impersonating a non-staff user: the staff-only page, no chat data asked', async ({ page }) => {
    await page.addInitScript(
      ([token, uuid]) => {
        localStorage.setItem('waldur/auth/token', token);
        localStorage.setItem('waldur/auth/method', 'local');
        localStorage.setItem('waldur/auth/impersonation', uuid);
        localStorage.setItem('waldur/i18n/lang', 'et');
      },
      [tokens.staff, DEMO_USERS.user.uuid],
    );
    const calls = recordApiCalls(page);
    await page.goto('/?scenario=homeport');
    await expect(
      page.getByRole('heading', { name: 'This dashboard is for staff and support' }),
    ).toBeVisible();
    await expect(page.getByText('HomePort is impersonating Liis Mets', { exact: false })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to HomePort' })).toBeVisible();
    expect(calls.filter((call) => call.path.includes('anonymous-chat'))).toEqual([]);
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) {
      expect(call.impersonated).toBe(DEMO_USERS.user.uuid);
      expect(call.language).toBe('et');
    }
  });

  test('HomePort signing out in another tab sends this tab to HomePort at once', async ({
    page,
    context,
  }) => {
    await page.goto('/users?scenario=homeport');
    await expect(page.getByRole('table', { name: 'Visitors' }).getByRole('row').nth(1)).toBeVisible();
    const homeport = await context.newPage();
    await homeport.goto('/favicon.svg');
    await homeport.evaluate(() => {
      localStorage.removeItem('waldur/auth/token');
      localStorage.removeItem('waldur/auth/method');
    });
    await expect(page).toHaveURL(/\/$/);
    expect(await homeportKeys(page)).toEqual([]);
  });

  test('"Sign out of Waldur" removes what HomePort’s sign-out removes and opens HomePort', async ({
    page,
  }) => {
    await page.goto('/feedback?scenario=homeport');
    await page.evaluate(() => localStorage.setItem('waldur/i18n/lang', 'en'));
    await page.getByRole('button', { name: 'Sign out of Waldur' }).click();
    await expect(page).toHaveURL(/\/$/);
    expect(await homeportKeys(page)).toEqual(['waldur/i18n/lang']);
  });
});
