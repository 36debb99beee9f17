import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUDGET_RESETS_AT, makeBudget } from '@mocks/factories/budget';
import { server } from '@mocks/node';
import type { BudgetSnapshot } from '@/api/schemas/budget';
import { resetPreferences, setPreference } from '@/hooks/use-preferences';
import { formatTimeOfDay } from '@/lib/format/date';
import { endSession } from '@/lib/session-scope';
import { renderWithProviders } from '@/test/render';
import { BudgetCard } from './budget-card';

const BUDGET_URL = '*/api/anonymous-chat-interactions/budget/';
const NOW = new Date('2026-08-22T14:47:16Z');
const MIDNIGHT = BUDGET_RESETS_AT;
const NEXT_MIDNIGHT = '2026-08-24T00:00:00Z';
const YESTERDAY = "Still showing yesterday's total: the server resets lazily after midnight.";

type Reply = BudgetSnapshot | { status: number };
let reply: Reply;
let calls = 0;

/** Serves whatever `reply` holds at the time of each request, so a test can change it between polls. */
function serveBudget(first: Reply): void {
  reply = first;
  server.use(
    http.get(BUDGET_URL, () => {
      calls += 1;
      if ('status' in reply) return HttpResponse.json({ detail: 'Server error' }, { status: reply.status });
      return HttpResponse.json(reply);
    }),
  );
}

/** Lets the 30 s poll fire and its response land. */
async function nextPoll(): Promise<void> {
  const before = calls;
  await act(() => vi.advanceTimersByTimeAsync(30_000));
  await waitFor(() => expect(calls).toBeGreaterThan(before));
}

function card() {
  return screen.getByRole('region', { name: 'Token budget today' });
}

