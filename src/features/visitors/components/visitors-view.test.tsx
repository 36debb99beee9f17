import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { setScenario } from '@mocks/scenarios';
import { captureDownloads } from '@/test/downloads';
import { renderRoute } from '@/test/render-route';
import { makeAggregate, slug } from '@mocks/factories/visitor';
import { mockVisitorsApi } from '../testing/mock-visitors-api';

const visitors = [
  makeAggregate({
    user_slug: slug('a1'),
    last_seen: '2026-08-20T10:00:00.000000+00:00',
    total_interactions: 5,
    session_count: 2,
    positive_feedback: 1,
    negative_feedback: 1,
    no_feedback: 3,
    injection_strikes: 1,
  }),
  makeAggregate({
    user_slug: slug('b2'),
    last_seen: '2026-08-25T08:30:00.000000+00:00',
    total_interactions: 40,
    session_count: 3,
    positive_feedback: 0,
    negative_feedback: 2,
    no_feedback: 38,
    injection_strikes: 0,
  }),
  makeAggregate({
    user_slug: slug('c3'),
    last_seen: '2026-08-01T00:00:00.000000+00:00',
    total_interactions: 12,
    session_count: 7,
    positive_feedback: 4,
    negative_feedback: 0,
    no_feedback: 8,
    injection_strikes: 3,
  }),
];

const table = () => screen.getByRole('table', { name: 'Visitors' });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
/** The full slug of each row (the short id's tooltip). */
const slugs = () => bodyRows().map((row) => within(row).getAllByRole('link')[0].getAttribute('title'));

async function openVisitors(path = '/users') {
  const view = renderRoute(path);
  // The first render loads the lazy route and the session: allow a slow machine.
  await screen.findByRole('heading', { level: 1, name: 'Visitors' }, { timeout: 5000 });
  await waitFor(() => expect(screen.queryByRole('status', { name: 'Loading visitors' })).toBeNull(), {
    timeout: 5000,
  });
  return view;
}

const lastRequest = (requests: URL[]) => requests[requests.length - 1];

