import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Fault matrix (issue 6 §4): every endpoint the pages call, through the fixture faults — slow
 * (10 s) with a cancel, 500, 502, 503 and 429 with Retry-After, network failure, HTML instead of
 * JSON, truncated JSON and a malformed body. One page load per endpoint: the faults follow each
 * other through the section's own Retry button, so each case also proves the retry works.
 *
 * The page's clock is Playwright's fake clock: backoff waits are fast-forwarded, never slept,
 * and every API call is logged with the page's (fake) time to check the backoff gaps.
 */

type Attempt = { url: string; at: number; aborted: boolean };

const TRANSIENT = ['500', '502', '503', '429', 'network'] as const;
const FINAL = ['html', 'truncated', 'malformed'] as const;
type Fault = (typeof TRANSIENT)[number] | (typeof FINAL)[number];

/** What the section says for each fault (ApiError messages). */
const SAYS: Record<Fault, RegExp> = {
  '500': /server had a problem \(HTTP 500\)/,
  '502': /server had a problem \(HTTP 502\)/,
  '503': /server had a problem \(HTTP 503\)/,
  '429': /rate-limiting requests \(HTTP 429\) and asked to wait 2 s/,
  network: /Could not reach the server/,
  html: /answered with something that is not JSON/,
  truncated: /does not understand \(invalid json\)/,
  malformed: /does not understand \(field “/,
};

/** Minimum gaps between attempts: 1 s, 2 s, 4 s backoff; at least Retry-After (2 s) for 429/503. */
const GAPS: Record<(typeof TRANSIENT)[number], number[]> = {
  '500': [1000, 2000, 4000],
  '502': [1000, 2000, 4000],
  '503': [2000, 2000, 4000],
  '429': [2000, 2000, 4000],
  network: [1000, 2000, 4000],
};

/**
 * Logs every API request the fixtures answer, from the page or from a list's worker (which
 * sends the whole lists' requests), with the page's (fake) time; the requests the browser
 * aborted are counted per URL from Playwright's side.
 */
async function installRequestLog(page: Page): Promise<Map<string, number>> {
  await page.addInitScript(() => {
    (window as unknown as { __waaRequestLog: unknown[] }).__waaRequestLog = [];
  });
  const aborted = new Map<string, number>();
  page.on('requestfailed', (request) => {
    if (!/ABORTED/i.test(request.failure()?.errorText ?? '')) return;
    aborted.set(request.url(), (aborted.get(request.url()) ?? 0) + 1);
  });
  return aborted;
}

async function attempts(
  page: Page,
  path: string | RegExp,
  ignore?: (url: URL) => boolean,
  aborted: ReadonlyMap<string, number> = new Map(),
): Promise<Attempt[]> {
  const log = await page.evaluate(
    () => (window as unknown as { __waaRequestLog: { url: string; at: number }[] }).__waaRequestLog,
  );
  const matches = (pathname: string) => (typeof path === 'string' ? pathname === path : path.test(pathname));
  // A URL's first n attempts are the ones aborted (a newer attempt starts after the older ends).
  const seen = new Map<string, number>();
  return log
    .filter((entry) => matches(new URL(entry.url).pathname) && !ignore?.(new URL(entry.url)))
    .map((entry) => {
      const index = seen.get(entry.url) ?? 0;
      seen.set(entry.url, index + 1);
      return { url: entry.url, at: entry.at, aborted: index < (aborted.get(entry.url) ?? 0) };
    });
}

/** Asks the fixtures (through the page, with the app's token) for an id to put in a URL. */
async function apiValue(
  page: Page,
  path: string,
  pick: (rows: Record<string, string>[]) => string,
): Promise<string> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const rows = await page.evaluate(async (p) => {
    const token = sessionStorage.getItem('waa.token');
    const response = await fetch(`/api/${p}`, { headers: { Authorization: `Token ${token}` } });
    return (await response.json()) as Record<string, string>[];
  }, path);
  return pick(rows);
}

/** Moves the page's clock on in small steps until `check` passes (no real sleeping). */
async function fastForwardUntil(page: Page, check: () => Promise<void>, stepMs = 1000): Promise<void> {
  await expect(async () => {
    await page.clock.fastForward(stepMs);
    await check();
  }).toPass({ timeout: 30_000, intervals: [0] });
}

type Section = {
  /** The endpoint's fault name and its request path (a RegExp for paths with an id). */
  endpoint: string;
  path: string | RegExp;
  /** Calls to the same path made by another section of the page, which are not this one's. */
  ignore?: (url: URL) => boolean;
  /** The page that calls it (a function when it needs an id from the API first). */
  url: string | ((page: Page) => Promise<string>);
  /** The section that shows it, what it loads ("Could not load …"), and proof of data. */
  section: (page: Page) => Locator;
  what: string;
  loaded: (page: Page) => Locator;
  /** Something else on the page that must keep working meanwhile. */
  rest: (page: Page) => Locator;
};

