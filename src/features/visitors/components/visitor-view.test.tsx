import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '@/test/render-route';
import { makeFeedback } from '@mocks/factories/feedback';
import { makeTurn } from '@mocks/factories/turn';
import { slug } from '@mocks/factories/visitor';
import { mockVisitorsApi } from '../testing/mock-visitors-api';

const SLUG = slug('d4');
const S1 = 'sess-1111aaaa';
const S2 = 'sess-2222bbbb';
const S3 = 'sess-3333cccc';

const turns = [
  makeTurn({ user_slug: SLUG, session_id: S1, created: '2026-08-01T09:00:00.000Z', ip_address: '192.0.2.7' }),
  makeTurn({
    user_slug: SLUG,
    session_id: S1,
    created: '2026-08-01T09:04:00.000Z',
    ip_address: '192.0.2.7',
    is_flagged: true,
    severity: 'high',
    action_taken: 'redact',
    feedback: makeFeedback({ score: -1 }),
    result_count: 3,
  }),
  makeTurn({
    user_slug: SLUG,
    session_id: S2,
    created: '2026-08-10T12:00:00.000Z',
    ip_address: '2001:db8::42',
    feedback: makeFeedback({ score: 1 }),
    input_tokens: null,
    output_tokens: null,
  }),
  makeTurn({
    user_slug: SLUG,
    session_id: S3,
    created: '2026-08-05T18:30:00.000Z',
    ip_address: '198.51.100.3',
    input_tokens: 1000,
    output_tokens: 234,
  }),
];

const sessionsTable = () => screen.getByRole('table', { name: 'Visitor conversations' });
const bodyRows = () => within(sessionsTable()).getAllByRole('row').slice(1);
const sessionIds = () => bodyRows().map((row) => within(row).getAllByRole('link')[0].getAttribute('title'));
/** The value next to a label in the Totals section. */
const stat = (label: string) => {
  const totals = screen.getByRole('region', { name: 'Totals' });
  return within(totals).getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;
};

async function openVisitor(path = `/users/${SLUG}`) {
  const view = renderRoute(path);
  // The first render loads the lazy route and the session: allow a slow machine.
  await screen.findByRole('heading', { level: 1, name: /^Visitor/ }, { timeout: 5000 });
  return view;
}

