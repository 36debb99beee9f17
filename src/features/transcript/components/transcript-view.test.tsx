import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '@mocks/node';
import type { Interaction } from '@/api/schemas/interaction';
import { transcriptQueries } from '@/features/transcript/api/queries';
import { resetPreferences } from '@/hooks/use-preferences';
import { setConfig } from '@/lib/config';
import * as download from '@/lib/download';
import { stubLayout } from '@/test/layout';
import { makeFeedback } from '@mocks/factories/feedback';
import { makeSession, makeTurn } from '@mocks/factories/turn';
import { renderRoute } from '@/test/render-route';

// The first render of a file loads the lazy route and the markdown stack: allow for a slow, busy machine.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

const BY_SESSION = '*/api/anonymous-chat-interactions/by-session/:id/';

function serve(turns: Interaction[] | ((id: string) => Interaction[])) {
  server.use(
    http.get(BY_SESSION, ({ params }) =>
      HttpResponse.json(typeof turns === 'function' ? turns(String(params.id)) : turns),
    ),
  );
}

async function openTranscript(path: string) {
  const view = renderRoute(path);
  await screen.findByRole('list', { name: /^Turns/ });
  return view;
}

const turnArticles = () => screen.getAllByRole('article');

let restoreLayout: () => void = () => undefined;
beforeEach(() => {
  setConfig({ homeportUrl: 'https://homeport.example.org' });
  // Tall enough that short test transcripts render whole.
  restoreLayout = stubLayout({ itemHeight: 200, viewportHeight: 4000 });
});
afterEach(() => {
  setConfig({ homeportUrl: '' });
  restoreLayout();
  resetPreferences();
});