beforeEach(() => {
  calls = 0;
  vi.useFakeTimers({ shouldAdvanceTime: true, now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  resetPreferences();
});

describe('BudgetCard states', () => {
  it('shows a skeleton of the card while the first poll is in flight', async () => {
    server.use(
      http.get(BUDGET_URL, async () => {
        await delay('infinite');
        return HttpResponse.json(makeBudget(0));
      }),
    );
    renderWithProviders(<BudgetCard owner={null} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Token budget today' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Loading the token budget' })).toBeInTheDocument();
  });

  it('normal: gauge, figures in full and compact form, countdown and update time', async () => {
    serveBudget(makeBudget(1_210_400));
    renderWithProviders(<BudgetCard owner={null} />);

    const meter = await screen.findByRole('meter', { name: 'Tokens used today' });
    expect(meter).toHaveAttribute('aria-valuenow', '24');
    expect(meter).toHaveAttribute('aria-valuemin', '0');
    expect(meter).toHaveAttribute('aria-valuemax', '100');
    expect(meter).toHaveAttribute('aria-valuetext', '24% of the daily token cap used');
    expect(screen.getByText("Normal: 24% of today's cap used")).toBeInTheDocument();

    const region = card();
    expect(within(region).getByText('1,210,400')).toBeInTheDocument();
    expect(within(region).getByText('(1.2M)', { exact: false })).toBeInTheDocument();
    expect(within(region).getByText('3,789,600')).toBeInTheDocument();
    expect(within(region).getByText('5,000,000')).toBeInTheDocument();
    expect(region).toHaveTextContent(/Resets in 09:12:4\d \(00:00 UTC\)/);
    expect(region).toHaveTextContent('Updated just now');
    // The first reading already gives a pace: 1,210,400 tokens in the 14.8 h since 00:00 UTC.
    expect(region).toHaveTextContent('≈ 81,900 tokens/hour (average since 00:00 UTC)');
    expect(region).toHaveTextContent('Not before reset');
    expect(screen.queryByText(/Requests today/)).not.toBeInTheDocument();
    expect(screen.queryByText('Stale')).not.toBeInTheDocument();
  });

  it('leaves out the compact form when it says the same', async () => {
    serveBudget(makeBudget(100, { tokens_limit: 0 }));
    renderWithProviders(<BudgetCard owner={null} />);
    await screen.findByText('No daily cap');
    expect(within(card()).getByText('100')).toBeInTheDocument();
    expect(card()).not.toHaveTextContent('(100)');
  });

  it('warning at 80 %, late in the day', async () => {
    vi.setSystemTime(new Date('2026-08-22T22:30:00Z'));
    serveBudget(makeBudget(4_000_000));
    renderWithProviders(<BudgetCard owner={null} />);
    expect(await screen.findByText("Warning: 80% of today's cap used")).toBeInTheDocument();
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuenow', '80');
    expect(card()).toHaveTextContent('Not before reset');
  });

  it('critical at 95 %, with too little time left to reach the cap', async () => {
    vi.setSystemTime(new Date('2026-08-22T23:30:00Z'));
    serveBudget(makeBudget(4_800_000));
    renderWithProviders(<BudgetCard owner={null} />);
    expect(await screen.findByText("Critical: 96% of today's cap used")).toBeInTheDocument();
  });

  it('says when the pace reaches the cap before the reset, whatever the percentage', async () => {
    // 2,300,000 in the 8 h since midnight: 287,500 an hour, 2,700,000 left → 9.4 h → 17:23 UTC.
    vi.setSystemTime(new Date('2026-08-22T08:00:00Z'));
    serveBudget(makeBudget(2_300_000));
    renderWithProviders(<BudgetCard owner={null} />);
    const headline = await screen.findByText('On pace to reach the cap at 17:23 UTC');
    expect(headline).toHaveAttribute('data-kind', 'warning');
    expect(within(card()).getByText("46% of today's cap used")).toBeInTheDocument();
    expect(card()).not.toHaveTextContent('Normal');
    expect(card()).toHaveTextContent('≈ 288,000 tokens/hour (average since 00:00 UTC)');
  });

  it('keeps the critical tone when the pace reaches the cap at 96 %', async () => {
    serveBudget(makeBudget(4_800_000));
    renderWithProviders(<BudgetCard owner={null} />);
    const headline = await screen.findByText(/^On pace to reach the cap at 15:2\d UTC$/);
    expect(headline).toHaveAttribute('data-kind', 'critical');
    expect(within(card()).getByText("96% of today's cap used")).toBeInTheDocument();
  });

  it('exhausted at 100 %: chats refused, nothing remaining, cap reached', async () => {
    serveBudget(makeBudget(5_120_000));
    renderWithProviders(<BudgetCard owner={null} />);
    expect(
      await screen.findByText('Budget exhausted — new chats are refused until reset'),
    ).toBeInTheDocument();
    const meter = screen.getByRole('meter');
    expect(meter).toHaveAttribute('aria-valuenow', '100');
    expect(meter).toHaveAttribute('aria-valuetext', '102% of the daily token cap used');
    expect(within(card()).getByText('0')).toBeInTheDocument();
    expect(card()).toHaveTextContent('Cap reached');
  });

  it('no cap: says so and shows no gauge', async () => {
    serveBudget(makeBudget(812_000, { tokens_limit: 0 }));
    renderWithProviders(<BudgetCard owner={null} />);
    expect(await screen.findByText('No daily cap')).toBeInTheDocument();
    expect(screen.queryByRole('meter')).not.toBeInTheDocument();
    expect(within(card()).getByText('812,000')).toBeInTheDocument();
    expect(card()).not.toHaveTextContent('Remaining');
    expect(card()).not.toHaveTextContent('Projection');
    // Sized to its content, not to the gauge's skeleton (e2e/budget.spec.ts checks the gap).
    expect(card()).toHaveAttribute('data-gaugeless');
  });

  it('shows a second gauge when the server sends request counts', async () => {
    serveBudget(makeBudget(1_000_000, { requests_today: 960, requests_limit: 1000 }));
    renderWithProviders(<BudgetCard owner={null} />);
    expect(await screen.findByRole('heading', { level: 3, name: 'Requests today' })).toBeInTheDocument();
    expect(screen.getAllByRole('meter')).toHaveLength(2);
    expect(screen.getByRole('meter', { name: 'Requests used today' })).toHaveAttribute(
      'aria-valuetext',
      '96% of the daily request cap used',
    );
    expect(screen.getByText("Critical: 96% of today's request cap used")).toBeInTheDocument();
  });

  it('honours the UTC/local time choice', async () => {
    setPreference('timeZone', 'local');
    serveBudget(makeBudget(100));
    renderWithProviders(<BudgetCard owner={null} />);
    await screen.findByRole('meter');
    expect(card()).toHaveTextContent(`(${formatTimeOfDay(MIDNIGHT, 'local')})`);
    expect(card()).toHaveTextContent(`average since ${formatTimeOfDay('2026-08-22T00:00:00Z', 'local')}`);
    expect(card()).not.toHaveTextContent('UTC');
  });
});

