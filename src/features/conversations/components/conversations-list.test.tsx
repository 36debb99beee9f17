import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { buildDb } from '@mocks/db';
import { makeConversation } from '@mocks/factories/conversation';
import { server } from '@mocks/node';
import { setScenario } from '@mocks/scenarios';
import { captureDownloads } from '@/test/downloads';
import { routerSearch, setupListPage } from '@/test/list-page';
import { renderRoute } from '@/test/render-route';
import { markRead } from '@/lib/read-marks';
import { shortMiddle } from '@/lib/format/text';

const PATH = '/api/anonymous-chat-interactions/conversations/';

const db = buildDb({ seed: 5, visitors: 40, sessions: 80, days: 20, longSessions: [] });
const { requests, lastRequest, table, bodyRows, waitForRows } = setupListPage({
  db,
  listPath: PATH,
  loadPage: () => import('@/pages/conversations'),
  caption: 'Conversations',
  // Grouped columns: a group row above the column headers.
  headerRows: 2,
});

describe('Conversations', () => {
  it('shows every conversation with its columns, newest activity first, rows linking to transcripts', async () => {
    renderRoute('/sessions');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Conversations' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    await waitForRows();
    const sessions = new Set(db.turns.map((t) => t.json.session_id).filter(Boolean));
    expect(screen.getByText(`${sessions.size} conversations in total`)).toBeInTheDocument();
    for (const name of [
      'Conversation',
      'Visitor',
      'Turns',
      'Offerings',
      'Shown',
      'Clicked',
      'Tokens',
      'In',
      'Out',
      'Total',
      'Flagged',
      'Highest severity',
      'Voted',
      'Reviewed',
      'Model',
      'Started',
      'Last active',
    ]) {
      expect(within(table()).getByRole('columnheader', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('columnheader', { name: 'Last active' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    const first = bodyRows()[0];
    const link = within(first).getAllByRole('link')[0];
    // The transcript, carrying this list as its review context (`from`, src/lib/review-context.ts).
    expect(link.getAttribute('href')).toMatch(/^\/sessions\/[^?]+\?from=[0-9a-z]+$/);
    expect(
      within(first)
        .getByRole('link', { name: /^Visitor / })
        .getAttribute('href'),
    ).toMatch(/^\/users\//);
  });

  it('sends turn-level and conversation-level filters from the URL', async () => {
    renderRoute(
      '/sessions?created_after=2026-01-01&is_flagged=true&severity=high&total_tokens_min=100&input_tokens_max=900000&last_active_after=2026-01-02&is_reviewed=false&query=gpu',
    );
    await waitFor(() => expect(requests.length).toBeGreaterThan(0));
    expect(Object.fromEntries(lastRequest().searchParams)).toEqual({
      created_after: '2026-01-01',
      created_from: '2026-01-01',
      is_flagged: 'true',
      severity: 'high',
      total_tokens_min: '100',
      input_tokens_max: '900000',
      last_active_after: '2026-01-02',
      is_reviewed: 'false',
      query: 'gpu',
    });
  });

  it('applies a token range typed into the filter, resetting the page', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/sessions?page=2&page_size=25');
    await waitForRows();
    await user.type(screen.getByRole('spinbutton', { name: 'Total tokens, minimum' }), '5000');
    await waitFor(() => expect(lastRequest().searchParams.get('total_tokens_min')).toBe('5000'));
    expect(routerSearch(router).get('total_tokens_min')).toBe('5000');
    expect(routerSearch(router).get('page')).toBeNull();
    expect(
      await screen.findByRole('button', { name: 'Remove filter Total tokens: ≥ 5,000' }),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reviewed by the judge' }), 'Reviewed');
    await waitFor(() => expect(lastRequest().searchParams.get('is_reviewed')).toBe('true'));
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    await waitFor(() => expect(routerSearch(router).toString()).toBe('page_size=25'));
    expect(screen.getByRole('spinbutton', { name: 'Total tokens, minimum' })).toHaveValue(null);
  });

  it('sorts highest severity by rank, not alphabetically', async () => {
    const user = userEvent.setup();
    server.use(
      http.get(`*${PATH}`, () =>
        HttpResponse.json([
          makeConversation({ session_id: 'low', is_flagged: true, max_severity: 'low' }),
          makeConversation({ session_id: 'critical', is_flagged: true, max_severity: 'critical' }),
          makeConversation({ session_id: 'none' }),
          makeConversation({ session_id: 'medium', is_flagged: true, max_severity: 'medium' }),
          makeConversation({ session_id: 'high', is_flagged: true, max_severity: 'high' }),
        ]),
      ),
    );
    const { router } = renderRoute('/sessions');
    await waitForRows();
    await user.click(screen.getByRole('button', { name: /Highest severity/ }));
    expect(routerSearch(router).get('o')).toBe('-max_severity');
    const ids = () => bodyRows().map((row) => within(row).getAllByRole('link')[0].textContent);
    // The worker sorts: the rows follow a moment after the header.
    await waitFor(() => expect(ids()).toEqual(['critical', 'high', 'medium', 'low', 'none']));
    await user.click(screen.getByRole('button', { name: /Highest severity/ }));
    await waitFor(() => expect(ids()).toEqual(['none', 'low', 'medium', 'high', 'critical']));
  });

  it('prefers max_severity_rank when the server sends it', async () => {
    server.use(
      http.get(`*${PATH}`, () =>
        HttpResponse.json([
          makeConversation({ session_id: 'a', is_flagged: true, max_severity: 'low', max_severity_rank: 1 }),
          makeConversation({ session_id: 'b', is_flagged: true, max_severity: 'high', max_severity_rank: 3 }),
        ]),
      ),
    );
    renderRoute('/sessions?o=-max_severity');
    await waitForRows();
    expect(bodyRows().map((row) => within(row).getAllByRole('link')[0].textContent)).toEqual(['b', 'a']);
  });

  it('exports the filtered, sorted rows as CSV', async () => {
    const user = userEvent.setup();
    const blobs = captureDownloads();
    server.use(
      http.get(`*${PATH}`, () =>
        HttpResponse.json([
          makeConversation({ session_id: 'x', message_count: 2, models_used: '=HYPERLINK("http://x")' }),
          makeConversation({ session_id: 'y', message_count: 9 }),
        ]),
      ),
    );
    renderRoute('/sessions?o=-message_count');
    await waitForRows();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    // The rows come from the list's worker (here the same code, a task later).
    await waitFor(() => expect(blobs).toHaveLength(1));
    const lines = (await blobs[0].text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'Conversation,Visitor,Flagged,Highest severity,Last active (UTC),Started (UTC),Turns,Offerings shown,Offerings clicked,Input tokens,Output tokens,Total tokens,Voted,Reviewed,Model',
    );
    expect(lines[1].startsWith('y,')).toBe(true);
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('loads an answer again when its worker has let it go (it keeps the newest three)', async () => {
    const files = captureDownloads();
    server.use(
      http.get(`*${PATH}`, () =>
        HttpResponse.json([
          makeConversation({ session_id: 'x', message_count: 2 }),
          makeConversation({ session_id: 'y', message_count: 9 }),
        ]),
      ),
    );
    const ids = () => bodyRows().map((row) => within(row).getAllByRole('link')[0].textContent);
    const idle = () => waitFor(() => expect(table()).not.toHaveAttribute('aria-busy'));
    const { router } = renderRoute('/sessions?session_id=a');
    await waitForRows();
    for (const id of ['b', 'c', 'd']) {
      await router.navigate(`/sessions?session_id=${id}`);
      await waitFor(() => expect(lastRequest().searchParams.get('session_id')).toBe(id));
      await idle();
    }
    expect(requests).toHaveLength(4);

    // `a` is still fresh in the cache, but its rows were let go: the export asks for them again.
    await router.navigate('/sessions?session_id=a');
    // The page shows `a` (its field says so) before anything is clicked: a navigation renders in a transition.
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /Conversation \(exact id\)/ })).toHaveValue('a'),
    );
    await idle();
    expect(ids()).toEqual(['x', 'y']);
    expect(requests).toHaveLength(4);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect((await files[0].text()).split('\r\n').map((line) => line.split(',')[0])).toEqual([
      'Conversation',
      'x',
      'y',
    ]);
    expect(requests).toHaveLength(5);

    // So does a new sort of `b`, whose rows went when `a` came back.
    await router.navigate('/sessions?session_id=b&o=-message_count');
    await waitFor(() => expect(ids()).toEqual(['y', 'x']));
    expect(requests).toHaveLength(6);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('finds a conversation by a pasted id, whole or as the list shortens it', async () => {
    const user = userEvent.setup();
    server.use(
      http.get(`*${PATH}`, () =>
        HttpResponse.json([
          makeConversation({ session_id: 'probe-session-1' }),
          makeConversation({ session_id: 'probe-session-2' }),
          makeConversation({ session_id: 'other' }),
        ]),
      ),
    );
    const { router } = renderRoute('/sessions');
    await waitForRows();
    const ids = () => bodyRows().map((row) => within(row).getAllByRole('link')[0].getAttribute('title'));
    await user.type(
      screen.getByRole('searchbox', { name: 'Find conversation' }),
      shortMiddle('probe-session-2', 10),
    );
    await waitFor(() => expect(ids()).toEqual(['probe-session-2']));
    // Applied in the browser: the server is not asked again, and never with this text.
    expect(lastRequest().searchParams.has('find')).toBe(false);
    await waitFor(() => expect(routerSearch(router).get('find')).toBe(shortMiddle('probe-session-2', 10)));
  });

  it('reads read marks: read rows say so, "Unread only" leaves them out', async () => {
    markRead('kadri.staff', 'seen');
    server.use(
      http.get(`*${PATH}`, () =>
        HttpResponse.json([
          makeConversation({ session_id: 'seen' }),
          makeConversation({ session_id: 'fresh' }),
        ]),
      ),
    );
    const user = userEvent.setup();
    renderRoute('/sessions');
    await waitForRows();
    const links = () => bodyRows().map((row) => within(row).getAllByRole('link')[0]);
    expect(links()[0]).toHaveAccessibleName(/\(read\)$/);
    expect(links()[1]).not.toHaveAccessibleName(/\(read\)$/);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Read marks' }), 'Unread only');
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(links()[0]).toHaveAttribute('title', 'fresh');
    expect(lastRequest().searchParams.has('unread')).toBe(false);
  });

  it('says a server without conversations/ needs 8.1.2 and points to Visitors', async () => {
    setScenario('old-server');
    renderRoute('/sessions');
    expect(
      await screen.findByRole('heading', { name: 'Conversations need Waldur 8.1.2 or newer' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Visitors' })).toHaveAttribute('href', '/users');
    expect(screen.queryByRole('alert')).toBeNull();
    // The version says 8.1.0: the page does not even ask.
    expect(requests).toEqual([]);
  });

  it('turns a 404 from conversations/ into the same message', async () => {
    server.use(http.get(`*${PATH}`, () => HttpResponse.json({ detail: 'Not found.' }, { status: 404 })));
    renderRoute('/sessions');
    expect(
      await screen.findByRole('heading', { name: 'Conversations need Waldur 8.1.2 or newer' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ask the server anyway' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('can still ask an old-looking server, and shows the message if it has no such endpoint', async () => {
    const user = userEvent.setup();
    setScenario('old-server');
    renderRoute('/sessions');
    await user.click(await screen.findByRole('button', { name: 'Ask the server anyway' }));
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(lastRequest().searchParams.toString()).toBe('');
    expect(
      await screen.findByRole('heading', { name: 'Conversations need Waldur 8.1.2 or newer' }),
    ).toBeInTheDocument();
  });
});
