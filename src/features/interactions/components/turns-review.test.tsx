import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { buildDb } from '@mocks/db';
import { server } from '@mocks/node';
import { setApiGeneration } from '@/api/server-info';
import { captureDownloads } from '@/test/downloads';
import { routerSearch, setupListPage } from '@/test/list-page';
import { renderRoute } from '@/test/render-route';

const LIST_PATH = '/api/anonymous-chat-interactions/';

const db = buildDb({ seed: 7, visitors: 30, sessions: 60, days: 20, longSessions: [] });
const {
  requests,
  lastRequest,
  table,
  bodyRows,
  waitForRows,
  sortsOnServer,
  openList,
  requestSent,
  filterApplied,
} = setupListPage({
  db,
  listPath: LIST_PATH,
  loadPage: () => import('@/pages/interactions'),
  caption: 'Turns',
});
const pagesRequested = () => requests.map((url) => url.searchParams.get('page'));

describe('Turns review', () => {
  it('shows the first server page with the total from X-Result-Count and links rows to the transcript', async () => {
    await openList('/interactions', 'Turns review');
    const total = db.turns.length;
    expect(screen.getByText(`1–50 of ${total.toLocaleString('en-GB')}`)).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(50);
    const url = lastRequest();
    expect(url.searchParams.get('page')).toBe('1');
    expect(url.searchParams.get('page_size')).toBe('50');
    expect(url.searchParams.get('o')).toBe('-created');
    const newest = db.turns[0].json;
    const link = within(bodyRows()[0]).getAllByRole('link')[0];
    // The transcript at that turn, carrying this list as its review context (`from`).
    const href = new URL(link.getAttribute('href') ?? '', 'http://x');
    expect(href.pathname).toBe(`/sessions/${encodeURIComponent(newest.session_id)}`);
    expect(href.searchParams.get('turn')).toBe(newest.uuid);
    expect(href.searchParams.get('from')).toMatch(/^[0-9a-z]+$/);
    expect(document.title).toMatch(/^Turns review/);
  });

  it('sends every filter in the URL under the API’s names and drops invalid ones', async () => {
    const slug = db.turns[0].json.user_slug;
    const { router } = renderRoute(
      `/interactions?created_after=2026-01-01&created_before=2026-12-31&query=gpu&is_flagged=true&severity=high&has_feedback=false&user_slug=${slug}&session_id=abc&page_size=25&o=result_count&bogus=1`,
    );
    const params = await requestSent();
    expect(Object.fromEntries(params)).toEqual({
      created_after: '2026-01-01',
      created_before: '2026-12-31',
      created_from: '2026-01-01',
      created_to: '2026-12-31',
      query: 'gpu',
      is_flagged: 'true',
      severity: 'high',
      has_feedback: 'false',
      user_slug: slug,
      session_id: 'abc',
      o: 'result_count',
      page: '1',
      page_size: '25',
    });
    // The chips say what is applied.
    const chips = await screen.findByRole('group', { name: 'Active filters' });
    expect(within(chips).getByRole('button', { name: /Remove filter Severity: High/ })).toBeInTheDocument();
    expect(within(chips).getByRole('button', { name: /Remove filter Flagged: Flagged/ })).toBeInTheDocument();
    expect(routerSearch(router).get('bogus')).toBe('1');
  });

  it('drops invalid values from the URL and the request', async () => {
    const { router } = renderRoute(
      '/interactions?severity=extreme&is_flagged=maybe&created_after=2026-02-30&page=abc&page_size=7&o=-password',
    );
    await waitForRows();
    const params = lastRequest().searchParams;
    expect(params.get('severity')).toBeNull();
    expect(params.get('is_flagged')).toBeNull();
    expect(params.get('created_after')).toBeNull();
    expect(params.get('page')).toBe('1');
    expect(params.get('page_size')).toBe('50');
    expect(params.get('o')).toBe('-created');
    await waitFor(() => {
      const s = routerSearch(router);
      expect(s.get('severity')).toBeNull();
      expect(s.get('is_flagged')).toBeNull();
      expect(s.get('created_after')).toBeNull();
    });
    expect(screen.queryByRole('group', { name: 'Active filters' })).toBeNull();
  });

  it('changing a filter updates the URL, resets the page and refetches', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/interactions?page=2');
    await waitForRows();
    expect(lastRequest().searchParams.get('page')).toBe('2');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Flagged' }), 'Flagged');
    await filterApplied(router, 'is_flagged', 'true');
    expect(lastRequest().searchParams.get('page')).toBe('1');
    const flagged = db.turns.filter((t) => t.json.is_flagged).length;
    await waitFor(() =>
      expect(screen.getByText(`${flagged.toLocaleString('en-GB')} turns match`)).toBeInTheDocument(),
    );

    // One click on the chip removes it; Clear all removes everything.
    await user.click(screen.getByRole('button', { name: 'Remove filter Flagged: Flagged' }));
    await waitFor(() => expect(routerSearch(router).get('is_flagged')).toBeNull());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Severity' }), 'Low');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Vote' }), 'Voted');
    await waitFor(() => expect(routerSearch(router).get('has_feedback')).toBe('true'));
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('debounces the full-text search and replaces history while typing', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/interactions');
    await waitForRows();
    const before = requests.length;
    await user.type(screen.getByRole('searchbox', { name: 'Search messages and replies' }), 'gpu nodes');
    // Nothing per keystroke: one request once the typing pauses.
    await waitFor(() => expect(routerSearch(router).get('query')).toBe('gpu nodes'));
    expect(router.state.historyAction).toBe('REPLACE');
    await waitFor(() => expect(lastRequest().searchParams.get('query')).toBe('gpu nodes'));
    expect(requests.slice(before).filter((u) => u.searchParams.has('query'))).toHaveLength(1);
  });

  it('sorts on the server: a header click writes o to the URL and the request', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/interactions');
    await waitForRows();
    expect(screen.getByRole('columnheader', { name: /Created/ })).toHaveAttribute('aria-sort', 'descending');
    await sortsOnServer(user, router, { column: /Offerings/, order: '-result_count', unsortable: 'Visitor' });
  });

  it('pages on the server: Next asks for page 2 and puts it in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/interactions?page_size=25');
    await waitForRows();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(routerSearch(router).get('page')).toBe('2'));
    await waitFor(() => expect(lastRequest().searchParams.get('page')).toBe('2'));
    expect(lastRequest().searchParams.get('page_size')).toBe('25');
    await waitFor(() => expect(screen.getByText(/^26–50 of/)).toBeInTheDocument());
    expect(screen.getByRole('combobox', { name: 'Rows per page' })).toHaveValue('25');
    expect(
      within(screen.getByRole('combobox', { name: 'Rows per page' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['25', '50', '100', '300']);
  });

  it('goes to the last page after "Invalid page." and says so', async () => {
    const { router } = renderRoute('/interactions?page=999&page_size=100');
    const pageCount = Math.ceil(db.turns.length / 100);
    await waitFor(() => expect(routerSearch(router).get('page')).toBe(String(pageCount)));
    expect(router.state.historyAction).toBe('REPLACE');
    expect(
      await screen.findByText(
        `Page 999 does not exist any more — the list has ${pageCount} pages now. Showing the last page.`,
      ),
    ).toBeInTheDocument();
    await waitForRows();
    expect(screen.getByText(`Page ${pageCount} of ${pageCount}`)).toBeInTheDocument();
    // 999 (404) → 1 (count) → last; the move to the last page costs no further request.
    expect(pagesRequested()).toEqual(['999', '1', String(pageCount)]);
  });

  it('explains severity "none" and offers the unflagged filter instead', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/interactions?severity=none');
    expect(await screen.findByText('“Severity: None” matches no turns.')).toBeInTheDocument();
    expect(await screen.findByText('No turns match these filters')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show turns that are not flagged' }));
    await waitFor(() => expect(routerSearch(router).get('is_flagged')).toBe('false'));
    expect(routerSearch(router).get('severity')).toBeNull();
    await waitFor(() => expect(lastRequest().searchParams.get('is_flagged')).toBe('false'));
    expect(screen.queryByText('“Severity: None” matches no turns.')).toBeNull();
  });

  it('shows a 400 field error next to its filter', async () => {
    server.use(
      http.get(`*${LIST_PATH}`, () =>
        HttpResponse.json(
          {
            created_after: ['Enter a valid date.'],
            o: ['Select a valid choice. x is not one of the available choices.'],
          },
          { status: 400 },
        ),
      ),
    );
    renderRoute('/interactions?created_after=2026-01-01');
    await screen.findByText('Enter a valid date.');
    const from = screen.getByLabelText('Created from');
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(from).toHaveAccessibleDescription('Enter a valid date.');
    expect(screen.getByText('Enter a valid date.')).toBeInTheDocument();
    const summary = screen.getByText(/The server did not accept this filter/).closest('[role="alert"]');
    expect(summary).toHaveTextContent('Sort: Select a valid choice.');
  });

  it('on an 8.1.0 server sends the old date names too and no has_feedback, and says so', async () => {
    setApiGeneration('legacy');
    server.use(http.get('*/api/version/', () => HttpResponse.json({ version: '8.1.0' })));
    renderRoute('/interactions?has_feedback=true&created_after=2026-08-01');
    expect(await screen.findByText('The “Vote” filter is not applied.')).toBeInTheDocument();
    const params = await requestSent();
    expect(params.get('created_from')).toBe('2026-08-01');
    expect(params.has('has_feedback')).toBe(false);
    expect(params.has('has_negative_feedback')).toBe(false);
  });

  it('keeps the previous page on screen, dimmed, while the next loads', async () => {
    const user = userEvent.setup();
    renderRoute('/interactions');
    await waitForRows();
    const firstRow = bodyRows()[0].textContent;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get(`*${LIST_PATH}`, async () => {
        await gate;
        return undefined;
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(table()).toHaveAttribute('data-fetching', 'true'));
    expect(bodyRows()[0].textContent).toBe(firstRow);
    release();
    await waitFor(() => expect(table()).not.toHaveAttribute('data-fetching'));
    expect(bodyRows()[0].textContent).not.toBe(firstRow);
  });

  it('exports every page of the current filter as CSV with progress', async () => {
    const user = userEvent.setup();
    const blobs = captureDownloads();
    renderRoute('/interactions?is_flagged=false');
    await waitForRows();
    requests.length = 0;
    await user.click(screen.getByRole('button', { name: 'Export all' }));
    const unflagged = db.turns.filter((t) => !t.json.is_flagged).length;
    expect(
      await screen.findByText(
        new RegExp(`Saved ${unflagged.toLocaleString('en-GB')} turns as turns-.*\\.csv`),
      ),
    ).toBeInTheDocument();
    const exportRequests = requests.filter((u) => u.searchParams.get('page_size') === '300');
    expect(exportRequests.map((u) => u.searchParams.get('page'))).toEqual(
      Array.from({ length: Math.ceil(unflagged / 300) }, (_, i) => String(i + 1)),
    );
    expect(exportRequests.every((u) => u.searchParams.get('is_flagged') === 'false')).toBe(true);
    const text = (await blobs[0].text()).replace(/^\uFEFF/, '');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'Created (UTC),Visitor,Message,Offerings shown,Turn,Link,Conversation,Flagged,Severity,Action,Reply,Injection categories,PII categories,Input tokens,Output tokens,Vote,Category,Comment,Resolution,Intent',
    );
    expect(lines[0]).not.toMatch(/ip/i);
  });

  it('shows export progress as pages done of total, and Cancel stops it without saving', async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    renderRoute('/interactions');
    await waitForRows();
    const pageCount = Math.ceil(db.turns.length / 300);
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get(`*${LIST_PATH}`, async ({ request }) => {
        const page = new URL(request.url).searchParams.get('page');
        if (page !== '1') await gate;
        return undefined;
      }),
    );
    requests.length = 0;
    await user.click(screen.getByRole('button', { name: 'Export all' }));
    const bar = await screen.findByRole('progressbar', { name: 'Exporting turns' });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuetext', `Page 1 of ${pageCount}`));
    expect(screen.getByText(`Page 1 of ${pageCount} · 300 turns`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export all' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Cancel export' }));
    expect(await screen.findByText('Export cancelled. Nothing was saved.')).toBeInTheDocument();
    release();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(files).toEqual([]);
    expect(
      requests
        .filter((u) => u.searchParams.get('page_size') === '300')
        .map((u) => u.searchParams.get('page')),
    ).toEqual(['1', '2']);
  });
});