describe('BudgetCard polling and errors', () => {
  it('first-load error: a section error with a working retry', async () => {
    serveBudget({ status: 500 });
    renderWithProviders(<BudgetCard owner={null} />);
    expect(await screen.findByText('Could not load the token budget.')).toBeInTheDocument();
    reply = makeBudget(2_000_000);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText("Normal: 40% of today's cap used")).toBeInTheDocument();
  });

  it('a failed poll keeps the last value on screen, marks it stale, and retries', async () => {
    serveBudget(makeBudget(1_210_400));
    renderWithProviders(<BudgetCard owner={null} />);
    await screen.findByText("Normal: 24% of today's cap used");

    reply = { status: 503 };
    await nextPoll();
    expect(
      await screen.findByText('Last update failed — showing the value from 14:47 UTC.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Stale')).toBeInTheDocument();
    expect(screen.getByText("Normal: 24% of today's cap used")).toBeInTheDocument();
    expect(within(card()).getByText('1,210,400')).toBeInTheDocument();
    expect(card()).toHaveTextContent('Updated 30 s ago');

    reply = makeBudget(1_300_000);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByText(/Last update failed/)).not.toBeInTheDocument());
    expect(screen.queryByText('Stale')).not.toBeInTheDocument();
    expect(within(card()).getByText('1,300,000')).toBeInTheDocument();
  });

  it("refines the day's average to the recent pace once the polls span five minutes", async () => {
    serveBudget(makeBudget(4_000_000));
    renderWithProviders(<BudgetCard owner={null} />);
    // The first reading: 4,000,000 in 14.79 h since 00:00 UTC → 270,000 an hour → 18:29 UTC.
    await screen.findByText('On pace to reach the cap at 18:29 UTC');
    expect(card()).toHaveTextContent('≈ 270,000 tokens/hour (average since 00:00 UTC)');
    expect(card()).toHaveTextContent('Cap reached at about 18:29 UTC');

    // 2,500 tokens every 30 s for 5 minutes = 300,000/hour; 975,000 left at 14:52:16 → 18:07 UTC.
    for (let i = 1; i <= 10; i += 1) {
      reply = makeBudget(4_000_000 + 2_500 * i);
      await nextPoll();
    }
    await waitFor(() => expect(card()).toHaveTextContent('≈ 300,000 tokens/hour (last 5 minutes of polls)'));
    expect(card()).toHaveTextContent('Cap reached at about 18:07 UTC');
    expect(screen.getByText('On pace to reach the cap at 18:07 UTC')).toBeInTheDocument();

    // Ten quiet minutes: 25,000 over 15 minutes is 100,000/hour, and the cap moves past midnight.
    for (let i = 0; i < 20; i += 1) await nextPoll();
    await waitFor(() => expect(card()).toHaveTextContent('Not before reset'));
    expect(screen.getByText("Warning: 80% of today's cap used")).toBeInTheDocument();
  });

  it('keeps the poll history per QueryClient, across unmount and remount', async () => {
    serveBudget(makeBudget(4_000_000));
    const { client, unmount } = renderWithProviders(<BudgetCard owner={null} />);
    await screen.findByText(/average since 00:00 UTC/);
    for (let i = 1; i <= 10; i += 1) {
      reply = makeBudget(4_000_000 + 2_500 * i);
      await nextPoll();
    }
    await waitFor(() => expect(card()).toHaveTextContent('≈ 300,000 tokens/hour'));
    unmount();

    renderWithProviders(<BudgetCard owner={null} />, { client });
    expect(await screen.findByText(/≈ 300,000 tokens\/hour/)).toBeInTheDocument();
  });

  it("keeps the user's poll history across a reload, and drops it when the session ends", async () => {
    serveBudget(makeBudget(4_000_000));
    const first = renderWithProviders(<BudgetCard owner="staff-1" />);
    await screen.findByText(/average since 00:00 UTC/);
    for (let i = 1; i <= 10; i += 1) {
      reply = makeBudget(4_000_000 + 2_500 * i);
      await nextPoll();
    }
    await waitFor(() => expect(card()).toHaveTextContent('(last 5 minutes of polls)'));
    // Totals and their times under the user they were read for: nothing else (never a token).
    const kept = JSON.parse(sessionStorage.getItem('waa.budget-polls') ?? '{}') as Record<string, unknown>;
    expect(Object.keys(kept).sort()).toEqual(['history', 'owner']);
    expect(kept.owner).toBe('staff-1');
    first.unmount();

    // A reload: a new QueryClient; the first reading comes on top of the kept polls.
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    reply = makeBudget(4_030_000);
    const again = renderWithProviders(<BudgetCard owner="staff-1" />);
    await waitFor(() => expect(card()).toHaveTextContent(/last \d+ minutes of polls/));
    again.unmount();

    // Someone else in this tab starts from the day's average.
    const other = renderWithProviders(<BudgetCard owner="staff-2" />);
    await waitFor(() => expect(card()).toHaveTextContent('average since 00:00 UTC'));
    other.unmount();

    endSession();
    expect(sessionStorage.getItem('waa.budget-polls')).toBeNull();
  });

  /** The card at `time` with `tokens` used, once it says `state`: its polite live region. */
  async function liveRegionAt(time: string, tokens: number, state: string) {
    vi.setSystemTime(new Date(time));
    serveBudget(makeBudget(tokens));
    const { container } = renderWithProviders(<BudgetCard owner={null} />);
    await screen.findByText(state);
    return container.querySelector('[aria-live="polite"]');
  }

  it('announces a change of state politely, once', async () => {
    const live = await liveRegionAt('2026-08-22T23:30:00Z', 3_900_000, "Normal: 78% of today's cap used");
    expect(live).toHaveTextContent('');

    reply = makeBudget(4_100_000);
    await nextPoll();
    await waitFor(() => expect(live).toHaveTextContent("Token budget: Warning: 82% of today's cap used."));

    reply = makeBudget(4_150_000);
    await nextPoll();
    await waitFor(() => expect(within(card()).getByText('4,150,000')).toBeInTheDocument());
    expect(live).toHaveTextContent("Token budget: Warning: 82% of today's cap used.");
  });

  it('announces the pace reaching the cap before the reset', async () => {
    const live = await liveRegionAt('2026-08-22T08:00:00Z', 1_000_000, "Normal: 20% of today's cap used");

    reply = makeBudget(2_300_000);
    await nextPoll();
    await waitFor(() =>
      expect(live).toHaveTextContent(/^Token budget: On pace to reach the cap at 17:2\d UTC\.$/),
    );
  });
});

