import { waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { getDb } from '@mocks/db';
import { DEMO_TOKENS } from '@mocks/tokens';
import { configureClient } from '@/api/client';
import { sessionQueries } from '@/features/auth/api/queries';
import { getCredentials, setToken } from '@/features/auth/utils/token-store';
import { budgetQueries } from '@/features/budget/api/queries';
import { transcriptQueries } from '@/features/transcript/api/queries';
import { createTestQueryClient } from '@/test/render';
import { prefetchFirstScreen } from './prefetch';

/** Paths the fixtures were asked for while a test ran. */
function recordRequests() {
  const paths: string[] = [];
  const listener = ({ request }: { request: Request }) => void paths.push(new URL(request.url).pathname);
  server.events.on('request:start', listener);
  return { paths, stop: () => server.events.removeListener('request:start', listener) };
}

describe('prefetchFirstScreen', () => {
  let requests: ReturnType<typeof recordRequests>;
  beforeEach(() => {
    // What installSessionHandling does in the app, without the sign-out navigation.
    configureClient({ getCredentials });
    requests = recordRequests();
  });
  afterEach(() => requests.stop());

  it('asks nothing without a token', async () => {
    prefetchFirstScreen(createTestQueryClient(), '/sessions/abc');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests.paths).toEqual([]);
  });

  it('starts the session and, for staff, the conversation of a pasted transcript link', async () => {
    const [sessionId] = [...getDb().bySession.keys()].filter(Boolean);
    setToken(DEMO_TOKENS.staff, false);
    const client = createTestQueryClient();
    prefetchFirstScreen(client, `/sessions/${encodeURIComponent(sessionId)}`);
    await waitFor(() =>
      expect(client.getQueryData(transcriptQueries.bySession(sessionId).queryKey)).toHaveLength(
        getDb().bySession.get(sessionId)?.length ?? -1,
      ),
    );
    expect(requests.paths).toEqual(
      expect.arrayContaining([
        '/api/users/me/',
        '/api/version/',
        `/api/anonymous-chat-interactions/by-session/${sessionId}/`,
      ]),
    );
    // The first page of the conversation went out before the whole of it.
    const head = requests.paths.indexOf('/api/anonymous-chat-interactions/');
    expect(head).toBeGreaterThanOrEqual(0);
    expect(head).toBeLessThan(
      requests.paths.indexOf(`/api/anonymous-chat-interactions/by-session/${sessionId}/`),
    );
    expect(client.getQueryData(transcriptQueries.head(sessionId).queryKey)).toMatchObject({
      items: getDb()
        .bySession.get(sessionId)
        ?.slice(0, 10)
        .map((turn) => expect.objectContaining({ uuid: turn.json.uuid })),
    });
  });

  it('starts the budget for the overview', async () => {
    setToken(DEMO_TOKENS.support, false);
    const client = createTestQueryClient();
    prefetchFirstScreen(client, '/');
    await waitFor(() => expect(client.getQueryData(budgetQueries.snapshot().queryKey)).toBeDefined());
  });

  it('makes no data call for a user who is neither staff nor support', async () => {
    setToken(DEMO_TOKENS.user, false);
    const client = createTestQueryClient();
    prefetchFirstScreen(client, '/');
    await waitFor(() =>
      expect(client.getQueryData(sessionQueries.me().queryKey)).toMatchObject({ is_staff: false }),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requests.paths.filter((path) => path.includes('anonymous-chat'))).toEqual([]);
  });
});
