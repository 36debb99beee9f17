import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '@mocks/node';
import { DEMO_TOKENS } from '@mocks/tokens';
import { getToken } from '@/features/auth/utils/token-store';
import { budgetStore } from '@/features/budget/hooks/budget-store';
import { kpiQueries } from '@/features/kpi/api/queries';
import { markdownCacheSize, markdownTree } from '@/features/transcript/utils/markdown';
import { renderRoute } from '@/test/render-route';

// The first render of a file loads lazy routes: allow for a slow, busy machine.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

const BY_USER = '*/api/anonymous-chat-interactions/by-user/';

/** A request that never answers; resolves with its signal once the app has sent it. */
function hangingRequest(path: string): Promise<AbortSignal> {
  return new Promise((resolve) => {
    server.use(
      http.get(path, async ({ request }) => {
        resolve(request.signal);
        await delay('infinite');
        return HttpResponse.json([]);
      }),
    );
  });
}

/** Queries that still hold data (a query without data shows nothing to anyone). */
function cachedData(client: ReturnType<typeof renderRoute>['client']): string[] {
  return client
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.data !== undefined)
    .map((query) => JSON.stringify(query.queryKey));
}

describe('session safety', () => {
  it('sign-out drops every cached answer, aborts requests in flight and forgets the token', async () => {
    const user = userEvent.setup();
    const { client } = renderRoute('/');
    await screen.findByRole('meter', { name: 'Tokens used today' });
    expect(cachedData(client).length).toBeGreaterThan(2);

    const pending = hangingRequest(BY_USER);
    await user.click(screen.getByRole('link', { name: 'Visitors' }));
    const signal = await pending;
    expect(signal.aborted).toBe(false);

    markdownTree('A reply a visitor was shown');
    expect(markdownCacheSize()).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('heading', { level: 1, name: /sign in/i });
    expect(signal.aborted, 'the visitors request was cancelled').toBe(true);
    expect(cachedData(client)).toEqual([]);
    // Derived state kept beside the cache goes too (the budget's poll history, parsed replies).
    expect(budgetStore(client).getHistory().samples).toEqual([]);
    expect(markdownCacheSize()).toBe(0);
    expect(getToken()).toBeNull();
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.getItem('waa.token')).toBeNull();
  });

  it('a new token (another person signing in) starts from an empty cache and cancels what was loading', async () => {
    const user = userEvent.setup();
    const { client, router } = renderRoute('/users');
    await screen.findByRole('table', { name: 'Visitors' });
    await waitFor(() => expect(cachedData(client).some((key) => key.includes('visitors'))).toBe(true));
    const before = client.getQueryCache().getAll();

    // Still signed in as staff, someone opens the sign-in page and types the support token.
    const pending = hangingRequest('*/api/anonymous-chat-interactions/kpi/');
    await router.navigate('/');
    const signal = await pending;
    await router.navigate('/sign-in?next=/users');
    await user.type(await screen.findByLabelText('API token'), DEMO_TOKENS.support);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/users'));
    expect(signal.aborted, 'the staff user’s kpi request was cancelled').toBe(true);
    expect(getToken()).toBe(DEMO_TOKENS.support);
    // Not one cache entry of the previous person survived the switch; the list is fetched again.
    const carried = client
      .getQueryCache()
      .getAll()
      .filter((query) => before.includes(query));
    expect(carried.map((query) => query.queryHash)).toEqual([]);
    await screen.findByRole('table', { name: 'Visitors' });
    expect(screen.getByText('Mart Kask')).toBeInTheDocument();
  });

  it('"remember me" off leaves nothing in localStorage', async () => {
    const user = userEvent.setup();
    renderRoute('/sign-in', { token: null });
    await user.type(await screen.findByLabelText('API token'), DEMO_TOKENS.staff);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('meter', { name: 'Tokens used today' });
    expect(sessionStorage.getItem('waa.token')).toBe(DEMO_TOKENS.staff);
    expect(Object.keys(localStorage)).toEqual([]);
  });

  it('a 401 drops the cache, cancels other requests and keeps the token out of the notice', async () => {
    const { client } = renderRoute('/');
    await screen.findByRole('meter', { name: 'Tokens used today' });
    const pending = hangingRequest(BY_USER);
    const user = userEvent.setup();
    await user.click(screen.getByRole('link', { name: 'Visitors' }));
    const signal = await pending;
    server.use(
      http.get('*/api/anonymous-chat-interactions/kpi/', () =>
        HttpResponse.json({ detail: 'Token has expired.' }, { status: 401 }),
      ),
    );
    markdownTree('Another reply a visitor was shown');
    await client.refetchQueries({ queryKey: kpiQueries.all() });
    await screen.findByRole('heading', { level: 1, name: /sign in/i });
    expect(signal.aborted).toBe(true);
    expect(cachedData(client)).toEqual([]);
    expect(markdownCacheSize()).toBe(0);
    expect(document.body.textContent).toContain('Token has expired.');
    expect(document.body.textContent).not.toContain(DEMO_TOKENS.staff);
    expect(getToken()).toBeNull();
  });
});