describe('transcript page', () => {
  it('shows the header, the judge verdict and every turn labelled', async () => {
    const turns = makeSession(3, 'sess-a', (i) =>
      i === 2
        ? {
            feedback: makeFeedback({
              score: -1,
              category: 'inaccurate',
              comment: 'Wrong provider',
              llm_resolution_score: 2,
              llm_intent_category: 'gpu_compute',
              llm_hallucination_detected: true,
              llm_hallucination_details: 'Named “Cluster Z”, which no tool returned.',
              llm_summary: 'Wanted an A100 for a week.',
              llm_reviewed_at: '2026-07-21T03:00:00Z',
            }),
            is_flagged: true,
            severity: 'high',
            action_taken: 'redact',
            pii_categories: ['pii_email'],
            injection_categories: ['jailbreak', 'jailbreak', 'prompt_leak'],
            warning: 'Personal information detected and redacted (Email address).',
          }
        : {},
    );
    serve(turns);
    await openTranscript('/sessions/sess-a');

    expect(screen.getByRole('heading', { level: 1, name: 'Conversation' })).toBeInTheDocument();
    expect(document.title).toMatch(/^Conversation sess-a/);
    expect(screen.getByRole('link', { name: 'aaaaaaaaaaaa…' })).toHaveAttribute(
      'href',
      `/users/${'a'.repeat(64)}`,
    );

    const verdict = screen.getByRole('region', { name: 'Judge verdict' });
    expect(within(verdict).getByText('2/5 · Poor')).toBeInTheDocument();
    expect(within(verdict).getByText('Gpu compute')).toBeInTheDocument();
    expect(within(verdict).getByText('Detected')).toBeInTheDocument();
    expect(within(verdict).getByText(/Cluster Z/)).toBeInTheDocument();
    expect(within(verdict).getByText('Wanted an A100 for a week.')).toBeInTheDocument();

    const articles = turnArticles();
    expect(articles).toHaveLength(3);
    expect(articles[0]).toHaveAccessibleName('Turn 1 of 3, 11:00 UTC');
    const flagged = articles[2];
    const safety = within(flagged).getByRole('group', { name: 'Safety' });
    expect(within(safety).getByText('High')).toBeInTheDocument();
    expect(within(safety).getByText('Redacted')).toBeInTheDocument();
    expect(safety).toHaveTextContent('Injection Jailbreak ×2');
    expect(safety).toHaveTextContent('PII Email');
    expect(
      within(flagged).getByText('Personal information detected and redacted (Email address).'),
    ).toBeInTheDocument();
    expect(within(flagged).getByText('Thumbs down')).toBeInTheDocument();
    expect(within(flagged).getByText('Inaccurate')).toBeInTheDocument();
    expect(within(flagged).getByText('Wrong provider')).toBeInTheDocument();
    expect(within(articles[0]).getByText('Tokens 100 in / 20 out')).toBeInTheDocument();
  });

  it('says a turn without token counts predates token tracking, and a 0 is a count', async () => {
    serve([
      makeTurn({ session_id: 's-null', input_tokens: null, output_tokens: null }),
      makeTurn({ session_id: 's-null', input_tokens: 0, output_tokens: 0, action_taken: 'block' }),
    ]);
    await openTranscript('/sessions/s-null');
    const [old, blocked] = turnArticles();
    expect(within(old).getByText('Tokens not recorded')).toHaveAttribute(
      'title',
      'This turn predates token tracking: no counts were recorded',
    );
    expect(within(blocked).getByText('Tokens 0 in / 0 out')).toBeInTheDocument();
    expect(within(blocked).queryByText(/predates/)).toBeNull();
  });

  it('follows the UTC / local time choice', async () => {
    const user = userEvent.setup();
    serve(makeSession(1, 's-zone'));
    await openTranscript('/sessions/s-zone');
    expect(turnArticles()[0]).toHaveAccessibleName('Turn 1 of 1, 11:00 UTC');
    await user.click(screen.getByRole('button', { name: 'Local' }));
    await waitFor(() => expect(turnArticles()[0]).toHaveAccessibleName(/^Turn 1 of 1, \d\d:\d\d$/));
  });

  it('hides the IP until revealed, also in the raw JSON', async () => {
    const user = userEvent.setup();
    serve(makeSession(1, 's-ip'));
    await openTranscript('/sessions/s-ip');
    expect(screen.queryByText('192.0.2.10')).toBeNull();
    await user.click(screen.getByText('Raw JSON'));
    expect(screen.getByText(/"ip_address": "\[hidden\]"/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reveal IP' }));
    expect(screen.getByText('192.0.2.10')).toBeInTheDocument();
    expect(screen.getByText(/"ip_address": "192\.0\.2\.10"/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hide IP' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('says so for an unknown session id (empty array), not an error', async () => {
    serve([]);
    renderRoute('/sessions/nope-nope');
    expect(await screen.findByText('No conversation with this id')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('does not call the server for ids it cannot address', async () => {
    const calls = vi.fn();
    server.use(http.get(BY_SESSION, () => (calls(), HttpResponse.json([]))));
    renderRoute('/sessions/a.b');
    expect(await screen.findByText('No conversation with this id')).toBeInTheDocument();
    expect(screen.getByText(/cannot be looked up/)).toBeInTheDocument();
    expect(calls).not.toHaveBeenCalled();
  });

  it('shows an error with a retry, then the transcript', async () => {
    const user = userEvent.setup();
    let fail = true;
    server.use(
      http.get(BY_SESSION, () =>
        fail
          ? HttpResponse.json({ detail: 'boom' }, { status: 500 })
          : HttpResponse.json(makeSession(2, 's-err')),
      ),
    );
    renderRoute('/sessions/s-err');
    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
    expect(alert).toHaveTextContent('Could not load this conversation.');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('list', { name: /^Turns/ })).toBeInTheDocument();
  }, 20_000);

  it('names the endpoint when the response is malformed', async () => {
    server.use(http.get(BY_SESSION, () => HttpResponse.json([{ uuid: 'x' }])));
    renderRoute('/sessions/s-bad');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('/api/anonymous-chat-interactions/by-session/s-bad/');
  });
});

describe('a long conversation opens with its first turns', () => {
  const LIST = '*/api/anonymous-chat-interactions/';
  const whole = () => makeSession(40, 's-long', (i) => ({ click_count: i === 0 ? 2 : 0 }));

  /** The whole conversation for by-session, held back until `release()`. */
  function wholeOnRelease() {
    let release: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    const answer = async () => {
      await arrived;
      return HttpResponse.json(whole());
    };
    return { release, answer };
  }

  /** The first turns (the list's page) have answered. */
  const headAnswered = ({ client }: ReturnType<typeof renderRoute>) =>
    waitFor(() =>
      expect(client.getQueryState(transcriptQueries.head('s-long').queryKey)?.status).toBe('success'),
    );

  /** The list answers at once (first page, oldest first, clicks not annotated); by-session waits. */
  function serveHeadFirst(bySession: () => Promise<Response>) {
    const listed: URLSearchParams[] = [];
    server.use(
      http.get(LIST, ({ request }) => {
        const params = new URL(request.url).searchParams;
        listed.push(params);
        const size = Number(params.get('page_size'));
        return HttpResponse.json(
          whole()
            .slice(0, size)
            .map((turn) => ({ ...turn, click_count: 0 })),
          { headers: { 'X-Result-Count': '40' } },
        );
      }),
      http.get(BY_SESSION, bySession),
    );
    return listed;
  }

  it('shows the first page while the rest loads, then every turn', async () => {
    const { release, answer } = wholeOnRelease();
    const listed = serveHeadFirst(answer);
    renderRoute('/sessions/s-long');

    const partial = await screen.findByRole('list', { name: 'Turns (first 10 of 40)' });
    expect(within(partial).getAllByRole('article')).toHaveLength(10);
    expect(listed[0].get('session_id')).toBe('s-long');
    expect(listed[0].get('o')).toBe('created');
    expect(screen.getByText(/The first 10 of 40 turns are shown/)).toBeInTheDocument();
    expect(screen.getByText('Turns', { selector: 'dt' }).nextElementSibling).toHaveTextContent('40');
    // What needs every turn waits for them: jumps, export, print, clicks, find's count.
    expect(screen.getByRole('button', { name: 'Last turn' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Export Markdown' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Print' })).toBeDisabled();
    expect(within(turnArticles()[0]).getByText('… clicks')).toBeInTheDocument();
    // Reading keys work on the turns that are here.
    const user = userEvent.setup();
    await user.keyboard('j');
    await waitFor(() => expect(turnArticles()[0]).toHaveAttribute('aria-current', 'true'));
    await user.keyboard('j');
    await waitFor(() => expect(turnArticles()[1]).toHaveAttribute('aria-current', 'true'));
    // A find query can be typed; it is counted (and a match made current) once all turns are here.
    await user.keyboard('/');
    const find = screen.getByRole('searchbox', { name: 'Find in transcript' });
    expect(find).toHaveFocus();
    await user.type(find, 'Visitor message 3');
    expect(within(screen.getByRole('search')).getByRole('status')).toHaveTextContent(
      'Counted when every turn has loaded',
    );
    expect(screen.getByRole('button', { name: 'Next match' })).toBeDisabled();

    release();
    const full = await screen.findByRole('list', { name: 'Turns (40)' });
    expect(full).toBeInTheDocument();
    expect(screen.queryByText(/The first 10 of 40 turns are shown/)).toBeNull();
    // "Visitor message 3" and "Visitor message 30" to "…39": 11 matches in all 40 turns.
    await waitFor(() =>
      expect(within(screen.getByRole('search')).getByRole('status')).toHaveTextContent(/^1 of 11$/),
    );
    expect(screen.getByRole('button', { name: 'Export Markdown' })).toBeEnabled();
    expect(within(turnArticles()[0]).getByText('2 clicks')).toBeInTheDocument();
    expect(listed).toHaveLength(1);
  });

  it('keeps the first turns when the whole conversation fails, with the error and a retry below', async () => {
    serveHeadFirst(async () => HttpResponse.json([{ uuid: 'x' }]));
    renderRoute('/sessions/s-long');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load this conversation.');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Turns (first 10 of 40)' })).toBeInTheDocument();
    expect(turnArticles()).toHaveLength(10);
  });

  it('never shows turns of another conversation when the list ignores session_id', async () => {
    const { release, answer } = wholeOnRelease();
    const listed = vi.fn();
    server.use(
      http.get(LIST, () => {
        listed();
        return HttpResponse.json(makeSession(10, 'someone-else'), {
          headers: { 'X-Result-Count': '200000' },
        });
      }),
      http.get(BY_SESSION, answer),
    );
    // The list has answered (with someone else's turns) and the page still waits for the whole.
    await headAnswered(renderRoute('/sessions/s-long'));
    expect(listed).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('list', { name: /^Turns/ })).toBeNull();
    release();
    expect(await screen.findByRole('list', { name: 'Turns (40)' })).toBeInTheDocument();
  });

  it('never shows the newest turns as the first ones when the list ignores the ordering', async () => {
    const { release, answer } = wholeOnRelease();
    server.use(
      http.get(LIST, () =>
        HttpResponse.json(whole().slice(-10).reverse(), { headers: { 'X-Result-Count': '40' } }),
      ),
      http.get(BY_SESSION, answer),
    );
    await headAnswered(renderRoute('/sessions/s-long'));
    expect(screen.queryByRole('list', { name: /^Turns/ })).toBeNull();
    release();
    expect(await screen.findByRole('list', { name: 'Turns (40)' })).toBeInTheDocument();
  });

  it('waits for the whole conversation when the list has nothing (or fails)', async () => {
    server.use(
      http.get(LIST, () => HttpResponse.json({ detail: 'nope' }, { status: 500 })),
      http.get(BY_SESSION, () => HttpResponse.json(whole())),
    );
    renderRoute('/sessions/s-long');
    expect(await screen.findByRole('list', { name: 'Turns (40)' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('find in transcript', () => {
  it('highlights all matches, counts them and moves with Enter / Shift+Enter', async () => {
    const user = userEvent.setup();
    serve(makeSession(12, 's-find'));
    await openTranscript('/sessions/s-find');
    const input = screen.getByRole('searchbox', { name: 'Find in transcript' });
    await user.type(input, 'reply number 1');
    // "Reply number 1", "…10", "…11", "…12"
    const status = await screen.findByText('1 of 4');
    expect(status).toHaveAttribute('role', 'status');
    await waitFor(() => expect(document.querySelectorAll('mark[data-find]')).toHaveLength(4));
    expect(document.querySelector('mark[data-current]')?.closest('article')).toHaveAccessibleName(
      /^Turn 1 of 12/,
    );

    await user.keyboard('{Enter}');
    expect(screen.getByText('2 of 4')).toBeInTheDocument();
    await waitFor(() =>
      expect(document.querySelector('mark[data-current]')?.closest('article')).toHaveAccessibleName(
        /^Turn 10 of 12/,
      ),
    );
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(screen.getByText('1 of 4')).toBeInTheDocument();
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(screen.getByText('4 of 4')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next match' }));
    expect(screen.getByText('1 of 4')).toBeInTheDocument();

    await user.clear(input);
    await user.type(input, 'zzz');
    expect(await screen.findByText('No matches')).toBeInTheDocument();
    expect(document.querySelectorAll('mark')).toHaveLength(0);
  });

  it('keeps an Enter pressed before the search has finished', async () => {
    serve(makeSession(12, 's-fast'));
    await openTranscript('/sessions/s-fast');
    const input = screen.getByRole('searchbox', { name: 'Find in transcript' });
    fireEvent.change(input, { target: { value: 'reply number 1' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByText('3 of 4')).toBeInTheDocument();
  });

  it('searches the visitor message, offering cards and comments, never as HTML', async () => {
    const user = userEvent.setup();
    serve([
      makeTurn({
        session_id: 's-find2',
        user_input: 'Need <b>GPU</b> now',
        assistant_blocks: [
          {
            key: 'homeport_nav',
            links: [
              { label: 'GPU partition', url: '/marketplace-public-offering/x/', subtitle: 'gpu centre' },
            ],
          },
        ],
        feedback: makeFeedback({ score: 1, comment: 'gpu was great' }),
      }),
    ]);
    await openTranscript('/sessions/s-find2');
    await user.type(screen.getByRole('searchbox', { name: 'Find in transcript' }), 'gpu');
    expect(await screen.findByText('1 of 4')).toBeInTheDocument();
    expect(document.querySelectorAll('b')).toHaveLength(0);
    expect([...document.querySelectorAll('mark[data-find]')].map((m) => m.textContent)).toEqual([
      'GPU',
      'GPU',
      'gpu',
      'gpu',
    ]);
  });
});

describe('turn selection and keys', () => {
  /** Each key in turn selects its turn, and the URL names it. */
  async function expectKeysSelect(
    user: ReturnType<typeof userEvent.setup>,
    router: ReturnType<typeof renderRoute>['router'],
    steps: [keys: string, turn: Interaction][],
  ) {
    for (const [keys, turn] of steps) {
      await user.keyboard(keys);
      await waitFor(() => expect(router.state.location.search).toBe(`?turn=${turn.uuid}`));
    }
  }

  it('?turn= selects that turn; j/k move and keep the URL in step', async () => {
    const user = userEvent.setup();
    const turns = makeSession(6, 's-keys');
    serve(turns);
    const { router } = await openTranscript(`/sessions/s-keys?turn=${turns[2].uuid}`);
    const selected = () => document.querySelector('article[aria-current="true"]');
    await waitFor(() => expect(selected()).toHaveAccessibleName(/^Turn 3 of 6/));
    expect(screen.getByText('Turn 3 of 6')).toBeInTheDocument();

    await user.keyboard('j');
    await waitFor(() => expect(router.state.location.search).toBe(`?turn=${turns[3].uuid}`));
    expect(selected()).toHaveAccessibleName(/^Turn 4 of 6/);
    await expectKeysSelect(user, router, [
      ['kk', turns[1]],
      ['{End}', turns[5]],
      ['{Home}', turns[0]],
    ]);
    // Selection replaces the history entry rather than piling up.
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('does not move while typing in the find box', async () => {
    const user = userEvent.setup();
    const turns = makeSession(3, 's-type');
    serve(turns);
    const { router } = await openTranscript(`/sessions/s-type?turn=${turns[0].uuid}`);
    await user.keyboard('/');
    const input = screen.getByRole('searchbox', { name: 'Find in transcript' });
    expect(input).toHaveFocus();
    await user.keyboard('jk');
    expect(input).toHaveValue('jk');
    expect(router.state.location.search).toBe(`?turn=${turns[0].uuid}`);
  });

  it('jumps between flagged turns', async () => {
    const user = userEvent.setup();
    const turns = makeSession(8, 's-flag', (i) =>
      i === 2 || i === 6 ? { is_flagged: true, severity: 'medium' } : {},
    );
    serve(turns);
    const { router } = await openTranscript('/sessions/s-flag');
    expect(screen.getByText('2 flagged')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Flagged →' }));
    await waitFor(() => expect(router.state.location.search).toBe(`?turn=${turns[2].uuid}`));
    await expectKeysSelect(user, router, [
      ['n', turns[6]],
      ['n', turns[2]],
      ['p', turns[6]],
    ]);
  });

  it('says when the linked turn is not in this conversation', async () => {
    serve(makeSession(2, 's-miss'));
    await openTranscript('/sessions/s-miss?turn=not-here');
    expect(screen.getByText(/is not part of this conversation/)).toBeInTheDocument();
  });

  it('? opens the shortcut help dialog', async () => {
    const user = userEvent.setup();
    serve(makeSession(2, 's-help'));
    await openTranscript('/sessions/s-help');
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('Next turn')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

describe('export', () => {
  it('downloads Markdown and JSON of the whole conversation', async () => {
    const user = userEvent.setup();
    const spy = vi.spyOn(download, 'downloadText').mockImplementation(() => undefined);
    serve(makeSession(3, 's-exp'));
    await openTranscript('/sessions/s-exp');
    await user.click(screen.getByRole('button', { name: 'Export Markdown' }));
    expect(spy).toHaveBeenCalledWith(
      'conversation-s-exp.md',
      expect.stringContaining('## Turn 3 of 3'),
      'text/markdown;charset=utf-8',
    );
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    const [name, text, mime] = spy.mock.calls[1];
    expect([name, mime]).toEqual(['conversation-s-exp.json', 'application/json']);
    expect(JSON.parse(text).turns).toHaveLength(3);
    expect(text).not.toContain('192.0.2.10');
  });
});

describe('print', () => {
  it('renders every turn un-virtualised before printing', async () => {
    serve(makeSession(4, 's-print'));
    await openTranscript('/sessions/s-print');
    window.dispatchEvent(new Event('beforeprint'));
    await waitFor(() => expect(turnArticles()).toHaveLength(4));
    expect(document.querySelector('li[data-index]')).toBeNull();
    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => expect(document.querySelector('li[data-index]')).not.toBeNull());
  });
});

describe('long transcripts (virtualised)', () => {
  const turns = makeSession(3000, 's-long', (i) => ({
    user_input: i === 2499 ? 'Where is the needle?' : `Visitor message ${i + 1}`,
    is_flagged: i === 1800,
    severity: i === 1800 ? 'high' : '',
  }));

  beforeEach(() => {
    restoreLayout();
    restoreLayout = stubLayout({ itemHeight: 300, viewportHeight: 800 });
    serve(turns);
  });

  const open = async (path: string) => {
    const view = renderRoute(path);
    await screen.findByRole('list', { name: /^Turns/ }, { timeout: 10_000 });
    return view;
  };

  it('keeps the DOM small and reaches the last turn with End', async () => {
    const user = userEvent.setup();
    const { router } = await open('/sessions/s-long');
    expect(screen.getByRole('list', { name: 'Turns (3,000)' })).toBeInTheDocument();
    expect(turnArticles().length).toBeLessThan(15);
    expect(document.querySelectorAll('*').length).toBeLessThan(4000);
    await user.keyboard('{End}');
    await waitFor(() => expect(router.state.location.search).toBe(`?turn=${turns[2999].uuid}`));
    const last = await screen.findByRole('article', { name: /^Turn 3000 of 3000/ });
    await waitFor(() => expect(last).toHaveFocus());
    expect(turnArticles().length).toBeLessThan(15);
  }, 20_000);

  it('lands on ?turn= far down the list', async () => {
    await open(`/sessions/s-long?turn=${turns[2000].uuid}`);
    const article = await screen.findByRole('article', { name: /^Turn 2001 of 3000/ });
    expect(article).toHaveAttribute('aria-current', 'true');
    expect(turnArticles().length).toBeLessThan(15);
  }, 20_000);

  it('finds a match in a turn that is not rendered and scrolls to it', async () => {
    const user = userEvent.setup();
    await open('/sessions/s-long');
    expect(screen.queryByText('needle', { exact: false })).toBeNull();
    await user.type(screen.getByRole('searchbox', { name: 'Find in transcript' }), 'needle');
    expect(await screen.findByText('1 of 1')).toBeInTheDocument();
    const mark = await waitFor(() => {
      const current = document.querySelector('mark[data-current]');
      expect(current).not.toBeNull();
      return current as HTMLElement;
    });
    expect(mark).toHaveTextContent('needle');
    expect(mark.closest('article')).toHaveAccessibleName(/^Turn 2500 of 3000/);
  }, 20_000);

  it('jumps to the next flagged turn', async () => {
    const user = userEvent.setup();
    const { router } = await open('/sessions/s-long');
    await user.keyboard('n');
    await waitFor(() => expect(router.state.location.search).toBe(`?turn=${turns[1800].uuid}`));
    expect(await screen.findByRole('article', { name: /^Turn 1801 of 3000/ })).toHaveAttribute(
      'data-flagged',
      'true',
    );
  }, 20_000);
});