describe('visitor page', () => {
  it('shows the header totals and the sessions, newest activity first', async () => {
    const { detailRequests } = mockVisitorsApi({ detail: { [SLUG]: turns } });
    await openVisitor();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(`Visitor ${SLUG.slice(0, 12)}…`);
    expect(document.title).toBe(`Visitor ${SLUG.slice(0, 12)}… · Assistant Analytics`);
    expect(screen.getByText(SLUG, { selector: 'code' })).toBeInTheDocument();
    await waitFor(() => expect(bodyRows()).toHaveLength(3));
    expect(detailRequests).toHaveLength(1);
    expect(detailRequests[0].pathname).toBe(`/api/anonymous-chat-interactions/by-user/${SLUG}/`);

    expect(stat('Turns')).toHaveTextContent('4');
    expect(stat('Conversations')).toHaveTextContent('3');
    expect(stat('First seen')).toHaveTextContent('01 Aug 2026, 09:00 UTC');
    expect(stat('Last seen')).toHaveTextContent('10 Aug 2026, 12:00 UTC');
    // One turn predates token tracking: its tokens are unknown, so the total is a lower bound.
    expect(stat('Tokens')).toHaveTextContent('≥ 1,474');
    expect(stat('Tokens')).toHaveTextContent('1 of 4 turns predate token tracking');
    expect(stat('Flagged turns')).toHaveTextContent('1');
    expect(stat('Flagged turns')).toHaveTextContent('High severity');
    expect(stat('Feedback')).toHaveTextContent('1 up');
    expect(stat('Feedback')).toHaveTextContent('1 down');
    expect(stat('Flagged turns')).toHaveTextContent('1 with PII redacted');

    expect(screen.getByRole('columnheader', { name: /Last active/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(sessionIds()).toEqual([S2, S3, S1]);
    const s1 = within(bodyRows()[2]).getAllByRole('cell');
    expect(s1.map((cell) => cell.textContent)).toEqual([
      expect.stringContaining('sess-111'),
      '01 Aug 2026, 09:00 UTC',
      '01 Aug 2026, 09:04 UTC',
      '2',
      '1',
      'High severity',
      '0',
      '1',
      '3',
      '—',
      '240',
      'Hidden (1 address)',
    ]);
    // Unknown tokens are a dash, never 0.
    expect(within(bodyRows()[0]).getAllByRole('cell')[10]).toHaveTextContent('—');
  });

  it('links each session to its transcript', async () => {
    mockVisitorsApi({ detail: { [SLUG]: turns } });
    const { router } = await openVisitor();
    await waitFor(() => expect(bodyRows()).toHaveLength(3));
    const link = within(bodyRows()[0]).getAllByRole('link')[0];
    expect(link).toHaveAttribute('href', `/sessions/${S2}`);
    await userEvent.setup().click(link);
    // The router commits the navigation once the transcript's lazy route module has loaded.
    await waitFor(() => expect(router.state.location.pathname).toBe(`/sessions/${S2}`), { timeout: 5000 });
  });

  it('says clicks are not available from this endpoint', async () => {
    mockVisitorsApi({ detail: { [SLUG]: turns } });
    await openVisitor();
    await waitFor(() => expect(bodyRows()).toHaveLength(3));
    expect(screen.getByRole('columnheader', { name: /Clicks/ })).toHaveAttribute(
      'title',
      expect.stringMatching(/Not reported here/),
    );
    expect(screen.getByText(/only a transcript counts clicks/, { selector: 'p' })).toBeInTheDocument();
  });

  it('sorts the sessions from the URL', async () => {
    mockVisitorsApi({ detail: { [SLUG]: turns } });
    const { router } = await openVisitor(`/users/${SLUG}?o=started`);
    await waitFor(() => expect(bodyRows()).toHaveLength(3));
    expect(screen.getByRole('columnheader', { name: /Started/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(sessionIds()).toEqual([S1, S3, S2]);
    await userEvent.setup().click(screen.getByRole('button', { name: /Tokens/ }));
    expect(router.state.location.search).toBe('?o=-total_tokens');
    // Known totals first, largest first; the session without any count sorts last.
    expect(sessionIds()).toEqual([S3, S1, S2]);
  });

  it('hides raw IP addresses until revealed', async () => {
    mockVisitorsApi({ detail: { [SLUG]: turns } });
    await openVisitor();
    await waitFor(() => expect(bodyRows()).toHaveLength(3));
    expect(screen.queryByText('192.0.2.7')).toBeNull();
    expect(screen.queryByText('2001:db8::42')).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Reveal IP addresses' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');

    const user = userEvent.setup();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(within(bodyRows()[2]).getByText('192.0.2.7')).toBeInTheDocument();
    expect(within(bodyRows()[0]).getByText('2001:db8::42')).toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByText('192.0.2.7')).toBeNull();
  });

  it('says "No turns for this visitor" for an unknown slug, without an error', async () => {
    mockVisitorsApi({ detail: {} });
    await openVisitor(`/users/${slug('ee')}`);
    expect(await screen.findByText('No turns for this visitor')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('link', { name: 'Browse all visitors' })).toHaveAttribute('href', '/users');
  });

  it('encodes a slug with special characters as one path segment', async () => {
    const odd = 'a b+c%d#e?f';
    const { detailRequests } = mockVisitorsApi({
      detail: { [odd]: [makeTurn({ user_slug: odd, session_id: S1 })] },
    });
    await openVisitor(`/users/${encodeURIComponent(odd)}`);
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(detailRequests[0].pathname).toBe(
      `/api/anonymous-chat-interactions/by-user/${encodeURIComponent(odd)}/`,
    );
    expect(screen.getByText(odd, { selector: 'code' })).toBeInTheDocument();
  });

  it('does not ask the server for a slug it cannot route', async () => {
    const { detailRequests } = mockVisitorsApi({ detail: {} });
    await openVisitor(`/users/${encodeURIComponent('some.slug')}`);
    expect(await screen.findByText('No turns for this visitor')).toBeInTheDocument();
    expect(screen.getByText(/contains a dot or a slash/)).toBeInTheDocument();
    expect(detailRequests).toHaveLength(0);
  });

  it('shows loading skeletons, then an error with a retry that recovers', async () => {
    let fail = true;
    mockVisitorsApi({
      detail: {
        [SLUG]: () =>
          fail ? HttpResponse.json({ detail: 'Bad gateway' }, { status: 502 }) : HttpResponse.json(turns),
      },
    });
    renderRoute(`/users/${SLUG}`);
    expect(await screen.findByRole('status', { name: 'Loading visitor totals' })).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Could not load this visitor's turns.");
    fail = false;
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(bodyRows()).toHaveLength(3));
  });
});
