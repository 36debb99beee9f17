import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { DEMO_TOKENS } from '@mocks/tokens';
import { configureClient } from '@/api/client';
import { getCredentials, setToken } from '@/features/auth/utils/token-store';
import { transcriptQueries } from '@/features/transcript/api/queries';
import { paths } from '@/lib/paths';
import { createTestQueryClient } from '@/test/render';
import { prefetchFirstScreen } from './prefetch';

describe('prefetchFirstScreen with an id that needs encoding', () => {
  it('asks for, and caches under, the same id the page will (not a twice-encoded one)', async () => {
    const id = 'a b<c>"{x}%';
    const seen: string[] = [];
    const listener = ({ request }: { request: Request }) => void seen.push(new URL(request.url).pathname);
    server.events.on('request:start', listener);
    try {
      configureClient({ getCredentials });
      setToken(DEMO_TOKENS.staff, false);
      const client = createTestQueryClient();
      prefetchFirstScreen(client, paths.transcript.href(id));
      await waitFor(() => expect(client.getQueryData(transcriptQueries.bySession(id).queryKey)).toEqual([]));
      expect(seen.filter((path) => path.includes('/by-session/'))).toEqual([
        `/api/anonymous-chat-interactions/by-session/${encodeURIComponent(id)}/`,
      ]);
    } finally {
      server.events.removeListener('request:start', listener);
    }
  });
});
