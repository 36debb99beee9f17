import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ConversationsPage, FeedbackListPage, TurnsReviewPage } from './pages/lists';

const fmt = (n: number) => n.toLocaleString('en-GB');

/** The total a list response announces, for the next GET of `apiPath` matching `match`. */
function resultCount(
  page: Page,
  apiPath: string,
  match: (url: URL) => boolean = () => true,
): Promise<number> {
  return page
    .waitForResponse((response) => {
      const url = new URL(response.url());
      return url.pathname === `/api/${apiPath}` && response.ok() && match(url);
    })
    .then((response) => Number(response.headers()['x-result-count']));
}

/** A downloaded CSV's rows of cells. */
function csvRows(text: string): string[][] {
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

/** No text cell a spreadsheet would run as a formula. */
function assertFormulaSafe(rows: string[][]): void {
  for (const row of rows) {
    for (const cell of row) {
      if (/^[=+\-@\t\r]/.test(cell))
        expect(cell, 'only plain numbers may start with a sign').toMatch(/^-?\d+(\.\d+)?$/);
    }
  }
}

test.describe('turns review', () => {
  test('pages on the server: page 2 is requested and in the URL; the total is X-Result-Count', async ({
    page,
    turns,
  }) => {
    // The fixtures place today's turns by the clock: a fixed one keeps the data the same across the reload.
    await page.clock.setFixedTime(new Date());
    const firstTotal = resultCount(page, TurnsReviewPage.API);
    await turns.goto();
    await expect(turns.heading).toBeVisible();
    await expect(page).toHaveTitle('Turns review · Assistant Analytics');
    const total = await firstTotal;
    expect(total).toBeGreaterThan(100);
    await expect(turns.pagerRange).toHaveText(`1–50 of ${fmt(total)}`);
    await expect(turns.count).toHaveText(`${fmt(total)} turns in total`);
    await expect(turns.rows).toHaveCount(50);
    // Rows are compared by their id: the links also carry the list's place (`from=`), which each view names anew.
    const firstOnPage1 = await turns.rows.first().getAttribute('data-row-id');

    const second = turns.listRequest((url) => url.searchParams.get('page') === '2');
    await turns.nextPage.click();
    const request = await second;
    expect(request.searchParams.get('page_size')).toBe('50');
    expect(request.searchParams.get('o')).toBe('-created');
    await expect(page).toHaveURL(/\/interactions\?page=2$/);
    await expect(turns.pagerRange).toHaveText(`51–100 of ${fmt(total)}`);
    // The previous page stays on screen (dimmed, busy) until page 2 arrives.
    await expect(turns.table).not.toHaveAttribute('aria-busy', 'true');
    await expect(turns.rows.first()).not.toHaveAttribute('data-row-id', firstOnPage1 ?? '');
    const firstOnPage2 = await turns.rows.first().getAttribute('data-row-id');

    // Reload and Back give the same views.
    await page.reload();
    await expect(turns.pagerRange).toHaveText(`51–100 of ${fmt(total)}`);
    await expect(turns.table).not.toHaveAttribute('aria-busy', 'true');
    await expect(turns.rows.first()).toHaveAttribute('data-row-id', firstOnPage2 ?? '');
    await page.goBack();
    await expect(page).toHaveURL(/\/interactions$/);
    await expect(turns.table).not.toHaveAttribute('aria-busy', 'true');
    await expect(turns.rows.first()).toHaveAttribute('data-row-id', firstOnPage1 ?? '');

    // A bigger page size is asked of the server as such.
    const big = turns.listRequest((url) => url.searchParams.get('page_size') === '300');
    await turns.rowsPerPage.selectOption('300');
    await big;
    await expect(page).toHaveURL(/page_size=300/);
    await expect(turns.rows).toHaveCount(Math.min(300, total));

    // A row opens its transcript at that turn.
    const href = (await turns.rowLink(turns.rows.first()).getAttribute('href')) ?? '';
    // The transcript at that turn, carrying this list as its review context.
    expect(href).toMatch(/^\/sessions\/[^?]+\?turn=[0-9a-f-]+&from=[0-9a-z]+$/);
  });

  test('filters go to the server under the API’s names, with chips and a matching total', async ({
    page,
    turns,
  }) => {
    await turns.goto('?page=3');
    await expect(turns.rows.first()).toBeVisible();

    const flaggedTotal = resultCount(
      page,
      TurnsReviewPage.API,
      (url) => url.searchParams.get('is_flagged') === 'true',
    );
    const flagged = turns.listRequest((url) => url.searchParams.get('is_flagged') === 'true');
    await turns.flagged.selectOption({ label: 'Flagged' });
    expect((await flagged).searchParams.get('page')).toBe('1');
    const total = await flaggedTotal;
    await expect(page).toHaveURL(/\/interactions\?is_flagged=true$/);
    await expect(turns.chip('Remove filter Flagged: Flagged')).toBeVisible();
    await expect(turns.count).toHaveText(`${fmt(total)} ${total === 1 ? 'turn matches' : 'turns match'}`);

    const withQuery = turns.listRequest((url) => url.searchParams.get('query') === 'gpu');
    await turns.search.fill('gpu');
    const queried = await withQuery;
    expect(queried.searchParams.get('is_flagged')).toBe('true');
    await expect(page).toHaveURL(/query=gpu/);

    const dated = turns.listRequest((url) => url.searchParams.has('created_after'));
    await page
      .getByRole('group', { name: 'Created', exact: true })
      .getByRole('button', { name: '7 days' })
      .click();
    const datedUrl = await dated;
    // Both generations of the date names (docs/api.md §0).
    expect(datedUrl.searchParams.get('created_from')).toBe(datedUrl.searchParams.get('created_after'));
    expect(datedUrl.searchParams.get('created_to')).toBe(datedUrl.searchParams.get('created_before'));

    await turns.chip(/Remove filter Search/).click();
    await expect(page).not.toHaveURL(/query=/);
    await expect(turns.search).toHaveValue('');
    await turns.clearAll.click();
    await expect(page).toHaveURL(/\/interactions$/);
    await expect(turns.chips).toHaveCount(0);

    // Severity "none" is explained, with the filter that does what was meant.
    await turns.goto('?severity=none');
    await expect(page.getByText('“Severity: None” matches no turns.')).toBeVisible();
    await page.getByRole('button', { name: 'Show turns that are not flagged' }).click();
    await expect(page).toHaveURL(/\/interactions\?is_flagged=false$/);

    // Invalid values in a pasted link are dropped, not fatal.
    await turns.goto('?severity=extreme&is_flagged=perhaps&page=zero');
    await expect(turns.rows.first()).toBeVisible();
    await expect(page).toHaveURL(/\/interactions\?page=zero$|\/interactions$/);
    await expect(turns.chips).toHaveCount(0);
  });

  test('sorts on the server by offerings shown', async ({ page, turns }) => {
    await turns.goto();
    await expect(turns.columnHeader('Created')).toHaveAttribute('aria-sort', 'descending');
    const sorted = turns.listRequest((url) => url.searchParams.get('o') === '-result_count');
    await turns.sortButton('Offerings').click();
    await sorted;
    await expect(page).toHaveURL(/o=-result_count/);
    await expect(turns.columnHeader('Offerings')).toHaveAttribute('aria-sort', 'descending');
    const offeringsOf = (row: number) => turns.rows.nth(row).getByRole('cell').nth(4);
    await expect(offeringsOf(0)).not.toHaveText('0');
    const values = await Promise.all(
      (await turns.rows.all()).map(async (row) => Number(await row.getByRole('cell').nth(4).textContent())),
    );
    expect(values).toEqual([...values].sort((a, b) => b - a));

    const ascending = turns.listRequest((url) => url.searchParams.get('o') === 'result_count');
    await turns.sortButton('Offerings').click();
    await ascending;
    await expect(page).toHaveURL(/o=result_count/);
  });

  test('a page past the end goes to the last page and says so', async ({ page, turns }) => {
    await turns.goto('?page=9999&page_size=100');
    await expect(page.getByText(/Page 9999 does not exist any more/)).toBeVisible();
    await expect(page).toHaveURL(/[?&]page=\d{1,3}(&|$)/);
    const url = new URL(page.url());
    expect(url.searchParams.get('page_size')).toBe('100');
    const pageNumber = Number(url.searchParams.get('page'));
    expect(pageNumber).toBeGreaterThan(1);
    await expect(turns.pager.getByText(`Page ${fmt(pageNumber)} of ${fmt(pageNumber)}`)).toBeVisible();
  });

  test('exports every page of the filter as a formula-safe CSV', async ({ page, turns, captureDownload }) => {
    const counted = resultCount(
      page,
      TurnsReviewPage.API,
      (url) => url.searchParams.get('is_flagged') === 'true',
    );
    await turns.goto('?is_flagged=true');
    const total = await counted;
    await expect(turns.rows.first()).toBeVisible();

    const exportPages: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === `/api/${TurnsReviewPage.API}` && url.searchParams.get('page_size') === '300') {
        exportPages.push(url.searchParams.get('page') ?? '');
      }
    });
    const saved = await captureDownload(() => turns.exportAll.click());
    expect(saved.filename).toMatch(/^turns-\d{4}-\d{2}-\d{2}T\d{4}Z\.csv$/);
    await expect(page.getByText(new RegExp(`Saved ${fmt(total)} turns as turns-`))).toBeVisible();

    const [header, ...body] = csvRows(saved.text);
    // The page's columns first, then what the table does not show (the reply, the turn's link).
    expect(header.slice(0, 4)).toEqual(['Created (UTC)', 'Visitor', 'Message', 'Offerings shown']);
    for (const name of ['Turn', 'Link', 'Conversation', 'Flagged', 'Reply']) expect(header).toContain(name);
    const col = (name: string) => header.indexOf(name);
    expect(body.length).toBe(total);
    expect(body.every((row) => row[col('Flagged')] === 'yes')).toBe(true);
    expect(new Set(body.map((row) => row[col('Turn')])).size).toBe(total);
    expect(
      body.every(
        (row) =>
          row[col('Link')].startsWith(`${new URL(page.url()).origin}/sessions/`) &&
          row[col('Link')].endsWith(`?turn=${row[col('Turn')]}`),
      ),
    ).toBe(true);
    const rows = [header, ...body];
    expect(exportPages).toEqual(Array.from({ length: Math.ceil(total / 300) }, (_, i) => String(i + 1)));
    assertFormulaSafe(rows);
  });

  test('an export shows its progress and can be cancelled; JSON is offered too', async ({
    page,
    turns,
    mocks,
    captureDownload,
  }) => {
    await turns.goto();
    await expect(turns.rows.first()).toBeVisible();
    await mocks.setFaults({ list: 'slow' });
    await turns.exportFormat.selectOption('JSON');
    await turns.exportAll.click();
    await expect(turns.exportProgress).toBeVisible();
    await expect(turns.exportAll).toBeDisabled();
    await turns.cancelExport.click();
    await expect(page.getByText('Export cancelled. Nothing was saved.')).toBeVisible();
    await expect(turns.exportProgress).toHaveCount(0);
    await mocks.setFaults({});

    await turns.goto('?is_flagged=true&severity=high');
    await expect(turns.rows.first()).toBeVisible();
    await turns.exportFormat.selectOption('JSON');
    const saved = await captureDownload(() => turns.exportAll.click());
    expect(saved.filename).toMatch(/\.json$/);
    const json = JSON.parse(saved.text) as Record<string, unknown>[];
    expect(json.length).toBeGreaterThan(0);
    expect(json.every((turn) => turn.severity === 'high' && !('ip_address' in turn))).toBe(true);
  });
});

