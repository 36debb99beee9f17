import { expect, test } from './fixtures';

test.describe('budget gauges', () => {
  test('normal day: gauge, numbers, countdown and update time', async ({ overview }) => {
    await overview.goto();
    await expect(overview.budgetMeter).toBeVisible();
    await expect(overview.budget.getByText(/^Normal: [\d.]+% of today's cap used$/)).toBeVisible();
    await expect(overview.budget.getByText(/Resets in \d{2}:\d{2}:\d{2}/)).toBeVisible();
    await expect(overview.budget.getByText(/Updated/)).toBeVisible();
  });

  const states = [
    { scenario: 'budget-warning', text: "Warning: 85% of today's cap used", title: /^85% · Warning · / },
    { scenario: 'budget-critical', text: "Critical: 96% of today's cap used", title: /^96% · Critical · / },
    {
      scenario: 'budget-exhausted',
      text: 'Budget exhausted — new chats are refused until reset',
      title: /^100% · Exhausted · /,
    },
  ];
  for (const { scenario, text, title } of states) {
    test(`${scenario} says so on the card and in the tab title`, async ({ overview, page }) => {
      // Late in the UTC day, when the day's pace no longer reaches the cap before the reset
      // (earlier, the headline says when it will: e2e/morning-check.spec.ts).
      await page.clock.install({ time: new Date('2026-11-26T23:30:00Z') });
      await overview.goto(`?scenario=${scenario}`);
      await expect(overview.budget.getByText(text)).toBeVisible();
      await expect(page).toHaveTitle(title);
    });
  }

  test('no cap: no gauge, says there is no daily cap', async ({ overview, page }) => {
    await overview.goto('?scenario=no-cap');
    await expect(overview.budget.getByText('No daily cap').first()).toBeVisible();
    await expect(overview.budget.getByRole('meter')).toHaveCount(0);
    await expect(page).toHaveTitle(/^Overview · /);
    // No empty room where the gauge would be: "Updated" follows the last fact closely.
    const lastFact = overview.budget.getByRole('definition').last();
    await expect(lastFact).not.toHaveText('Loading…');
    const updated = overview.budget.getByText(/^Updated/);
    await expect(updated).toBeVisible();
    // Measured in one frame: the sections around the card still load and move it between two calls.
    const gap = await lastFact.evaluate(
      (fact, below) => (below as Element).getBoundingClientRect().top - fact.getBoundingClientRect().bottom,
      await updated.elementHandle(),
    );
    expect(gap).toBeLessThan(40);
  });

  test('a request counter in the response gets a second gauge', async ({ overview }) => {
    await overview.goto('?scenario=budget-requests');
    await expect(overview.budget.getByRole('meter')).toHaveCount(2);
    await expect(overview.budget.getByRole('heading', { name: 'Requests today' })).toBeVisible();
  });

  test('a failed poll keeps the last value and marks it stale', async ({ overview, page, mocks }) => {
    await page.clock.install();
    await overview.goto();
    const meter = overview.budgetMeter;
    await expect(meter).toBeVisible();
    const before = await meter.getAttribute('aria-valuenow');
    await mocks.setFaults({ budget: '500' });
    await expect(async () => {
      await page.clock.fastForward(10_000);
      await expect(overview.budget.getByText(/^Last update failed —/)).toBeVisible({ timeout: 250 });
    }).toPass({ timeout: 15_000 });
    await expect(meter).toHaveAttribute('aria-valuenow', before ?? '');
    await expect(overview.budget.getByText('Stale', { exact: true })).toBeVisible();
    await mocks.setFaults({});
    await overview.budget.getByRole('button', { name: 'Retry' }).click();
    await expect(overview.budget.getByText(/^Last update failed —/)).toHaveCount(0);
  });

  test('after midnight an unchanged total is flagged as yesterday’s', async ({ overview, page }) => {
    await page.clock.install({ time: new Date('2026-11-26T23:59:20Z') });
    await overview.goto('?scenario=budget-stale');
    await expect(overview.budgetMeter).toBeVisible();
    await expect(overview.budget.getByText(/yesterday/)).toHaveCount(0);
    await expect(async () => {
      await page.clock.fastForward(30_000);
      await expect(overview.budget.getByText(/^Still showing yesterday's total:/)).toBeVisible({
        timeout: 250,
      });
    }).toPass({ timeout: 15_000 });
  });
});