describe('BudgetCard after midnight (lazy server reset)', () => {
  it("says it is still showing yesterday's total until the server's value drops", async () => {
    vi.setSystemTime(new Date('2026-08-22T23:59:35Z'));
    serveBudget(makeBudget(4_200_000));
    renderWithProviders(<BudgetCard owner={null} />);
    await screen.findByText("Warning: 84% of today's cap used");
    expect(card()).toHaveTextContent(/Resets in 00:00:2\d \(00:00 UTC\)/);
    expect(screen.queryByText(YESTERDAY)).not.toBeInTheDocument();

    // After midnight the server names the next midnight but has not reset the counter yet.
    reply = makeBudget(4_200_000, { resets_at: NEXT_MIDNIGHT });
    await nextPoll();
    expect(await screen.findByText(YESTERDAY)).toBeInTheDocument();
    expect(screen.getByText('Stale')).toBeInTheDocument();
    expect(screen.getByText("Warning: 84% of today's cap used")).toBeInTheDocument();

    // Polls keep returning the frozen total: still stale.
    await nextPoll();
    expect(screen.getByText(YESTERDAY)).toBeInTheDocument();

    // The first chat of the day resets the counter.
    reply = makeBudget(1_500, { resets_at: NEXT_MIDNIGHT });
    await nextPoll();
    await waitFor(() => expect(screen.queryByText(YESTERDAY)).not.toBeInTheDocument());
    expect(screen.queryByText('Stale')).not.toBeInTheDocument();
    expect(screen.getByText("Normal: 0% of today's cap used")).toBeInTheDocument();
    expect(card()).toHaveTextContent(/Resets in 23:5\d:\d\d \(00:00 UTC\)/);
  });

  it('marks the value stale at midnight even before the next poll', async () => {
    vi.setSystemTime(new Date('2026-08-22T23:59:50Z'));
    serveBudget(makeBudget(4_200_000));
    renderWithProviders(<BudgetCard owner={null} />);
    await screen.findByText("Warning: 84% of today's cap used");

    reply = { status: 503 };
    await act(() => vi.advanceTimersByTimeAsync(12_000));
    expect(await screen.findByText(YESTERDAY)).toBeInTheDocument();
    expect(card()).toHaveTextContent('Reset due (00:00 UTC) — waiting for the server');
  });
});

