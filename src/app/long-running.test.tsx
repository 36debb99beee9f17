import { act, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBudget } from '@mocks/factories/budget';
import { server } from '@mocks/node';
import { budgetStore } from '@/features/budget/hooks/budget-store';
import { MAX_SAMPLES } from '@/features/budget/utils/budget-math';
import { createQueryClient } from '@/lib/query-client';
import { renderRoute } from '@/test/render-route';

/**
 * The overview left open for a day (issue 6 §6): 2,880 budget polls at 30 s on fake timers,
 * across a midnight reset and a one-hour server outage, with the app's real QueryClient (retry
 * with backoff). Whatever grows with time — cache entries, poll history, listeners, timers —
 * must stay flat, and the card must recover by itself.
 */

const START = Date.parse('2026-08-22T12:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const OUTAGE = { from: START + 6 * HOUR, to: START + 7 * HOUR };
const LIMIT = 5_000_000;

let polls = 0;
let failures = 0;

/** Tokens climb through the UTC day and drop to (nearly) zero at 00:00 UTC. */
function budgetAt(now: number) {
  const midnight = Math.floor(now / DAY) * DAY;
  return makeBudget(Math.round(200_000 + 3_000_000 * ((now - midnight) / DAY)), {
    tokens_limit: LIMIT,
    resets_at: new Date(midnight + DAY).toISOString(),
  });
}

/** Counts listeners added and removed on window and document, to see that they balance. */
function countListeners() {
  const live = new Map<string, number>();
  const targets = [window, document];
  const spies = targets.flatMap((target) => {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    type Args = [string, EventListenerOrEventListenerObject | null, (boolean | AddEventListenerOptions)?];
    return [
      vi.spyOn(target, 'addEventListener').mockImplementation((...[type, listener, options]: Args) => {
        live.set(type, (live.get(type) ?? 0) + 1);
        add(type, listener as EventListenerOrEventListenerObject, options);
      }),
      vi.spyOn(target, 'removeEventListener').mockImplementation((...[type, listener, options]: Args) => {
        live.set(type, (live.get(type) ?? 0) - 1);
        remove(type, listener as EventListenerOrEventListenerObject, options);
      }),
    ];
  });
  return {
    total: () => [...live.values()].reduce((sum, n) => sum + n, 0),
    restore: () => spies.forEach((spy) => spy.mockRestore()),
  };
}

beforeEach(() => {
  polls = 0;
  failures = 0;
  // shouldAdvanceTime: fetch and Testing Library need a clock that moves on its own too.
  vi.useFakeTimers({ now: START, shouldAdvanceTime: true });
  server.use(
    http.get('*/api/anonymous-chat-interactions/budget/', () => {
      polls += 1;
      const now = Date.now();
      if (now >= OUTAGE.from && now < OUTAGE.to) {
        failures += 1;
        return HttpResponse.json({ detail: 'Service temporarily unavailable.' }, { status: 503 });
      }
      return HttpResponse.json(budgetAt(now));
    }),
  );
});
afterEach(() => {
  vi.useRealTimers();
});

vi.setConfig({ testTimeout: 240_000 });

describe('a day-long overview tab', () => {
  it('keeps memory flat, rides out an outage and the midnight reset, and recovers by itself', async () => {
    const listeners = countListeners();
    const client = createQueryClient();
    const view = renderRoute('/', { client });
    const card = () => screen.getByRole('region', { name: 'Token budget today' });
    await act(() => vi.advanceTimersByTimeAsync(2_000));
    expect(await screen.findByRole('meter', { name: 'Tokens used today' })).toBeInTheDocument();

    const cache = client.getQueryCache() as unknown as { getAll: () => unknown[]; listeners: Set<unknown> };
    const samples: {
      hour: number;
      queries: number;
      cacheListeners: number;
      timers: number;
      observed: number;
      domListeners: number;
      history: number;
    }[] = [];

    let sawOutage = false;
    let sawMidnight = false;
    for (let step = 1; step <= DAY / 30_000; step += 1) {
      await act(() => vi.advanceTimersByTimeAsync(30_000));
      const now = Date.now();
      // During the outage: the last value stays on screen, marked stale, with a retry.
      if (!sawOutage && now > OUTAGE.from + 10 * 60_000) {
        sawOutage = true;
        expect(card()).toHaveTextContent(/Last update failed — showing the value from/);
        expect(screen.getByRole('meter', { name: 'Tokens used today' })).toBeInTheDocument();
        expect(screen.getByText('Stale')).toBeInTheDocument();
      }
      // The first minutes after midnight: today's small total, nothing stale, a fresh countdown.
      const midnight = Math.floor(START / DAY) * DAY + DAY;
      if (!sawMidnight && now > midnight + 5 * 60_000) {
        sawMidnight = true;
        expect(card()).not.toHaveTextContent(/yesterday/);
        expect(screen.queryByText('Stale')).not.toBeInTheDocument();
        expect(screen.getByRole('meter', { name: 'Tokens used today' })).toHaveAttribute(
          'aria-valuenow',
          '4',
        );
      }
      if (step % 120 === 0) {
        samples.push({
          hour: step / 120,
          queries: cache.getAll().length,
          cacheListeners: cache.listeners.size,
          timers: vi.getTimerCount(),
          observed: client
            .getQueryCache()
            .getAll()
            .filter((query) => query.getObserversCount() > 0).length,
          domListeners: listeners.total(),
          history: budgetStore(client).getHistory().samples.length,
        });
      }
    }

    // Recovered on its own after the outage, and polled the whole day (3 retries per failed poll).
    expect(sawOutage && sawMidnight).toBe(true);
    expect(failures).toBeGreaterThan(100);
    expect(polls).toBeGreaterThan(2_880);
    expect(card()).not.toHaveTextContent(/Last update failed/);
    expect(screen.queryByText('Stale')).not.toBeInTheDocument();

    // Nothing grew with time. The first hourly sample is the baseline (the whole first screen is
    // loaded by then). The sample taken at midnight itself is left out: the new day's KPI entries
    // then exist beside yesterday's, which wait out their gcTime (10 min) on a timer each; the
    // samples after it show they went.
    const [first, ...rest] = samples;
    for (const sample of rest.filter((item) => item.hour !== 12)) {
      const at = `at hour ${sample.hour}`;
      expect(sample.queries, `cache entries ${at}`).toBeLessThanOrEqual(first.queries);
      // Each observed query holds a staleness timer while its data is fresh and none once it is
      // stale, so the count moves with where a sample falls between two refetches (by up to one
      // per observed query); a leak would keep growing through the day.
      expect(sample.timers, `timers ${at}`).toBeLessThanOrEqual(first.timers + first.observed);
      expect(sample.cacheListeners, `cache listeners ${at}`).toBeLessThanOrEqual(first.cacheListeners);
      expect(sample.domListeners, `DOM listeners ${at}`).toBeLessThanOrEqual(first.domListeners);
      expect(sample.history, `poll history ${at}`).toBeLessThanOrEqual(MAX_SAMPLES);
    }
    expect(samples.at(-1)?.queries).toBe(first.queries);
    view.unmount();
    listeners.restore();
  });
});