async function runMatrix(
  page: Page,
  mocks: { setFaults: (f: Record<string, string>) => Promise<void> },
  s: Section,
) {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  const url = typeof s.url === 'string' ? s.url : await s.url(page);
  const aborted = await installRequestLog(page);
  await page.clock.install();
  const section = s.section(page);
  const alert = section.getByRole('alert');
  const retry = section.getByRole('button', { name: 'Retry', exact: true });

  // Slow: "Still loading…" after 5 s, Cancel aborts the request and leaves a Retry.
  const withFault = (fault: string) => `${url}${url.includes('?') ? '&' : '?'}fault=${s.endpoint}:${fault}`;
  let started = false;
  if (!process.env.FAULTS_SKIP_SLOW) {
    started = true;
    await page.goto(withFault('slow'));
    await expect(s.rest(page)).toBeVisible();
    await expect
      .poll(async () => (await attempts(page, s.path, s.ignore, aborted)).length)
      .toBeGreaterThan(0);
    await fastForwardUntil(page, () =>
      expect(section.getByText(`Still loading ${s.what}…`)).toBeVisible({ timeout: 60 }),
    );
    await section.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(section.getByText(`Loading ${s.what} was cancelled.`)).toBeVisible();
    // The browser reports an aborted request a moment after the page has moved on.
    await expect
      .poll(
        async () => (await attempts(page, s.path, s.ignore, aborted)).every((attempt) => attempt.aborted),
        {
          message: 'cancel aborts the request',
        },
      )
      .toBe(true);
    await expect(s.rest(page)).toBeVisible();
  }

  const cases: Fault[] = [...TRANSIENT, ...FINAL];
  for (const fault of cases) {
    const before = started ? (await attempts(page, s.path, s.ignore, aborted)).length : 0;
    if (started) {
      await mocks.setFaults({ [s.endpoint]: fault });
      await retry.click();
    } else {
      started = true;
      await page.goto(withFault(fault));
    }
    await fastForwardUntil(page, () => expect(alert).toContainText(SAYS[fault], { timeout: 60 }));
    await expect(retry, `${fault}: the section offers a retry`).toBeVisible();
    const transient = (TRANSIENT as readonly string[]).includes(fault);
    const byUrl = async () => {
      const grouped = new Map<string, Attempt[]>();
      for (const attempt of (await attempts(page, s.path, s.ignore, aborted)).slice(before))
        grouped.set(attempt.url, [...(grouped.get(attempt.url) ?? []), attempt]);
      return grouped;
    };
    // A section with two queries (the KPI period and its previous period) shows the error when
    // the first one gives up; the other may still have a backoff wait to go, so move the clock on
    // until every URL has made its last attempt.
    if (transient) {
      await fastForwardUntil(page, async () => {
        for (const [url, list] of await byUrl())
          expect(list.length, `${fault}: attempts of ${url} so far`).toBeGreaterThanOrEqual(4);
      });
    }
    for (const [url, list] of await byUrl()) {
      if (transient) {
        expect(list.length, `${fault}: 1 + 3 retries of ${url}`).toBe(4);
        const gaps = list.slice(1).map((attempt, i) => attempt.at - list[i].at);
        const minimum = GAPS[fault as (typeof TRANSIENT)[number]];
        gaps.forEach((gap, i) =>
          expect(gap, `${fault}: gap ${i + 1} of ${url}`).toBeGreaterThanOrEqual(minimum[i]),
        );
      } else {
        expect(list.length, `${fault}: not retried (${url})`).toBe(1);
      }
    }
    await expect(s.rest(page), `${fault}: the rest of the page still works`).toBeVisible();
  }

  // The server recovers: one more Retry brings the data.
  await mocks.setFaults({});
  await retry.click();
  await fastForwardUntil(page, () => expect(s.loaded(page)).toBeVisible({ timeout: 60 }));
  await expect(alert).toHaveCount(0);

  const unexpected = consoleErrors.filter((text) => !/Failed to load resource/.test(text));
  expect(unexpected, 'no console errors beyond failed resource loads').toEqual([]);
}

const I = '/api/anonymous-chat-interactions/';

const turnRow = (rows: Record<string, string>[]) =>
  rows.find((row) => row.session_id && row.user_slug) ?? rows[0];
