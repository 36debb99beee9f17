import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '@mocks/node';
import { DEMO_TOKENS, DEMO_USERS } from '@mocks/tokens';
import { HOMEPORT_KEYS } from '@/features/auth/utils/homeport-session';
import { detectSessionSource, getToken } from '@/features/auth/utils/token-store';
import { renderRoute } from '@/test/render-route';
import { resumeAfterHandover } from './session';

// The first render of a file loads lazy routes: allow for a slow, busy machine.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

function signedInToHomeport(extra: Record<string, string> = {}) {
  localStorage.setItem(HOMEPORT_KEYS.token, DEMO_TOKENS.staff);
  localStorage.setItem(HOMEPORT_KEYS.method, 'local');
  for (const [key, value] of Object.entries(extra)) localStorage.setItem(key, value);
}

/** Queries that still hold data (a signed-out page must hold none). */
function queriesWithData(client: ReturnType<typeof renderRoute>['client']) {
  return client.getQueryCache().findAll({ predicate: (query) => query.state.data !== undefined });
}

/** Requests the fixtures saw while the test ran: path and the headers that matter here. */
function recordRequests() {
  const seen: { path: string; authorization: string | null; impersonated: string | null }[] = [];
  server.events.on('request:start', ({ request }) =>
    seen.push({
      path: new URL(request.url).pathname,
      authorization: request.headers.get('Authorization'),
      impersonated: request.headers.get('X-IMPERSONATED-USER-UUID'),
    }),
  );
  return seen;
}

describe('signed in through HomePort’s session', () => {
  it('opens the dashboard without a token form and says who is signed in, via HomePort', async () => {
    signedInToHomeport();
    const seen = recordRequests();
    renderRoute('/', { token: null });
    await screen.findByRole('meter', { name: 'Tokens used today' });
    expect(screen.getByText('Kadri Tamm')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'via HomePort' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('button', { name: 'Sign out of Waldur' })).toBeInTheDocument();
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((r) => r.authorization === `Token ${DEMO_TOKENS.staff}`)).toBe(true);
    expect(seen.map((r) => r.path)).not.toContain('/api/configuration/');
    server.events.removeAllListeners();
  });

  it('sends a signed-in user to the page asked for instead of the token form', async () => {
    signedInToHomeport();
    const { router } = renderRoute('/sign-in?next=%2Ffeedback', { token: null });
    await waitFor(() => expect(router.state.location.pathname).toBe('/feedback'));
    expect(screen.queryByLabelText('API token')).not.toBeInTheDocument();
  });

  it('a staff user impersonating a non-staff user gets the staff-only page and no chat data is asked for', async () => {
    signedInToHomeport({ [HOMEPORT_KEYS.impersonation]: DEMO_USERS.user.uuid });
    const seen = recordRequests();
    renderRoute('/', { token: null });
    await screen.findByRole('heading', { name: 'This dashboard is for staff and support' });
    expect(screen.getByText(/HomePort is impersonating/)).toHaveTextContent(
      'HomePort is impersonating Liis Mets',
    );
    expect(screen.getByRole('link', { name: 'Back to HomePort' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: 'via HomePort (impersonating)' })).toBeInTheDocument();
    expect(seen.filter((r) => r.path.includes('anonymous-chat'))).toEqual([]);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((r) => r.impersonated === DEMO_USERS.user.uuid)).toBe(true);
    server.events.removeAllListeners();
  });

  it('"Sign out of Waldur" does what HomePort’s sign-out does with its keys, then opens HomePort', async () => {
    signedInToHomeport({ [HOMEPORT_KEYS.impersonation]: 'x', [HOMEPORT_KEYS.language]: 'et' });
    localStorage.setItem(HOMEPORT_KEYS.redirect, '{"toState":"profile.details"}');
    const leave = vi.fn();
    const user = userEvent.setup();
    const { client } = renderRoute('/', { token: null, leave });
    await user.click(await screen.findByRole('button', { name: 'Sign out of Waldur' }));
    expect(leave).toHaveBeenCalledWith('/');
    expect(Object.keys(localStorage)).toEqual([HOMEPORT_KEYS.language]);
    expect(queriesWithData(client)).toEqual([]);
    expect(await screen.findByRole('status')).toHaveTextContent('Signed out. Opening HomePort…');
  });

  it('a 401 hands over to HomePort’s login, leaves HomePort’s keys alone and comes back afterwards', async () => {
    signedInToHomeport();
    const leave = vi.fn();
    server.use(
      http.get('*/api/anonymous-chat-interactions/by-user/', () =>
        HttpResponse.json({ detail: 'Invalid token.' }, { status: 401 }),
      ),
    );
    const { client } = renderRoute('/users?o=-last_seen', { token: null, leave });
    await waitFor(() => expect(leave).toHaveBeenCalledWith('/'));
    expect(leave).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem(HOMEPORT_KEYS.token)).toBe(DEMO_TOKENS.staff);
    expect(localStorage.getItem(HOMEPORT_KEYS.method)).toBe('local');
    expect(getToken()).toBeNull();
    expect(queriesWithData(client)).toEqual([]);
    expect(screen.queryByLabelText('API token')).not.toBeInTheDocument();

    // HomePort signed the person in again; a new page load of the dashboard at its start page.
    const navigate = vi.fn();
    const again = { navigate, currentPath: () => '/', reload: vi.fn(), leave };
    detectSessionSource();
    expect(resumeAfterHandover(again)).toBe('/users?o=-last_seen');
    expect(navigate).toHaveBeenCalledWith('/users?o=-last_seen', { replace: true });
    // Once: the next start page stays the start page.
    expect(resumeAfterHandover(again)).toBeNull();
  });
});