test.describe('feedback', () => {
  test('filters, sorts and pages on the server; judge-only rows are labelled', async ({ page, feedback }) => {
    const counted = resultCount(page, FeedbackListPage.API);
    await feedback.goto();
    await expect(feedback.heading).toBeVisible();
    await expect(page).toHaveTitle('Feedback · Assistant Analytics');
    const total = await counted;
    await expect(feedback.pagerRange).toHaveText(`1–${Math.min(50, total)} of ${fmt(total)}`);
    // The server's default order puts judge-only rows first.
    await expect(feedback.rowLink(feedback.rows.first())).toHaveText('Judge only');
    await expect(feedback.rowLink(feedback.rows.first())).toHaveAttribute(
      'href',
      /^\/interactions\/[0-9a-f-]+\?from=[0-9a-z]+$/,
    );

    const down = feedback.listRequest((url) => url.searchParams.get('score') === '-1');
    await feedback.vote.selectOption({ label: 'Thumbs down' });
    await down;
    await expect(page).toHaveURL(/\/feedback\?score=-1$/);
    await expect(feedback.chip('Remove filter Vote: Thumbs down')).toBeVisible();
    for (const link of await feedback.rows.getByRole('link').all())
      await expect(link).toHaveText(/Thumbs down/);

    const sorted = feedback.listRequest((url) => url.searchParams.get('o') === '-llm_resolution_score');
    await feedback.sortButton('Resolution').click();
    const sortedUrl = await sorted;
    expect(sortedUrl.searchParams.get('score')).toBe('-1');
    await expect(page).toHaveURL(/o=-llm_resolution_score/);

    await feedback.clearAll.click();
    await expect(page).toHaveURL(/\/feedback\?o=-llm_resolution_score$/);
    if (total > 50) {
      const second = feedback.listRequest((url) => url.searchParams.get('page') === '2');
      await feedback.nextPage.click();
      await second;
      await expect(page).toHaveURL(/page=2/);
    }
  });
});

