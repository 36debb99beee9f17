import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { makeAggregate } from '../mocks/factories/visitor';

/** Column positions in the visitors table. */
const COL = { visitor: 0, lastSeen: 1, turns: 2, sessions: 3 } as const;

const HOSTILE_SLUG = '=HYPERLINK("https://evil.example/","open")';

test.describe('visitors', () => {
  test('users → busiest visitor → their sessions → transcript', async ({ page, visitors, visitor }) => {
    await visitors.goto();
    await expect(visitors.heading).toBeVisible();
    await expect(page).toHaveTitle('Visitors · Assistant Analytics');
    await expect(visitors.columnHeader(/Turns/)).toHaveAttribute('aria-sort', 'descending');
    // Skeleton rows come first: wait for a real row (it has the visitor link).
    await expect(visitors.visitorLink(visitors.rows.first())).toBeVisible();

    const first = visitors.rows.nth(0);
    const turns = await visitors.numberIn(first, COL.turns);
    const sessions = await visitors.numberIn(first, COL.sessions);
    expect(turns).toBeGreaterThanOrEqual(await visitors.numberIn(visitors.rows.nth(1), COL.turns));
    const slug = await visitors.slugOf(first);
    expect(slug).toMatch(/^[0-9a-f]{64}$/);

    await visitors.visitorLink(first).click();
    await expect(page).toHaveURL(`/users/${slug}`);
    await expect(visitor.heading).toContainText(slug.slice(0, 12));
    await expect(page).toHaveTitle(`Visitor ${slug.slice(0, 12)}… · Assistant Analytics`);
    // The unfiltered aggregate and the visitor's own turns must agree.
    await expect(visitor.total('Turns')).toHaveText(turns.toLocaleString('en-GB'));
    await expect(visitor.total('Conversations')).toHaveText(sessions.toLocaleString('en-GB'));
    await expect(visitor.sessions.getByRole('columnheader', { name: /Last active/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(visitor.sessionRows).toHaveCount(Math.min(sessions, 50));

    // Raw IPs stay hidden until asked for.
    const ipCell = visitor.sessionRows.first().getByRole('cell').last();
    await expect(visitor.revealIps).toHaveAttribute('aria-pressed', 'false');
    await expect(ipCell).toHaveText(/^Hidden/);
    await visitor.revealIps.click();
    await expect(visitor.revealIps).toHaveAttribute('aria-pressed', 'true');
    await expect(ipCell).toHaveText(/\d+\.\d+\.\d+\.\d+|[0-9a-f]*:[0-9a-f:]+/);

    const sessionLink = visitor.sessionLink(visitor.sessionRows.first());
    const sessionId = (await sessionLink.getAttribute('title')) ?? '';
    expect(sessionId).not.toBe('');
    await sessionLink.click();
    await expect(page).toHaveURL(`/sessions/${encodeURIComponent(sessionId)}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await page.goBack();
    await expect(visitor.heading).toBeVisible();
    // Coming back does not bring the IPs back on screen.
    await expect(visitor.revealIps).toHaveAttribute('aria-pressed', 'false');
  });

  test('sorts by any column through the URL', async ({ page, visitors }) => {
    await visitors.goto('?o=-last_seen');
    await expect(visitors.columnHeader(/Last seen/)).toHaveAttribute('aria-sort', 'descending');
    await expect(visitors.rows.first()).toBeVisible();

    await visitors.sortButton(/Conversations/).click();
    await expect(page).toHaveURL(/\/users\?o=-session_count$/);
    await expect(visitors.columnHeader(/Conversations/)).toHaveAttribute('aria-sort', 'descending');
    // The header follows the URL at once; the rows when the list's worker has sorted them.
    await expect(visitors.table).not.toHaveAttribute('aria-busy', 'true');
    const counts = await Promise.all(
      [0, 1, 2].map((i) => visitors.numberIn(visitors.rows.nth(i), COL.sessions)),
    );
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    await visitors.sortButton(/Conversations/).click();
    await expect(page).toHaveURL(/\/users\?o=session_count$/);
    await expect(visitors.columnHeader(/Conversations/)).toHaveAttribute('aria-sort', 'ascending');

    await page.reload();
    await expect(visitors.columnHeader(/Conversations/)).toHaveAttribute('aria-sort', 'ascending');
    await page.goBack();
    await expect(visitors.columnHeader(/Conversations/)).toHaveAttribute('aria-sort', 'descending');
  });

  test('finds a visitor by part of the slug', async ({ page, visitors }) => {
    await visitors.goto();
    await expect(visitors.rows.nth(2)).toBeVisible();
    const slug = await visitors.slugOf(visitors.rows.nth(2));
    const part = slug.slice(3, 13);

    await visitors.slugSearch.fill(part.toUpperCase());
    await expect(visitors.visitorLink(visitors.rows.first())).toHaveAttribute('title', new RegExp(part));
    await expect(visitors.rows.filter({ has: page.getByRole('link', { name: slug }) })).toHaveCount(1);
    await expect(page).toHaveURL(new RegExp(`slug=${part.toUpperCase()}`));
    for (const title of await visitors.rows
      .getByRole('link')
      .evaluateAll((links) =>
        links.filter((a) => a.hasAttribute('title')).map((a) => a.getAttribute('title')),
      )) {
      expect(title).toContain(part);
    }

    await page.reload();
    await expect(visitors.slugSearch).toHaveValue(part.toUpperCase());
    await expect(visitors.rows.filter({ has: page.getByRole('link', { name: slug }) })).toHaveCount(1);

    await visitors.slugSearch.fill('not-a-slug');
    await expect(page.getByText('No visitor matches “not-a-slug”')).toBeVisible();
  });

  test('sends the filters to the server', async ({ page, visitors }) => {
    await visitors.goto();
    await expect(visitors.rows.first()).toBeVisible();
    const flagged = page.waitForRequest((request) => {
      const url = new URL(request.url());
      return url.pathname.endsWith('/by-user/') && url.searchParams.get('is_flagged') === 'true';
    });
    await visitors.flagged.selectOption('true');
    await flagged;
    await expect(page).toHaveURL(/is_flagged=true/);
    await expect(visitors.rows.first()).toBeVisible();

    const query = page.waitForRequest(
      (request) => new URL(request.url()).searchParams.get('query') === 'gpu',
    );
    await visitors.messageSearch.fill('gpu');
    await query;
    await expect(page).toHaveURL(/query=gpu/);
  });

  test('stays responsive with 50,000 visitors', async ({ page, visitors }) => {
    // Multiplies the fixture's by-user/ answer to 50,000 distinct visitors before it is sent.
    await page.addInitScript(() => {
      (window as unknown as { __waaRewriteAnswer: unknown }).__waaRewriteAnswer = (
        url: URL,
        body: unknown,
      ) => {
        if (!url.pathname.endsWith('/anonymous-chat-interactions/by-user/')) return body;
        const rows = body as Record<string, unknown>[];
        return Array.from({ length: 50_000 }, (_, i) => ({
          ...rows[i % rows.length],
          user_slug: ((i * 2654435761) >>> 0).toString(16).padStart(8, '0').repeat(8),
        }));
      };
      const long: number[] = [];
      (window as unknown as { __longTasks: number[] }).__longTasks = long;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) long.push(entry.duration);
      }).observe({ entryTypes: ['longtask'] });
    });
    await visitors.goto();
    await expect(visitors.pagerRange).toHaveText('1–50 of 50,000');
    await expect(visitors.rows).toHaveCount(50);

    await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.splice(0));
    await visitors.slugSearch.click();
    // The repeated 8-digit unit of visitor no. 31,337 (see the generator above).
    const part = ((31_337 * 2654435761) >>> 0).toString(16).padStart(8, '0');
    await page.keyboard.type(part, { delay: 40 });
    await expect(visitors.slugSearch).toHaveValue(part);
    await expect(page).toHaveURL(new RegExp(`slug=${part}`));
    await expect(visitors.rows.getByRole('link', { name: part.repeat(8) })).toBeVisible();
    const titles = await visitors.rows
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('title')).filter((t) => t !== null));
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((title) => title.includes(part))).toBe(true);
    // No frame-freezing work per keystroke: a generous bound (a full re-render of 50,000 rows
    // would take seconds).
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    expect(Math.max(0, ...longTasks)).toBeLessThan(400);
  });

  test('exports the filtered, sorted rows as CSV with formulas neutralised', async ({
    page,
    visitors,
    captureDownload,
  }) => {
    // A hostile slug in the by-user/ answer (fixture slugs are all hex): appended before it is
    // sent, so it travels through the real client, worker, schema and table.
    await page.addInitScript(
      (hostileRow) => {
        (window as unknown as { __waaRewriteAnswer: unknown }).__waaRewriteAnswer = (
          url: URL,
          body: unknown,
        ) =>
          url.pathname.endsWith('/anonymous-chat-interactions/by-user/')
            ? [...(body as unknown[]), hostileRow]
            : body;
      },
      makeAggregate({
        user_slug: HOSTILE_SLUG,
        last_seen: null,
        total_interactions: 1,
        positive_feedback: 0,
        no_feedback: 1,
      }),
    );

    await visitors.goto('?o=-session_count');
    await expect(visitors.rows.first()).toBeVisible();
    const total = Number(((await visitors.pagerRange.innerText()).split(' of ')[1] ?? '').replace(/\D/g, ''));
    expect(total).toBeGreaterThan(1);
    const firstSlug = await visitors.slugOf(visitors.rows.first());

    const saved = await captureDownload(() => visitors.exportCsv.click());
    expect(saved.filename).toMatch(/^visitors-\d{4}-\d{2}-\d{2}T\d{4}Z\.csv$/);
    const lines = saved.text.split('\r\n');
    expect(lines[0]).toBe(
      'Visitor,Last seen (UTC),Turns,Conversations,Thumbs up,Thumbs down,Not voted,Redactions',
    );
    expect(lines).toHaveLength(total + 1);
    expect(lines[1].startsWith(`${firstSlug},`)).toBe(true);
    // Counted from the end: the slug field may itself contain commas.
    const sessions = lines.slice(1).map((line) => Number(line.split(',').at(-5)));
    expect(sessions).toEqual([...sessions].sort((a, b) => b - a));
    expect(saved.text).toContain(`"'=HYPERLINK(""https://evil.example/"",""open"")"`);
    expect(lines.some((line) => /^[=+\-@\t\r]/.test(line))).toBe(false);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no serious or critical accessibility violations (${colorScheme})`, async ({
      page,
      visitors,
      visitor,
    }) => {
      // axe over a full table takes several seconds per page.
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme });
      const serious = async () =>
        (await new AxeBuilder({ page }).analyze()).violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

      await visitors.goto();
      await expect(visitors.rows.first()).toBeVisible();
      expect(await serious()).toEqual([]);

      await visitors.visitorLink(visitors.rows.nth(1)).click();
      await expect(visitor.sessionRows.first()).toBeVisible();
      await visitor.revealIps.click();
      expect(await serious()).toEqual([]);
    });
  }
});
