import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, tokens } from './fixtures';

/**
 * axe-core over every page and dialog, in the light and the dark theme: no serious or critical
 * violation of WCAG 2.1 A/AA. Each test loads a page once and scans it in both themes (the
 * "system" theme follows the emulated colour scheme, so no reload is needed).
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const THEMES = ['light', 'dark'] as const;

async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes
          .slice(0, 6)
          .map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 3).join(' ')}`)
          .join('\n')}`,
    );
}

/** Scans the page (or only `include`, e.g. an open dialog) as it is now, once per theme. */
async function expectAccessible(page: Page, what: string, include?: string): Promise<void> {
  if (!include) {
    await expect(page.getByRole('heading', { level: 1 }), `${what}: one h1`).toHaveCount(1);
    await expect(page.getByRole('main'), `${what}: one main landmark`).toHaveCount(1);
  }
  const found: string[] = [];
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    for (const v of await seriousViolations(page, include)) found.push(`[${what}, ${theme}] ${v}`);
  }
  expect(found, found.join('\n')).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

/** Body rows (the header rows hold column headers only). */
const bodyRows = (page: Page, table: string) =>
  page
    .getByRole('table', { name: table })
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });

test.describe('accessibility (axe, light and dark)', () => {
  // Each test scans several pages twice (light and dark); axe alone takes seconds a scan on two
  // busy cores, so these get twice the suite's default.
  test.describe.configure({ timeout: 60_000 });
  test('sign-in and the staff-only page', async ({ page, signIn }) => {
    await signIn.goto();
    await expect(signIn.token).toBeVisible();
    await expectAccessible(page, 'sign-in');
    await signIn.signIn(tokens.user);
    await expect(
      page.getByRole('heading', { name: 'This dashboard is for staff and support' }),
    ).toBeVisible();
    await expectAccessible(page, 'staff only');
  });

  test('overview with every chart table open, and the shortcut sheet', async ({ page, overview }) => {
    await overview.goto();
    await expect(overview.budgetMeter).toBeVisible();
    await expect(overview.kpi('Turns').getByText(/^\d[\d,]*$/)).toBeVisible();
    for (const section of [overview.volumeChart, overview.severityChart, overview.intentChart]) {
      await expect(section.getByRole('figure')).toBeVisible();
      await overview.showNumbers(section);
    }
    await expectAccessible(page, 'overview');

    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectAccessible(page, 'shortcut sheet', '[role="dialog"]');
  });

  test('overview: empty sections with an explanation tooltip, and failing sections', async ({
    page,
    overview,
  }) => {
    await overview.goto('?scenario=empty');
    await expect(overview.intentChart).toContainText('Not reviewed yet');
    await overview.kpi('Satisfaction').getByRole('note', { name: 'Satisfaction: no value' }).focus();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await expectAccessible(page, 'overview, empty');

    await overview.goto('?fault=kpi:malformed,budget:malformed');
    await expect(overview.keyFigures.getByRole('alert')).toBeVisible();
    await expect(overview.budget.getByRole('alert')).toBeVisible();
    await expectAccessible(page, 'overview, failing');
  });

  test('visitors and one visitor', async ({ page }) => {
    await page.goto('/users');
    const firstLink = bodyRows(page, 'Visitors').first().getByRole('link').first();
    await expect(firstLink).toBeVisible();
    await expectAccessible(page, 'visitors');
    await firstLink.click();
    await expect(page.getByRole('heading', { level: 1, name: /^Visitor / })).toBeVisible();
    await expect(page.getByRole('main').getByRole('table').getByRole('link').first()).toBeVisible();
    await expectAccessible(page, 'visitor');
  });

  test('conversations and a transcript with its shortcut help', async ({ page }) => {
    await page.goto('/sessions');
    const firstLink = bodyRows(page, 'Conversations').first().getByRole('link').first();
    await expect(firstLink).toBeVisible();
    await expectAccessible(page, 'conversations');
    await firstLink.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Conversation' })).toBeVisible();
    // A log of labelled turns, each with its visitor and assistant parts named.
    const log = page.getByRole('log', { name: 'Turns' });
    await expect(log.getByRole('article', { name: /^Turn 1 of \d+, / })).toBeVisible();
    await expectAccessible(page, 'transcript');

    await page
      .getByRole('main')
      .getByRole('article')
      .first()
      .click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectAccessible(page, 'transcript shortcut sheet', '[role="dialog"]');
  });

  test('turns review and feedback', async ({ page }) => {
    await page.goto('/interactions');
    await expect(bodyRows(page, 'Turns').first().getByRole('link').first()).toBeVisible();
    await expectAccessible(page, 'turns review');
    await page.goto('/feedback');
    await expect(bodyRows(page, 'Feedback').first().getByRole('link').first()).toBeVisible();
    await expectAccessible(page, 'feedback');
  });

  test('not found, an empty list and a failing list', async ({ page }) => {
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expectAccessible(page, 'not found');
    await page.goto('/sessions?scenario=empty');
    await expect(bodyRows(page, 'Conversations')).toHaveCount(1);
    await expectAccessible(page, 'conversations, empty');
    await page.goto('/sessions?scenario=old-server');
    await expect(
      page.getByRole('heading', { name: 'Conversations need Waldur 8.1.2 or newer' }),
    ).toBeVisible();
    await expectAccessible(page, 'conversations, old server');
    await page.goto('/interactions?fault=list:malformed');
    await expect(page.getByRole('table', { name: 'Turns' }).getByRole('alert')).toBeVisible();
    await expectAccessible(page, 'turns review, failing');
  });
});