const list = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const firstRow = (page: Page, name: string) =>
  page
    .getByRole('table', { name })
    .getByRole('row')
    .filter({ has: page.getByRole('cell') })
    .first();
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test.describe('fault matrix', () => {
  test.describe.configure({ timeout: 90_000 });

  test('overview: budget', async ({ page, mocks, overview }) => {
    await runMatrix(page, mocks, {
      endpoint: 'budget',
      path: `${I}budget/`,
      url: '/',
      section: () => overview.budget,
      what: 'the token budget',
      loaded: () => overview.budgetMeter,
      rest: () => overview.kpi('Turns'),
    });
  });

  test('overview: key figures and charts', async ({ page, mocks, overview }) => {
    await runMatrix(page, mocks, {
      endpoint: 'kpi',
      path: `${I}kpi/`,
      url: '/',
      section: () => overview.keyFigures,
      // The budget card's share of today's tokens asks kpi/ for today alone, on its own schedule.
      ignore: (url) =>
        url.searchParams.get('window_days') === '1' &&
        url.searchParams.get('created_after') === url.searchParams.get('created_before'),
      what: 'the key figures',
      loaded: () => overview.kpi('Turns'),
      rest: () => overview.budgetMeter,
    });
  });

  test('visitors', async ({ page, mocks }) => {
    await runMatrix(page, mocks, {
      endpoint: 'by-user',
      path: `${I}by-user/`,
      url: '/users',
      section: () => list(page, 'Visitors'),
      what: 'visitors',
      loaded: () => firstRow(page, 'Visitors'),
      rest: () => page.getByRole('search', { name: 'Filter visitors' }),
    });
  });

  test('one visitor', async ({ page, mocks }) => {
    await runMatrix(page, mocks, {
      endpoint: 'by-user-detail',
      path: new RegExp(`^${I}by-user/[^/]+/$`),
      url: async () =>
        `/users/${await apiValue(page, 'anonymous-chat-interactions/?page_size=20', (rows) => turnRow(rows).user_slug)}`,
      section: () => page.getByRole('main'),
      what: "this visitor's turns",
      loaded: () => page.getByRole('region', { name: 'Totals' }),
      rest: () => nav(page),
    });
  });

  test('conversations', async ({ page, mocks }) => {
    await runMatrix(page, mocks, {
      endpoint: 'conversations',
      path: `${I}conversations/`,
      url: '/sessions',
      section: () => list(page, 'Conversations'),
      what: 'conversations',
      loaded: () => firstRow(page, 'Conversations'),
      rest: () => page.getByRole('search', { name: 'Filter conversations' }),
    });
  });

  test('transcript', async ({ page, mocks }) => {
    await runMatrix(page, mocks, {
      endpoint: 'by-session',
      path: new RegExp(`^${I}by-session/[^/]+/$`),
      url: async () =>
        `/sessions/${await apiValue(page, 'anonymous-chat-interactions/?page_size=20', (rows) => turnRow(rows).session_id)}`,
      section: () => page.getByRole('main'),
      what: 'this conversation',
      loaded: () => page.getByRole('list', { name: /^Turns \(/ }),
      rest: () => nav(page),
    });
  });

  test('turns review', async ({ page, mocks }) => {
    await runMatrix(page, mocks, {
      endpoint: 'list',
      path: I,
      url: '/interactions',
      section: () => list(page, 'Turns'),
      what: 'turns',
      loaded: () => firstRow(page, 'Turns'),
      rest: () => page.getByRole('search', { name: 'Filter turns' }),
    });
  });

  test('one turn', async ({ page, mocks }) => {
    await runMatrix(page, mocks, {
      endpoint: 'retrieve',
      path: new RegExp(`^${I}[0-9a-f-]{32,36}/$`),
      url: async () =>
        `/interactions/${await apiValue(page, 'anonymous-chat-interactions/?page_size=20', (rows) => turnRow(rows).uuid)}`,
      section: () => page.getByRole('main'),
      what: 'this turn',
      loaded: () => page.getByRole('list', { name: /^Turns \(/ }),
      rest: () => nav(page),
    });
  });

  test('feedback', async ({ page, mocks }) => {
    await runMatrix(page, mocks, {
      endpoint: 'feedbacks',
      path: '/api/anonymous-chat-feedbacks/',
      url: '/feedback',
      section: () => list(page, 'Feedback'),
      what: 'feedback',
      loaded: () => firstRow(page, 'Feedback'),
      rest: () => page.getByRole('search', { name: 'Filter feedback' }),
    });
  });

  test('your account (users/me)', async ({ page, mocks }) => {
    await runMatrix(page, mocks, {
      endpoint: 'me',
      path: '/api/users/me/',
      url: '/',
      section: () => page.getByRole('main'),
      what: 'your account',
      loaded: () => page.getByRole('heading', { level: 1, name: 'Overview' }),
      rest: () => page.getByRole('button', { name: 'Sign out' }),
    });
  });

  test('server version: any failure means "assume current", never an error', async ({
    page,
    mocks,
    overview,
  }) => {
    await page.clock.install();
    for (const fault of ['slow', ...TRANSIENT, ...FINAL]) {
      await page.goto(`/?fault=version:${fault}`);
      await fastForwardUntil(page, () => expect(overview.kpi('Turns')).toContainText(/\d/, { timeout: 60 }));
      await expect(page.getByRole('alert')).toHaveCount(0);
    }
    await mocks.setFaults({});
  });
});

test('an unhandled promise rejection would fail these tests (the detector works)', async ({
  page,
  overview,
  pageErrors,
}) => {
  await overview.goto();
  await expect(overview.heading).toBeVisible();
  await page.evaluate(() => {
    void Promise.reject(new Error('planted rejection'));
  });
  await expect.poll(() => pageErrors.join()).toContain('planted rejection');
  pageErrors.length = 0;
});
