import type { Page, Response } from '@playwright/test';
import { expect, test } from './fixtures';

type Kpi = {
  interactions_total: number;
  sessions_total: number;
  unique_users: number;
  flagged_total: number;
  feedback_positive: number;
  feedback_negative: number;
  satisfaction_rate: number | null;
  click_through_rate: number | null;
  input_tokens_total?: number;
  output_tokens_total?: number;
  review_coverage: number | null;
  avg_llm_resolution_score: number | null;
  hallucination_rate: number | null;
  llm_intent_distribution?: Record<string, number>;
  daily_volume: { date: string; count: number }[];
  severity_by_day: { labels: string[]; series: Record<string, number[]> };
};

// Independent of the app's own formatting code: what a person reading the server's JSON expects.
const int = (n: number) => new Intl.NumberFormat('en-GB').format(n);
const rate = (r: number) =>
  new Intl.NumberFormat('en-GB', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(r);
const score = (n: number) =>
  new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(n);

const KPI_PATH = '/api/anonymous-chat-interactions/kpi/';
const BUDGET_PATH = '/api/anonymous-chat-interactions/budget/';

/** The page's own kpi/ call (not the previous-window comparison, which asks for window_days=1). */
function isPageKpi(response: Response, windowDays = '30'): boolean {
  const url = new URL(response.url());
  return url.pathname === KPI_PATH && url.searchParams.get('window_days') === windowDays;
}

async function openWithKpi(page: Page, goto: () => Promise<void>, windowDays = '30'): Promise<Kpi> {
  const [response] = await Promise.all([page.waitForResponse((r) => isPageKpi(r, windowDays)), goto()]);
  expect(response.status()).toBe(200);
  return (await response.json()) as Kpi;
}

function utcToday(): string {
  return new Date().toISOString().slice(0, 10);
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

test.describe('overview: KPI cards, charts and filters', () => {
  test('every KPI card shows exactly what kpi/ returned, and the charts summarise it', async ({
    page,
    overview,
  }) => {
    const kpi = await openWithKpi(page, () => overview.goto());
    await expect(overview.budgetMeter).toBeVisible();

    const expected: [string, string][] = [
      ['Turns', int(kpi.interactions_total)],
      ['Conversations', int(kpi.sessions_total)],
      ['Unique visitors', int(kpi.unique_users)],
      ['Flagged turns', int(kpi.flagged_total)],
      ['Input tokens', int(kpi.input_tokens_total!)],
      ['Output tokens', int(kpi.output_tokens_total!)],
    ];
    for (const [key, value] of [
      ['Satisfaction', kpi.satisfaction_rate],
      ['Click-through', kpi.click_through_rate],
      ['Judge coverage', kpi.review_coverage],
      ['Hallucination rate', kpi.hallucination_rate],
    ] as const) {
      if (value !== null) expected.push([key, rate(value)]);
    }
    if (kpi.avg_llm_resolution_score !== null)
      expected.push(['Average resolution', score(kpi.avg_llm_resolution_score)]);

    for (const [name, value] of expected) {
      await expect(overview.kpi(name).getByText(value, { exact: true }), name).toBeVisible();
    }
    await expect(overview.kpi('Satisfaction')).toContainText(
      `${int(kpi.feedback_positive)} up, ${int(kpi.feedback_negative)} down`,
    );
    // The 30 days run up to today: a count is set against the previous 30 days so far, in words
    // for screen readers too, and nothing is judged.
    await expect(overview.kpi('Turns')).toContainText(/so far [\d.,]+% of [\d,]+|previously none/);
    await expect(overview.kpi('Turns')).toContainText(/of this date range has passed/);
    await expect(overview.keyFigures).not.toContainText('NaN');

    const volumeTotal = kpi.daily_volume.reduce((sum, d) => sum + d.count, 0);
    await expect(overview.chartFigure(overview.volumeChart)).toHaveAccessibleName(
      new RegExp(`^${int(volumeTotal)} turns? over 30 UTC days`),
    );
    const series = kpi.severity_by_day.series;
    const flagged = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'].reduce(
      (sum, key) => sum + series[key].reduce((a, b) => a + b, 0),
      0,
    );
    const severitySummary =
      flagged === 0
        ? /^No flagged turns over 14 UTC days/
        : new RegExp(`^${int(flagged)} flagged turns? over 14 UTC days`);
    if (flagged > 0)
      await expect(overview.chartFigure(overview.severityChart)).toHaveAccessibleName(severitySummary);
    if (kpi.llm_intent_distribution) {
      const verdicts = Object.values(kpi.llm_intent_distribution).reduce((a, b) => a + b, 0);
      await expect(overview.chartFigure(overview.intentChart)).toHaveAccessibleName(
        new RegExp(`^${int(verdicts)} judge verdicts? by intent`),
      );
    }
    await expect(overview.volumeChart).toContainText('UTC days');
  });

  test('the key figures take the same room loading and loaded (nothing below moves)', async ({
    browser,
    page,
    overview,
  }) => {
    const height = async (target: Page) =>
      (await target.getByRole('region', { name: 'Key figures' }).boundingBox())?.height ?? -1;
    for (const width of [1366, 1024, 768]) {
      await page.setViewportSize({ width, height: 900 });
      await overview.goto();
      await expect(overview.kpi('Turns')).toBeVisible();
      await expect(overview.keyFigures.getByRole('list')).not.toHaveAttribute('aria-busy', 'true');
      // The same page with kpi/ held back: only the skeleton is there.
      const loading = await browser.newPage({ viewport: { width, height: 900 } });
      await loading.addInitScript(
        (token) => sessionStorage.setItem('waa.token', token),
        await page.evaluate(() => sessionStorage.getItem('waa.token') ?? ''),
      );
      await loading.goto('/?fault=kpi:slow');
      await expect(
        loading.getByRole('region', { name: 'Key figures' }).locator('ul[aria-busy="true"]'),
      ).toBeVisible();
      expect(
        Math.abs((await height(loading)) - (await height(page))),
        `${width} px wide`,
      ).toBeLessThanOrEqual(1);
      await loading.close();
    }
  });

  test('a day in the numbers table opens that day’s turns', async ({ page, overview }) => {
    const kpi = await openWithKpi(page, () => overview.goto('?is_flagged=false'));
    const busiest = kpi.daily_volume.reduce((best, d) => (d.count > best.count ? d : best));
    await overview.showNumbers(overview.volumeChart);
    const link = overview.volumeChart
      .getByRole('link', { name: new RegExp(`^View ${int(busiest.count)} turns? on `) })
      .first();
    await link.click();
    await expect(page).toHaveURL(
      /\/interactions\?is_flagged=false&created_after=(\d{4}-\d{2}-\d{2})&created_before=\1$/,
    );
  });

  test('clicking a day in the volume chart opens its turns', async ({ page, overview }) => {
    await openWithKpi(page, () => overview.goto());
    const figure = overview.chartFigure(overview.volumeChart);
    await figure.scrollIntoViewIfNeeded();
    await expect(figure).toBeVisible();
    // The last column is today; the middle of the plot is inside it whatever its height.
    const box = (await figure.boundingBox())!;
    await page.mouse.move(box.x + box.width - 30, box.y + 120, { steps: 4 });
    await expect(overview.volumeChart.getByText('Click to open these turns')).toBeVisible();
    await page.mouse.click(box.x + box.width - 30, box.y + 120);
    const today = utcToday();
    await expect(page).toHaveURL(
      new RegExp(`/interactions\\?created_after=${today}&created_before=${today}$`),
    );
  });

  test('filters live in the URL, survive reload and back, and leave the budget alone', async ({
    page,
    overview,
  }) => {
    await openWithKpi(page, () => overview.goto());
    await expect(overview.rangeButton('30 days')).toHaveAttribute('aria-pressed', 'true');
    await expect(overview.budgetMeter).toBeVisible();

    const today = utcToday();
    const [request] = await Promise.all([
      page.waitForRequest((r) => {
        const url = new URL(r.url());
        return url.pathname === KPI_PATH && url.searchParams.get('created_after') === addDays(today, -6);
      }),
      overview.rangeButton('7 days').click(),
    ]);
    const params = new URL(request.url()).searchParams;
    expect(params.get('created_before')).toBe(today);
    expect(params.get('created_from')).toBe(addDays(today, -6));
    await expect(page).toHaveURL(/\/\?range=7d$/);

    await overview.filters.getByLabel('Severity').selectOption('medium');
    await expect(page).toHaveURL(/\/\?range=7d&severity=medium$/);
    await page.reload();
    await expect(overview.rangeButton('7 days')).toHaveAttribute('aria-pressed', 'true');
    await expect(overview.filters.getByLabel('Severity')).toHaveValue('medium');

    await page.goBack();
    await expect(page).toHaveURL(/\/\?range=7d$/);
    await expect(overview.filters.getByLabel('Severity')).toHaveValue('');
    await page.goBack();
    await expect(overview.rangeButton('30 days')).toHaveAttribute('aria-pressed', 'true');
    await expect(overview.budgetMeter).toBeVisible();
  });

  test('a failing kpi/ says it is retrying, then shows one error with one Retry while the budget keeps working', async ({
    page,
    overview,
    mocks,
  }) => {
    const budgetCalls: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === BUDGET_PATH) budgetCalls.push(r.url());
    });
    await overview.goto('?fault=kpi:500');
    await expect(overview.budgetMeter).toBeVisible();
    // 5xx are retried with backoff before the error shows, and the section says so meanwhile.
    await expect(overview.keyFigures.getByRole('status').filter({ hasText: 'retrying…' })).toBeVisible();
    const error = overview.keyFigures.getByRole('alert');
    await expect(error).toContainText('Could not load the key figures and charts', { timeout: 20_000 });
    await expect(page.getByRole('alert')).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Retry', exact: true })).toHaveCount(1);
    for (const section of [overview.volumeChart, overview.severityChart, overview.intentChart])
      await expect(section).toContainText('Not available: the key figures above could not be loaded.');
    await expect(overview.budget.getByRole('alert')).toHaveCount(0);
    expect(budgetCalls.length).toBeGreaterThan(0);

    await mocks.setFaults({});
    await error.getByRole('button', { name: 'Retry' }).click();
    await expect(overview.kpi('Turns').getByText(/^\d[\d,]*$/)).toBeVisible();
    await expect(overview.chartFigure(overview.volumeChart)).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('null rates show "—" with the reason on hover and focus; no intents is "not reviewed yet"', async ({
    page,
    overview,
  }) => {
    const kpi = await openWithKpi(page, () => overview.goto('?scenario=empty'));
    expect(kpi.satisfaction_rate).toBeNull();
    const missing = overview.kpi('Satisfaction').getByRole('note', { name: 'Satisfaction: no value' });
    await expect(missing).toHaveText('—');
    await expect(missing).toHaveAccessibleDescription(/No thumbs-up or thumbs-down votes/);
    await missing.hover();
    await expect(page.getByRole('tooltip')).toContainText('No thumbs-up or thumbs-down votes');
    await page.mouse.move(5, 5, { steps: 8 });
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    await missing.focus();
    await expect(page.getByRole('tooltip')).toContainText('No thumbs-up or thumbs-down votes');
    await page.keyboard.press('Escape');

    await expect(overview.keyFigures).not.toContainText(/NaN|0\.0%/);
    await expect(overview.intentChart).toContainText('Not reviewed yet');
    await expect(overview.intentChart.getByRole('alert')).toHaveCount(0);
  });

  test('an 8.1.0 server: token totals are unknown, not zero, and the feedback filter is explained', async ({
    page,
    overview,
  }) => {
    await openWithKpi(page, () => overview.goto('?scenario=old-server'));
    const tokens = overview.kpi('Input tokens').getByRole('note', { name: 'Input tokens: no value' });
    await expect(tokens).toHaveAccessibleDescription(/does not report token totals/);
    // The server cannot filter by vote: the control says so instead of offering it.
    const vote = overview.filters.getByRole('combobox', { name: 'Vote' });
    await expect(vote).toBeDisabled();
    await expect(vote).toHaveAccessibleDescription('Needs Waldur 8.1.2 or newer');
    // A pasted link that has it: the page says it is not applied, and never sends it.
    const [request] = await Promise.all([
      page.waitForRequest((r) => new URL(r.url()).pathname === KPI_PATH),
      overview.goto('?scenario=old-server&has_feedback=true'),
    ]);
    expect(new URL(request.url()).searchParams.get('has_feedback')).toBeNull();
    await expect(page.getByText('The “Vote” filter is not applied.')).toBeVisible();
    // No clarification figures on this server: no card for them, not a "—" card.
    await expect(overview.kpi('Turns')).toBeVisible();
    await expect(overview.kpi('Clarifying questions')).toHaveCount(0);
  });
});