describe('visitors page', () => {
  it('lists every visitor with all counters, busiest first', async () => {
    mockVisitorsApi({ list: visitors });
    await openVisitors();
    expect(document.title).toBe('Visitors · Assistant Analytics');
    const headers = within(table())
      .getAllByRole('columnheader')
      .map((th) => th.textContent?.replace(/[▲▼↕]/g, '').trim());
    expect(headers).toEqual([
      'Visitor',
      'Last seen',
      'Turns',
      'Conversations',
      'Thumbs up',
      'Thumbs down',
      'Not voted',
      'Redactions',
    ]);
    expect(screen.getByRole('columnheader', { name: /Turns/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: /Redactions/ })).toHaveAttribute(
      'title',
      expect.stringMatching(/PII redactions.*not count them/),
    );
    expect(slugs()).toEqual([slug('b2'), slug('c3'), slug('a1')]);
    const cells = within(bodyRows()[0]).getAllByRole('cell');
    expect(cells.slice(2).map((cell) => cell.textContent)).toEqual(['40', '3', '0', '2', '38', '0']);
    expect(screen.getByText('3 visitors in total')).toBeInTheDocument();
  });

  it('shortens each slug, keeps the full one on hover and copy, and links the row', async () => {
    mockVisitorsApi({ list: visitors });
    await openVisitors();
    const first = bodyRows()[0];
    const link = within(first).getByRole('link');
    expect(link).toHaveAttribute('href', `/users/${slug('b2')}`);
    expect(link).toHaveAttribute('title', slug('b2'));
    expect(link).toHaveTextContent(`${slug('b2').slice(0, 12)}…`);
    const user = userEvent.setup();
    await user.click(within(first).getByRole('button', { name: 'Copy visitor slug' }));
    await expect(navigator.clipboard.readText()).resolves.toBe(slug('b2'));
  });

  it('sorts by the URL and by header clicks', async () => {
    mockVisitorsApi({ list: visitors });
    const { router } = await openVisitors('/users?o=-last_seen');
    expect(screen.getByRole('columnheader', { name: /Last seen/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(slugs()).toEqual([slug('b2'), slug('a1'), slug('c3')]);

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Conversations/ }));
    expect(router.state.location.search).toBe('?o=-session_count');
    // The worker sorts: the rows follow a moment after the header.
    await waitFor(() => expect(slugs()).toEqual([slug('c3'), slug('b2'), slug('a1')]));
    await user.click(screen.getByRole('button', { name: /Redactions/ }));
    expect(router.state.location.search).toBe('?o=-injection_strikes');
    await waitFor(() => expect(slugs()[0]).toBe(slug('c3')));
    await user.click(screen.getByRole('button', { name: /Redactions/ }));
    expect(router.state.location.search).toBe('?o=injection_strikes');
    await waitFor(() => expect(slugs()[0]).toBe(slug('b2')));
  });

  it('searches slugs in the browser without asking the server again', async () => {
    const { listRequests } = mockVisitorsApi({ list: visitors });
    const { router } = await openVisitors();
    const requestsBefore = listRequests.length;
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Find visitor' }), 'C3C3');
    await waitFor(() => expect(slugs()).toEqual([slug('c3')]));
    await waitFor(() => expect(router.state.location.search).toBe('?slug=C3C3'));
    expect(screen.getByText('1 of 3 visitors match')).toBeInTheDocument();
    expect(listRequests.length).toBe(requestsBefore);
    // Typing replaces the history entry instead of adding one per keystroke.
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('follows the URL when it changes from outside (back and forward)', async () => {
    mockVisitorsApi({ list: visitors });
    const { router } = await openVisitors('/users?slug=b2b2');
    const field = screen.getByRole('searchbox', { name: 'Find visitor' });
    expect(field).toHaveValue('b2b2');
    await router.navigate('/users?slug=a1a1');
    await waitFor(() => expect(field).toHaveValue('a1a1'));
    await waitFor(() => expect(slugs()).toEqual([slug('a1')]));
    await router.navigate(-1);
    await waitFor(() => expect(field).toHaveValue('b2b2'));
    await waitFor(() => expect(slugs()).toEqual([slug('b2')]));
  });

  it('renders one page of 50,000 visitors and searches them', { timeout: 30_000 }, async () => {
    const many = Array.from({ length: 50_000 }, (_, i) =>
      makeAggregate({
        user_slug: ((i * 2654435761) >>> 0).toString(16).padStart(8, '0').repeat(8),
        total_interactions: (i * 7) % 501,
      }),
    );
    mockVisitorsApi({ list: many });
    await openVisitors();
    await waitFor(() => expect(bodyRows()).toHaveLength(50), { timeout: 5000 });
    expect(screen.getByText('1–50 of 50,000')).toBeInTheDocument();
    const target = many[31_337].user_slug;
    const user = userEvent.setup();
    const field = screen.getByRole('searchbox', { name: 'Find visitor' });
    await user.type(field, target.slice(0, 8));
    // No keystroke is lost when the URL catches up with an earlier part of the text.
    expect(field).toHaveValue(target.slice(0, 8));
    await waitFor(() => expect(slugs()).toContain(target), { timeout: 5000 });
    expect(bodyRows().length).toBeLessThanOrEqual(50);
    expect(slugs().every((s) => s?.includes(target.slice(0, 8)))).toBe(true);
  });

  it('reads the slug search from the URL and explains when nothing matches', async () => {
    mockVisitorsApi({ list: visitors });
    await openVisitors('/users?slug=ffff');
    expect(screen.getByRole('searchbox', { name: 'Find visitor' })).toHaveValue('ffff');
    expect(screen.getByText('No visitor matches “ffff”')).toBeInTheDocument();
    expect(screen.getByText(/Searched the 3 visitors loaded/)).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    await waitFor(() => expect(bodyRows()).toHaveLength(3));
    expect(screen.getByRole('searchbox', { name: 'Find visitor' })).toHaveValue('');
  });

  it('sends the URL filters to by-user/ with both date-name generations', async () => {
    const { listRequests } = mockVisitorsApi({ list: visitors });
    await openVisitors(
      '/users?created_after=2026-08-01&created_before=2026-08-26&is_flagged=true&severity=high&has_feedback=false&query=gpu&slug=a1&o=session_count',
    );
    const params = lastRequest(listRequests).searchParams;
    expect(Object.fromEntries(params)).toEqual({
      created_after: '2026-08-01',
      created_before: '2026-08-26',
      created_from: '2026-08-01',
      created_to: '2026-08-26',
      is_flagged: 'true',
      severity: 'high',
      has_feedback: 'false',
      query: 'gpu',
    });
    expect(screen.getByLabelText('Created from')).toHaveValue('2026-08-01');
    expect(screen.getByLabelText('Flagged')).toHaveValue('true');
    expect(screen.getByLabelText('Severity')).toHaveValue('high');
    expect(screen.getByLabelText('Vote')).toHaveValue('false');
    expect(screen.getByRole('searchbox', { name: 'Search messages and replies' })).toHaveValue('gpu');
  });

  it('turns filter controls into request parameters and resets the page', async () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      makeAggregate({ user_slug: slug(i.toString(16).padStart(2, '0')), total_interactions: i + 1 }),
    );
    const { listRequests } = mockVisitorsApi({ list: many });
    const { router } = await openVisitors('/users?page=2');
    expect(lastRequest(listRequests).search).toBe('');
    const user = userEvent.setup();

    await user.selectOptions(screen.getByLabelText('Flagged'), 'true');
    await waitFor(() => expect(lastRequest(listRequests).searchParams.get('is_flagged')).toBe('true'));
    expect(router.state.location.search).toBe('?is_flagged=true');

    await user.selectOptions(screen.getByLabelText('Severity'), 'medium');
    await waitFor(() => expect(lastRequest(listRequests).searchParams.get('severity')).toBe('medium'));

    await user.selectOptions(screen.getByLabelText('Vote'), 'true');
    await waitFor(() => expect(lastRequest(listRequests).searchParams.get('has_feedback')).toBe('true'));

    await user.click(screen.getByRole('button', { name: '7 days' }));
    await waitFor(() => expect(lastRequest(listRequests).searchParams.get('created_after')).not.toBeNull());
    const sent = lastRequest(listRequests).searchParams;
    expect(sent.get('created_from')).toBe(sent.get('created_after'));
    expect(sent.get('created_to')).toBe(sent.get('created_before'));
    expect(screen.getByRole('button', { name: '7 days' })).toHaveAttribute('aria-pressed', 'true');
    expect(router.state.location.search).toBe('?is_flagged=true&severity=medium&has_feedback=true&range=7d');

    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(lastRequest(listRequests).search).toBe(''));
  });

  it('debounces the text query and replaces the history entry', async () => {
    const { listRequests } = mockVisitorsApi({ list: visitors });
    const { router } = await openVisitors();
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search messages and replies' }), 'object storage');
    await waitFor(() => expect(router.state.location.search).toBe('?query=object+storage'));
    await waitFor(() => expect(lastRequest(listRequests).searchParams.get('query')).toBe('object storage'));
    // One request for the page, one for the finished phrase: not one per keystroke.
    expect(listRequests.filter((url) => url.searchParams.has('query'))).toHaveLength(1);
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('disables the feedback filter on servers older than 8.1.2 and never sends it', async () => {
    setScenario('old-server');
    const { listRequests } = mockVisitorsApi({ list: visitors });
    await openVisitors('/users?has_feedback=true&is_flagged=true');
    const select = screen.getByLabelText('Vote');
    // A pasted link carries it: the control shows it, and the page says it is not applied.
    expect(select).toHaveValue('true');
    expect(select).toHaveAccessibleDescription(/Needs Waldur 8\.1\.2 or newer/);
    expect(screen.getByText('The “Vote” filter is not applied.')).toBeInTheDocument();
    const params = lastRequest(listRequests).searchParams;
    expect(params.get('is_flagged')).toBe('true');
    expect(params.has('has_feedback')).toBe(false);
    expect(params.has('has_negative_feedback')).toBe(false);
  });

  it('explains an empty list without filters', async () => {
    mockVisitorsApi({ list: [] });
    await openVisitors();
    expect(screen.getByText('No visitors yet')).toBeInTheDocument();
    expect(screen.getByText(/before the slug salt was configured/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  });

  it('explains an empty list for the chosen filters and clears them', async () => {
    const { listRequests } = mockVisitorsApi({
      list: (url) => HttpResponse.json(url.searchParams.has('severity') ? [] : visitors),
    });
    await openVisitors('/users?severity=critical&created_after=2026-08-20&created_before=2026-08-26');
    expect(screen.getByText('No visitors match these filters')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove filter Severity: Critical' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(within(table()).getByRole('button', { name: 'Clear all filters' }));
    await waitFor(() => expect(bodyRows()).toHaveLength(3));
    expect(lastRequest(listRequests).search).toBe('');
  });

  it('shows an error with a retry that recovers', async () => {
    let fail = true;
    mockVisitorsApi({
      list: () =>
        fail
          ? HttpResponse.json({ detail: 'Server exploded.' }, { status: 500 })
          : HttpResponse.json(visitors),
    });
    renderRoute('/users');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load visitors.');
    fail = false;
    const user = userEvent.setup();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(bodyRows()).toHaveLength(3));
  });

  it('names the endpoint when the response is malformed', async () => {
    mockVisitorsApi({ list: () => HttpResponse.json([{ user_slug: 'x', total_interactions: 'lots' }]) });
    renderRoute('/users');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('/api/anonymous-chat-interactions/by-user/');
  });

  it('exports the filtered, sorted rows with formulas neutralised', async () => {
    const files = captureDownloads();
    mockVisitorsApi({
      list: [
        ...visitors,
        makeAggregate({ user_slug: '=HYPERLINK("x")c3', total_interactions: 1, last_seen: null }),
      ],
    });
    await openVisitors('/users?slug=c3&o=total_interactions');
    await waitFor(() => expect(bodyRows()).toHaveLength(2));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Export CSV' }));
    // The rows come from the list's worker (here the same code, a task later).
    await waitFor(() => expect(files).toHaveLength(1));
    const lines = (await files[0].text()).split('\r\n');
    expect(lines[0]).toBe(
      'Visitor,Last seen (UTC),Turns,Conversations,Thumbs up,Thumbs down,Not voted,Redactions',
    );
    expect(lines.slice(1)).toEqual([
      `"'=HYPERLINK(""x"")c3",,1,1,1,0,2,0`,
      `${slug('c3')},2026-08-01T00:00:00.000Z,12,7,4,0,8,3`,
    ]);
  });
});
