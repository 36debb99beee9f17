import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { OverviewPage } from './pages/overview';

/**
 * The morning check (issue 14): the overview answers "will the budget last, is anything wrong,
 * what is new" at first sight. The page's clock is Playwright's fake clock, started at 10:00 UTC
 * so the day's average pace exists (it needs the day's first hour).
 */

const MORNING = new Date('2026-11-26T10:00:00Z');
const VOLUMES = ['Turns', 'Conversations', 'Unique visitors', 'Input tokens', 'Output tokens'];

/** The card's "Burn rate" fact. */
const burnRate = (overview: OverviewPage) =>
  overview.budget.getByRole('definition').filter({ hasText: 'tokens/hour' });

async function pollFor(page: Page, minutes: number): Promise<void> {
  for (let i = 0; i < minutes * 2; i += 1) await page.clock.fastForward(30_000);
}

test.describe('will the budget last today?', () => {
  test('the first paint already has a rate and a projection, and a reload keeps the polls', async ({
    page,
    overview,
  }) => {
    await page.clock.install({ time: MORNING });
    await overview.goto();
    await expect(overview.budgetMeter).toBeVisible();
    await expect(burnRate(overview)).toHaveText(/^≈ [\d,]+ tokens\/hour \(average since 00:00 UTC\)$/);
    await expect(overview.budget.getByText('Not before reset')).toBeVisible();

    // Five minutes of polls: their own, recent pace takes over and says so.
    await pollFor(page, 6);
    await expect(burnRate(overview)).toHaveText(/\(last [56] minutes of polls\)$/);

    await page.reload();
    // The first reading after the reload lands on top of the kept polls: no wait for a new one.
    await expect(overview.budgetMeter).toBeVisible();
    await expect(burnRate(overview)).toHaveText(/^≈ [\d,]+ tokens\/hour \(last \d+ minutes of polls\)$/);
    await expect(overview.budget.getByText('Not before reset')).toBeVisible();
  });

  test('a budget on pace to run out before the reset changes the headline, whatever its percentage', async ({
    page,
    overview,
  }) => {
    await page.clock.install({ time: MORNING });
    await overview.goto('?scenario=budget-on-pace');
    await expect(overview.budgetMeter).toHaveAttribute('aria-valuenow', '54');
    await expect(overview.budget.getByText(/^On pace to reach the cap at 18:2\d UTC$/)).toBeVisible();
    await expect(overview.budget.getByText("54% of today's cap used")).toBeVisible();
    await expect(overview.budget).not.toContainText('Normal');
    await expect(overview.budget.getByText(/^Cap reached at about 18:2\d UTC$/)).toBeVisible();
    // The visitors' part of today's tokens, with what it is set against on hover.
    const share = overview.budget.getByRole('note').filter({ hasText: /^\d+(\.\d)?% \(/ });
    await share.hover();
    await expect(page.getByRole('tooltip')).toContainText("also counts signed-in users' chat");
  });
});

test.describe('are the verdicts honest?', () => {
  test('"Today" and "Flagged only" never judge a volume, nor the day in progress', async ({ overview }) => {
    await overview.goto('?range=today&is_flagged=true');
    await expect(overview.kpi('Turns')).toContainText(/so far|previously none/);
    await expect(overview.keyFigures).toContainText('This range is still in progress');
    for (const name of [...VOLUMES, 'Flagged turns', 'Satisfaction', 'Hallucination rate'])
      await expect(overview.kpi(name), name).not.toContainText(/(better|worse) ·|That is (better|worse)/);
  });

  test('a finished range judges quality figures and shows volumes neutrally', async ({ overview }) => {
    const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    await overview.goto(`?created_after=${day(13)}&created_before=${day(7)}&is_flagged=true`);
    await expect(overview.kpi('Turns')).toContainText(
      /(Up|Down) .* from [\d,]+ in the previous 7 days|No change/,
    );
    for (const name of VOLUMES)
      await expect(overview.kpi(name), name).toContainText('Neither higher nor lower is better by itself.');
    // Every turn is flagged on both sides: the share that is judged has not changed.
    await expect(overview.kpi('Flagged turns')).toContainText('Share of turns: No change from 100.0%');
  });

  test('a KPI card opens the list behind it, with the same total', async ({ page, overview }) => {
    await overview.goto('?range=7d&severity=medium');
    for (const [card, list, noun] of [
      ['Flagged turns', 'Turns review', 'turns'],
      ['Conversations', 'Conversations', 'conversations'],
      ['Unique visitors', 'Visitors', 'visitors'],
    ] as const) {
      const link = overview.kpi(card).getByRole('link');
      const total = /View the ([\d,]+) /.exec((await link.textContent()) ?? '')?.[1];
      expect(total, card).toBeTruthy();
      await link.click();
      await expect(page.getByRole('heading', { level: 1, name: list })).toBeVisible();
      await expect(page.getByText(new RegExp(`^${total} ${noun}? match(es)?$`))).toBeVisible();
      await page.goBack();
      await expect(overview.kpi(card)).toBeVisible();
    }
  });

  test('clarification figures show on a newer server and are absent on an older one', async ({
    overview,
  }) => {
    await overview.goto();
    const card = overview.kpi('Clarifying questions');
    await expect(card).toContainText(/^Clarifying questions\s*[\d,]+/);
    await expect(card).toContainText(/% of turns/);
    await expect(card).toHaveAccessibleDescription(/asked the visitor a clarifying question/);
    await overview.goto('?scenario=old-server');
    await expect(overview.kpi('Turns')).toContainText(/\d/);
    await expect(overview.kpi('Clarifying questions')).toHaveCount(0);
  });
});

test.describe('what is new since I last looked?', () => {
  test('counts what arrives after "Mark all as seen", links it, and clears it again', async ({
    page,
    overview,
  }) => {
    await page.clock.install({ time: MORNING });
    await overview.goto('?scenario=live');
    await expect(overview.news).toContainText('No visit marked in this browser yet: the last 24 hours');
    await expect(overview.newItem('flagged')).toContainText(/^\d/);

    await overview.news.getByRole('button', { name: 'Mark all as seen' }).click();
    await expect(overview.news.getByText('Nothing new.')).toHaveCount(3);
    await expect(overview.news).toContainText('Since you marked all as seen');

    // In the live scenario a flagged turn, a commented thumbs down and a verdict arrive every
    // three minutes; the panel looks again on its own (verdicts every 10 minutes).
    await expect(async () => {
      await page.clock.fastForward(60_000);
      await expect(overview.news.getByText('Nothing new.')).toHaveCount(0, { timeout: 250 });
    }).toPass({ timeout: 30_000 });
    for (const item of ['flagged', 'comments', 'hallucinations'] as const)
      await expect(overview.newItem(item)).toContainText(/^[1-9]\d*\+?/);
    await expect(
      overview
        .newItem('hallucinations')
        .getByRole('link', { name: /^Conversation / })
        .first(),
    ).toBeVisible();

    // The mark survives a reload (kept per user in this browser).
    await page.reload();
    await expect(overview.news).toContainText('Since you marked all as seen');

    await overview.news.getByRole('button', { name: 'Mark all as seen' }).click();
    await expect(overview.news.getByText('Nothing new.')).toHaveCount(3);
  });

  test('the flagged count opens the turns review with the new ones at the top', async ({
    page,
    overview,
  }) => {
    await page.clock.install({ time: MORNING });
    await overview.goto('?scenario=live');
    await overview.news.getByRole('button', { name: 'Mark all as seen' }).click();
    await expect(overview.news.getByText('Nothing new.')).toHaveCount(3);
    await expect(async () => {
      await page.clock.fastForward(60_000);
      await expect(overview.newItem('flagged')).toContainText(/^[1-9]/, { timeout: 250 });
    }).toPass({ timeout: 30_000 });
    await overview.newItem('flagged').getByRole('link', { name: 'View the high-severity turns' }).click();
    await expect(page).toHaveURL(/\/interactions\?severity=high&created_after=2026-11-26$/);
    await expect(page.getByText(/^[\d,]+ turns? match(es)?$/)).toBeVisible();
  });
});