describe('Budget watch', () => {
  it('puts the state in the tab title when warning or worse, and restores it', async () => {
    document.title = 'Overview · Assistant Analytics';
    serveBudget(makeBudget(4_800_000));
    const { unmount } = renderWithProviders(<BudgetCard owner={null} />);
    await waitFor(() => expect(document.title).toBe('96% · Critical · Overview · Assistant Analytics'));

    // A page changing its own title keeps the prefix.
    document.title = 'Visitors · Assistant Analytics';
    await waitFor(() => expect(document.title).toBe('96% · Critical · Visitors · Assistant Analytics'));

    unmount();
    expect(document.title).toBe('Visitors · Assistant Analytics');
  });

  it('leaves the title alone while normal', async () => {
    document.title = 'Overview · Assistant Analytics';
    serveBudget(makeBudget(1_000_000));
    renderWithProviders(<BudgetCard owner={null} />);
    await screen.findByText("Normal: 20% of today's cap used");
    expect(document.title).toBe('Overview · Assistant Analytics');
  });

  it('notifies once per threshold after opting in', async () => {
    const shown: { title: string; options?: NotificationOptions }[] = [];
    class FakeNotification {
      static permission: NotificationPermission = 'default';
      static requestPermission = vi.fn(async () => {
        FakeNotification.permission = 'granted';
        return 'granted' as const;
      });
      constructor(title: string, options?: NotificationOptions) {
        shown.push({ title, options });
      }
    }
    vi.stubGlobal('Notification', FakeNotification);

    serveBudget(makeBudget(3_000_000));
    renderWithProviders(<BudgetCard owner={null} />);
    await screen.findByText("Normal: 60% of today's cap used");

    const toggle = screen.getByRole('button', { name: 'Notify me' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle);
    expect(FakeNotification.requestPermission).toHaveBeenCalledOnce();
    await waitFor(() => expect(toggle).toHaveAttribute('aria-pressed', 'true'));
    expect(localStorage.getItem('waa.budget-notify')).toBe('on');

    reply = makeBudget(4_760_000);
    await nextPoll();
    await waitFor(() => expect(shown).toHaveLength(1));
    expect(shown[0].title).toBe('Assistant token budget: Critical');

    reply = makeBudget(4_780_000);
    await nextPoll();
    await waitFor(() => expect(within(card()).getByText('4,780,000')).toBeInTheDocument());
    expect(shown).toHaveLength(1);

    reply = makeBudget(5_000_000);
    await nextPoll();
    await waitFor(() => expect(shown).toHaveLength(2));
    expect(shown[1].title).toBe('Assistant token budget: Exhausted');

    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(localStorage.getItem('waa.budget-notify')).toBeNull();
  });

  it('hides the toggle where the browser has no notifications', async () => {
    vi.stubGlobal('Notification', undefined);
    serveBudget(makeBudget(100));
    renderWithProviders(<BudgetCard owner={null} />);
    await screen.findByRole('meter');
    expect(screen.queryByRole('button', { name: 'Notify me' })).not.toBeInTheDocument();
  });
});