test.describe('conversations', () => {
  test('sorts in the browser, filters on the server and exports CSV', async ({
    page,
    conversations,
    captureDownload,
  }) => {
    await conversations.goto();
    await expect(conversations.heading).toBeVisible();
    await expect(conversations.columnHeader('Last active')).toHaveAttribute('aria-sort', 'descending');
    await expect(conversations.rows.first()).toBeVisible();
    await expect(conversations.rowLink(conversations.rows.first())).toHaveAttribute(
      'href',
      /^\/sessions\/[^?]+\?from=[0-9a-z]+$/,
    );

    await conversations.sortButton('Highest severity').click();
    await expect(page).toHaveURL(/o=-max_severity/);
    await expect(conversations.rows.first().getByText(/^(Critical|High)/)).toBeVisible();

    const filtered = conversations.listRequest((url) => url.searchParams.get('total_tokens_min') === '20000');
    await conversations.totalTokensMin.fill('20000');
    await filtered;
    await expect(page).toHaveURL(/total_tokens_min=20000/);
    await expect(conversations.chip('Remove filter Total tokens: ≥ 20,000')).toBeVisible();
    const reviewed = page.waitForResponse((response) => {
      const url = new URL(response.url());
      return (
        url.pathname === `/api/${ConversationsPage.API}` && url.searchParams.get('is_reviewed') === 'true'
      );
    });
    await conversations.reviewed.selectOption({ label: 'Reviewed' });
    const response = await reviewed;
    expect(new URL(response.url()).searchParams.get('total_tokens_min')).toBe('20000');
    const shown = ((await response.json()) as unknown[]).length;
    await expect(page.getByText(/^[\d,]+ conversations? match(es)?$/)).toHaveText(
      `${fmt(shown)} ${shown === 1 ? 'conversation matches' : 'conversations match'}`,
    );

    const rows = csvRows((await captureDownload(() => conversations.exportCsv.click())).text);
    expect(rows[0].slice(0, 4)).toEqual(['Conversation', 'Visitor', 'Flagged', 'Highest severity']);
    expect(rows.length - 1).toBe(shown);
    const total = rows[0].indexOf('Total tokens');
    for (const row of rows.slice(1)) expect(Number(row[total])).toBeGreaterThanOrEqual(20000);
    assertFormulaSafe(rows);
  });

  test('finds conversations by id or visitor slug among those loaded, without a request', async ({
    page,
    conversations,
    captureDownload,
  }) => {
    await conversations.goto('?o=started');
    await expect(conversations.rows.first()).toBeVisible();
    // The rows were read by the conversations' worker, not on the page's main thread.
    await expect
      .poll(() => page.workers().map((worker) => new URL(worker.url()).pathname))
      .toContainEqual(expect.stringMatching(/conversations\.worker/));
    const first = conversations.rows.first();
    // The link carries the list it was opened from (`?from=`): the id is the path's last part.
    const href = (await conversations.rowLink(first).getAttribute('href')) ?? '';
    const id = decodeURIComponent(href.split('?')[0].split('/').pop() ?? '');
    expect(id).not.toBe('');
    // The oldest conversations predate the slug salt and have no visitor: take the first that has.
    const visitor = conversations.rows.getByRole('link', { name: /^Visitor / }).first();
    const slug = (await visitor.getAttribute('title'))?.replace(/^Visitor /, '');
    expect(slug).toMatch(/^[0-9a-f]{64}$/);
    const requests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === `/api/${ConversationsPage.API}`) requests.push(request.url());
    });

    // What the table shows: the first eight characters and an ellipsis.
    await conversations.find.fill(`${id.slice(0, 8).toUpperCase()}…`);
    await expect(conversations.rows).toHaveCount(1);
    await expect(conversations.rowLink(conversations.rows.first())).toHaveAttribute(
      'href',
      new RegExp(`^/sessions/${id}(\\?|$)`),
    );
    await expect(page.getByText(/^1 of [\d,]+ conversations match$/)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`find=${id.slice(0, 8).toUpperCase()}`));
    const rows = csvRows((await captureDownload(() => conversations.exportCsv.click())).text);
    expect(rows.map((row) => row[0])).toEqual(['Conversation', id]);

    // A visitor's slug finds every conversation of theirs, in the table's order, and exports them.
    await conversations.find.fill(slug ?? '');
    const count = page.getByText(/^\d+ of [\d,]+ conversations? match(es)?$/);
    await expect(count).toBeVisible();
    const matched = Number(((await count.textContent()) ?? '').split(' ')[0]);
    await expect(conversations.rows).toHaveCount(Math.min(matched, 50));
    for (const link of await conversations.rows.getByRole('link', { name: /^Visitor / }).all())
      await expect(link).toHaveAttribute('title', `Visitor ${slug}`);
    const theirs = csvRows((await captureDownload(() => conversations.exportCsv.click())).text).slice(1);
    expect(theirs).toHaveLength(matched);
    expect(theirs.every((row) => row[1] === slug)).toBe(true);
    const started = theirs.map((row) => row[3]);
    expect(started).toEqual([...started].sort());

    await conversations.find.fill('no-such-conversation');
    await expect(page.getByText('No conversation matches “no-such-conversation”')).toBeVisible();
    expect(requests).toEqual([]);
  });

  test('reads 30,000 conversations in a worker: sorts, finds and exports them; a bad row is named by its place', async ({
    page,
    conversations,
    captureDownload,
  }) => {
    const N = 30_000;
    // Turns are a permutation of 1…N, so the busiest conversation is known: i·7919 ≡ N − 1.
    const busiest = Array.from({ length: N }, (_, i) => i).find((i) => (i * 7919) % N === N - 1) ?? -1;
    const bigId = (i: number) => `big-${String(i).padStart(5, '0')}`;
    // Multiplies the fixture's conversations/ answer before it is sent; "Not reviewed" gets an
    // answer whose row 25,000 (in a late batch of the stream) has a count that is not a number.
    await page.addInitScript((n) => {
      (window as unknown as { __waaRewriteAnswer: unknown }).__waaRewriteAnswer = (
        url: URL,
        body: unknown,
      ) => {
        if (!url.pathname.endsWith('/anonymous-chat-interactions/conversations/')) return body;
        const rows = body as Record<string, unknown>[];
        const many: Record<string, unknown>[] = Array.from({ length: n }, (_, i) => ({
          ...rows[i % rows.length],
          session_id: `big-${String(i).padStart(5, '0')}`,
          message_count: ((i * 7919) % n) + 1,
        }));
        if (url.searchParams.get('is_reviewed') === 'false') many[25_000].message_count = 'lots';
        return many;
      };
    }, N);

    await conversations.goto();
    await expect(page.getByText('30,000 conversations in total')).toBeVisible();
    await expect(conversations.rows).toHaveCount(50);

    await conversations.sortButton('Turns').click();
    await expect(page).toHaveURL(/o=-message_count/);
    await expect(conversations.rowLink(conversations.rows.first())).toHaveAttribute(
      'href',
      new RegExp(`^/sessions/${bigId(busiest)}(\\?|$)`),
    );

    await conversations.find.fill('big-1234');
    await expect(page.getByText('10 of 30,000 conversations match')).toBeVisible();
    await expect(conversations.rows).toHaveCount(10);
    const found = csvRows((await captureDownload(() => conversations.exportCsv.click())).text).slice(1);
    const expected = Array.from({ length: 10 }, (_, k) => 12340 + k)
      .sort((a, b) => ((b * 7919) % N) - ((a * 7919) % N))
      .map(bigId);
    expect(found.map((row) => row[0])).toEqual(expected);

    await conversations.reviewed.selectOption({ label: 'Not reviewed' });
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load conversations.' });
    await expect(alert).toContainText('field “[25000].message_count”');
    await expect(alert).toContainText(`Endpoint: /api/${ConversationsPage.API}`);
    await expect(conversations.rows.getByRole('link')).toHaveCount(0);
  });

  test('an old server gets the "needs 8.1.2" message pointing to Visitors, and no call', async ({
    page,
    conversations,
  }) => {
    const calls: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === `/api/${ConversationsPage.API}`) calls.push(request.url());
    });
    await conversations.goto('?scenario=old-server');
    await expect(conversations.oldServer).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(calls).toEqual([]);
    await conversations.visitorsLink.click();
    await expect(page).toHaveURL(/\/users$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Visitors' })).toBeVisible();
  });
});
