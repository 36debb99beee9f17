import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { renderRoute } from '@/test/render-route';

const KPI = '*/api/anonymous-chat-interactions/kpi/';

/** Counts requests per endpoint path while the test runs. */
function countRequests() {
  const counts = new Map<string, number>();
  const listener = ({ request }: { request: Request }) => {
    const path = new URL(request.url).pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
  };
  server.events.on('request:start', listener);
  return {
    get: (path: string) => counts.get(path) ?? 0,
    stop: () => server.events.removeListener('request:start', listener),
  };
}

// The first render loads the lazy page module (and Recharts) cold.
describe('overview page', { timeout: 20_000 }, () => {
  it('keeps the budget card above the filtered sections, and filters never refetch it', async () => {
    const requests = countRequests();
    const user = userEvent.setup();
    renderRoute('/');
    const budget = await screen.findByRole('region', { name: 'Token budget today' }, { timeout: 10_000 });
    // The key figures are a lazy module of their own, loaded cold here: as long a wait as the budget's.
    const turns = await screen.findByRole('group', { name: 'Turns' }, { timeout: 10_000 });
    await within(turns).findByText(/^\d[\d,]*$/);
    const filters = screen.getByRole('search', { name: 'Filters for the figures and charts' });
    expect(budget.compareDocumentPosition(filters) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // What is new comes first, at the top of the page.
    const news = await screen.findByRole('region', { name: 'Since your last visit' });
    expect(news.compareDocumentPosition(budget) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const budgetCalls = requests.get('/api/anonymous-chat-interactions/budget/');
    const kpiCalls = requests.get('/api/anonymous-chat-interactions/kpi/');
    await user.click(within(filters).getByRole('button', { name: '7 days' }));
    await waitFor(() =>
      expect(requests.get('/api/anonymous-chat-interactions/kpi/')).toBeGreaterThan(kpiCalls),
    );
    expect(requests.get('/api/anonymous-chat-interactions/budget/')).toBe(budgetCalls);
    expect(screen.getByRole('region', { name: 'Token budget today' })).toBe(budget);
    requests.stop();
  });

  it('keeps the budget card working when kpi/ fails, with one error for the figures and charts', async () => {
    server.use(http.get(KPI, () => HttpResponse.json({ detail: 'boom' }, { status: 500 })));
    renderRoute('/');
    const figures = await screen.findByRole('region', { name: 'Key figures' }, { timeout: 10_000 });
    expect(await within(figures).findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      /Could not load the key figures and charts/,
    );
    await waitFor(() =>
      expect(screen.getAllByText('Not available: the key figures above could not be loaded.')).toHaveLength(
        3,
      ),
    );
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    const budget = screen.getByRole('region', { name: 'Token budget today' });
    expect(within(budget).queryByRole('alert')).toBeNull();
    expect(await within(budget).findAllByRole('meter')).not.toHaveLength(0);
    // The visitors' share of the budget rests on kpi/ too: it says why it is missing.
    expect(
      await within(budget).findByRole('note', { name: "Anonymous visitors' share: not available" }),
    ).toHaveAccessibleDescription(/could not be loaded/);
  });
});
