import { configure, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '@mocks/node';
import { makeSession, makeTurn } from '@mocks/factories/turn';
import { renderRoute } from '@/test/render-route';

// The first render of a file loads the lazy route and the markdown stack: allow for a slow, busy machine.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

const turns = makeSession(3, 'sess-redirect');

describe('/interactions/:uuid', () => {
  it('opens the transcript at that turn, replacing the history entry', async () => {
    server.use(
      http.get('*/api/anonymous-chat-interactions/by-session/:id/', () => HttpResponse.json(turns)),
      http.get('*/api/anonymous-chat-interactions/:uuid/', ({ params }) => {
        const turn = turns.find((t) => t.uuid === params.uuid);
        return turn ? HttpResponse.json(turn) : HttpResponse.json({ detail: 'Not found.' }, { status: 404 });
      }),
    );
    const { router } = renderRoute(`/interactions/${turns[1].uuid}`);
    await waitFor(() => expect(router.state.location.pathname).toBe('/sessions/sess-redirect'));
    expect(router.state.location.search).toBe(`?turn=${turns[1].uuid}`);
    expect(router.state.historyAction).toBe('REPLACE');
    expect(await screen.findByRole('article', { name: /^Turn 2 of 3/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('says "No such turn" for an unknown uuid, with a way to the turns list', async () => {
    server.use(
      http.get('*/api/anonymous-chat-interactions/:uuid/', () =>
        HttpResponse.json(
          { detail: 'No AnonymousChatInteraction matches the given query.' },
          { status: 404 },
        ),
      ),
    );
    renderRoute('/interactions/00000000-0000-4000-8000-000000000000');
    expect(await screen.findByRole('heading', { level: 1, name: 'No such turn' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'turns list' })).toHaveAttribute('href', '/interactions');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.title).toMatch(/^No such turn/);
  });

  it('shows other errors with a retry', async () => {
    server.use(
      http.get('*/api/anonymous-chat-interactions/:uuid/', () =>
        HttpResponse.json({ detail: 'x' }, { status: 500 }),
      ),
    );
    renderRoute('/interactions/abc');
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load this turn.');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('shows a turn without a session id on its own', async () => {
    const orphan = makeTurn({ session_id: '', user_input: 'Orphaned question' });
    server.use(http.get('*/api/anonymous-chat-interactions/:uuid/', () => HttpResponse.json(orphan)));
    renderRoute(`/interactions/${orphan.uuid}`);
    expect(await screen.findByText('Orphaned question')).toBeInTheDocument();
  });
});
