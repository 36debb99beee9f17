import { describe, expect, it } from 'vitest';
import { BUDGET_RESETS_AT, makeBudget } from '@mocks/factories/budget';
import {
  budgetState,
  budgetWatchReducer,
  burnRate,
  crossedThresholds,
  currentPace,
  dayAverageRate,
  emptyHistory,
  initialBudgetWatch,
  isStale,
  parseHistory,
  MAX_SAMPLES,
  projectCapTime,
  recordReading,
  requestState,
  roundRate,
  shownRatio,
  usageState,
  type BudgetHistory,
  type BudgetWatch,
  type CappedUsage,
  type Sample,
} from './budget-math';

const MIDNIGHT = BUDGET_RESETS_AT;
const NEXT_MIDNIGHT = '2026-08-24T00:00:00Z';
const T_MIDNIGHT = Date.parse(MIDNIGHT);
const MIN = 60_000;
const HOUR = 60 * MIN;

function capped(used: number, limit: number): CappedUsage {
  const state = usageState(used, limit);
  if (state.kind === 'no-cap') throw new Error('expected a cap');
  return state;
}

describe('usageState / budgetState', () => {
  it.each([
    [0, 'normal'],
    [3_999_999, 'normal'],
    [4_000_000, 'warning'],
    [4_749_999, 'warning'],
    [4_750_000, 'critical'],
    [4_999_999, 'critical'],
    [5_000_000, 'exhausted'],
    [5_400_000, 'exhausted'],
  ])('%i of 5,000,000 tokens is %s', (tokens, kind) => {
    expect(budgetState(makeBudget(tokens)).kind).toBe(kind);
  });

  it('gives ratio, remaining and limit; remaining never negative', () => {
    expect(budgetState(makeBudget(3_210_400))).toEqual({
      kind: 'normal',
      ratio: 0.64208,
      used: 3_210_400,
      remaining: 1_789_600,
      limit: 5_000_000,
    });
    expect(budgetState(makeBudget(5_400_000))).toMatchObject({ ratio: 1.08, remaining: 0 });
  });

  it('treats a zero or negative limit as no cap', () => {
    expect(budgetState(makeBudget(123, { tokens_limit: 0 }))).toEqual({
      kind: 'no-cap',
      ratio: null,
      used: 123,
      remaining: null,
      limit: null,
    });
    expect(budgetState(makeBudget(123, { tokens_limit: -1 })).kind).toBe('no-cap');
  });

  it('hits thresholds exactly on small integer caps', () => {
    expect(usageState(19, 20).kind).toBe('critical');
    expect(usageState(4, 5).kind).toBe('warning');
    expect(usageState(3, 3).kind).toBe('exhausted');
  });
});

describe('requestState', () => {
  it('is null when the server sends no request counts (current servers)', () => {
    expect(requestState(makeBudget(10))).toBeNull();
  });
  it('works like tokens when both are present', () => {
    expect(requestState(makeBudget(10, { requests_today: 960, requests_limit: 1000 }))).toMatchObject({
      kind: 'critical',
      used: 960,
      remaining: 40,
    });
  });
  it('reads a count without a limit as no request cap', () => {
    expect(requestState(makeBudget(10, { requests_today: 42 }))?.kind).toBe('no-cap');
  });
});

describe('shownRatio', () => {
  it('rounds down so the label never runs ahead of the state', () => {
    expect(shownRatio(capped(3_999_999, 5_000_000))).toBe(0.79);
    expect(shownRatio(capped(4_999_999, 5_000_000))).toBe(0.99);
    expect(shownRatio(capped(29, 100))).toBe(0.29);
    expect(shownRatio(capped(5_400_000, 5_000_000))).toBe(1.08);
  });
  it('keeps one decimal below 10 %', () => {
    expect(shownRatio(capped(45_678, 1_000_000))).toBe(0.045);
    expect(shownRatio(capped(0, 1_000_000))).toBe(0);
  });
});

describe('crossedThresholds', () => {
  it('returns thresholds in (prev, next]', () => {
    expect(crossedThresholds(0.5, 0.79)).toEqual([]);
    expect(crossedThresholds(0.79, 0.8)).toEqual([0.8]);
    expect(crossedThresholds(0.8, 0.96)).toEqual([0.95]);
    expect(crossedThresholds(0.5, 1.2)).toEqual([0.8, 0.95, 1]);
    expect(crossedThresholds(0.96, 0.5)).toEqual([]);
  });
  it('treats an unknown previous ratio as below everything, and no cap as nothing', () => {
    expect(crossedThresholds(null, 0.95)).toEqual([0.8, 0.95]);
    expect(crossedThresholds(0.5, null)).toEqual([]);
  });
});

describe('recordReading', () => {
  const start = T_MIDNIGHT - 2 * HOUR;

  function feed(readings: [at: number, tokens: number, resetsAt?: string][]): BudgetHistory {
    return readings.reduce<BudgetHistory>(
      (history, [at, tokens, resetsAt]) =>
        recordReading(history, makeBudget(tokens, { resets_at: resetsAt }), at),
      emptyHistory,
    );
  }

  it('appends samples and ignores repeated or older readings', () => {
    const once = recordReading(emptyHistory, makeBudget(100), start);
    expect(recordReading(once, makeBudget(100), start)).toBe(once);
    expect(recordReading(once, makeBudget(50), start - 1)).toBe(once);
    expect(recordReading(once, makeBudget(200), start + 30_000).samples).toEqual([
      { at: start, tokens: 100 },
      { at: start + 30_000, tokens: 200 },
    ]);
  });

  it(`keeps at most ${MAX_SAMPLES} samples and the last hour`, () => {
    let history = emptyHistory;
    for (let i = 0; i < 500; i += 1)
      history = recordReading(history, makeBudget(i * 10), start - 3 * HOUR + i * 10_000);
    expect(history.samples).toHaveLength(MAX_SAMPLES);

    const sparse = feed([
      [start - 2 * HOUR, 10],
      [start - 30 * MIN, 20],
      [start, 30],
    ]);
    expect(sparse.samples.map((s) => s.tokens)).toEqual([20, 30]);
  });

  it('starts over when the total drops (a reset)', () => {
    const history = feed([
      [start, 1000],
      [start + MIN, 2000],
      [start + 2 * MIN, 50],
    ]);
    expect(history.samples).toEqual([{ at: start + 2 * MIN, tokens: 50 }]);
  });
});

describe('isStale (lazy midnight reset)', () => {
  const before = T_MIDNIGHT - 30_000;
  /** A poll after midnight: the server computes resets_at from the clock, so it names the next midnight. */
  const pollAfterMidnight = (history: BudgetHistory, tokens: number, at: number) =>
    recordReading(history, makeBudget(tokens, { resets_at: NEXT_MIDNIGHT }), at);

  it('is fresh before midnight', () => {
    const history = recordReading(emptyHistory, makeBudget(4_000_000), before);
    expect(isStale(history, before + 10_000)).toBe(false);
  });

  it('is stale once the shown value’s own resets_at has passed (no poll since)', () => {
    const history = recordReading(emptyHistory, makeBudget(4_000_000), before);
    expect(isStale(history, T_MIDNIGHT)).toBe(true);
    expect(isStale(history, T_MIDNIGHT + HOUR)).toBe(true);
  });

  it('is stale when a poll after midnight still shows the pre-reset total', () => {
    let history = recordReading(emptyHistory, makeBudget(4_000_000), before);
    history = pollAfterMidnight(history, 4_000_000, T_MIDNIGHT + 30_000);
    expect(isStale(history, T_MIDNIGHT + 31_000)).toBe(true);
    // Hours later, with the sample window long gone, it is still yesterday's total.
    for (let i = 1; i <= 200; i += 1) {
      history = pollAfterMidnight(history, 4_000_000, T_MIDNIGHT + 30_000 + i * 60_000);
    }
    expect(history.samples.length).toBeLessThanOrEqual(MAX_SAMPLES);
    expect(isStale(history, T_MIDNIGHT + 4 * HOUR)).toBe(true);
  });

  it('is fresh again once the total drops below the pre-reset value', () => {
    let history = recordReading(emptyHistory, makeBudget(4_000_000), before);
    history = pollAfterMidnight(history, 4_000_000, T_MIDNIGHT + 30_000);
    history = pollAfterMidnight(history, 1_200, T_MIDNIGHT + 60_000);
    expect(isStale(history, T_MIDNIGHT + 61_000)).toBe(false);
    expect(history.samples).toEqual([{ at: T_MIDNIGHT + 60_000, tokens: 1_200 }]);
  });

  it('is fresh when the total moved up after midnight: writers reset before they add', () => {
    let history = recordReading(emptyHistory, makeBudget(100_000), before);
    history = pollAfterMidnight(history, 250_000, T_MIDNIGHT + 6 * HOUR);
    expect(isStale(history, T_MIDNIGHT + 6 * HOUR)).toBe(false);
  });

  it('is not stale when the shown total is zero', () => {
    let history = recordReading(emptyHistory, makeBudget(0), before);
    expect(isStale(history, T_MIDNIGHT + MIN)).toBe(false);
    history = pollAfterMidnight(history, 0, T_MIDNIGHT + MIN);
    expect(isStale(history, T_MIDNIGHT + MIN)).toBe(false);
  });

  it('handles a server whose resets_at stays in the past until it resets', () => {
    let history = recordReading(emptyHistory, makeBudget(4_000_000), before);
    history = recordReading(history, makeBudget(4_000_000), T_MIDNIGHT + 30_000);
    expect(isStale(history, T_MIDNIGHT + 30_000)).toBe(true);
    history = pollAfterMidnight(history, 900, T_MIDNIGHT + 60_000);
    expect(isStale(history, T_MIDNIGHT + 60_000)).toBe(false);
  });

  it('does not count yesterday’s samples towards today’s burn rate', () => {
    let history = recordReading(emptyHistory, makeBudget(3_000_000), before - 10 * MIN);
    history = recordReading(history, makeBudget(4_000_000), before);
    history = pollAfterMidnight(history, 4_000_000, T_MIDNIGHT + 30_000);
    expect(history.samples).toHaveLength(1);
  });
});

describe('burnRate', () => {
  const s = (at: number, tokens: number): Sample => ({ at, tokens });

  it('needs two samples at least five minutes apart', () => {
    expect(burnRate([])).toBeNull();
    expect(burnRate([s(0, 100)])).toBeNull();
    expect(burnRate([s(0, 100), s(5 * MIN - 1, 200)])).toBeNull();
    expect(burnRate([s(0, 100), s(5 * MIN, 1_100)])).toBe(12_000);
  });

  it('measures tokens per hour over the window', () => {
    expect(burnRate([s(0, 1_000_000), s(30 * MIN, 1_041_650), s(HOUR, 1_083_300)])).toBe(83_300);
  });

  it('is never negative', () => {
    expect(burnRate([s(0, 200), s(10 * MIN, 100)])).toBe(0);
  });
});

describe("the pace: the day's average first, the recent polls once they span five minutes", () => {
  const at = Date.parse('2026-08-22T12:00:00Z');
  const dayStart = Date.parse('2026-08-22T00:00:00Z');

  it("averages today's total over the time since 00:00 UTC (the reset before resets_at)", () => {
    expect(dayAverageRate(makeBudget(1_200_000), at)).toBe(100_000);
    expect(currentPace(emptyHistory, makeBudget(1_200_000), at)).toEqual({
      basis: 'day',
      rate: 100_000,
      since: dayStart,
    });
  });

  it("gives no average in the day's first hour, nor after the reset", () => {
    expect(dayAverageRate(makeBudget(50_000), dayStart + 59 * MIN)).toBeNull();
    expect(dayAverageRate(makeBudget(50_000), dayStart + HOUR)).toBe(50_000);
    expect(dayAverageRate(makeBudget(4_000_000), Date.parse(MIDNIGHT) + MIN)).toBeNull();
    expect(currentPace(emptyHistory, makeBudget(50_000), dayStart + 30 * MIN)).toBeNull();
  });

  it('prefers the polls once they span five minutes', () => {
    let history = emptyHistory;
    for (let i = 0; i <= 10; i += 1)
      history = recordReading(history, makeBudget(1_200_000 + 2_500 * i), at + i * 30_000);
    expect(currentPace(history, makeBudget(1_225_000), at + 5 * MIN)).toEqual({
      basis: 'recent',
      rate: 300_000,
      spanMs: 5 * MIN,
    });
    const short = recordReading(
      recordReading(emptyHistory, makeBudget(1_200_000), at),
      makeBudget(1_300_000),
      at + 4 * MIN,
    );
    expect(currentPace(short, makeBudget(1_300_000), at + 4 * MIN)?.basis).toBe('day');
  });
});

describe('parseHistory (what a reload reads back)', () => {
  it('accepts a kept history and rejects anything else', () => {
    const history = recordReading(emptyHistory, makeBudget(1_000), Date.parse('2026-08-22T12:00:00Z'));
    expect(parseHistory(JSON.parse(JSON.stringify(history)))).toEqual(history);
    expect(parseHistory(null)).toBeNull();
    expect(parseHistory({ samples: 'no', latest: null, preReset: null })).toBeNull();
    expect(parseHistory({ samples: [{ at: 1, tokens: 'x' }], latest: null, preReset: null })).toBeNull();
    expect(parseHistory({ samples: [], latest: { at: 1, tokens: 2 }, preReset: null })).toBeNull();
  });
});

describe('roundRate', () => {
  it('keeps three significant figures', () => {
    expect(roundRate(83_333.3)).toBe(83_300);
    expect(roundRate(1_234_567)).toBe(1_230_000);
    expect(roundRate(42.4)).toBe(42);
    expect(roundRate(0)).toBe(0);
  });
});

describe('projectCapTime', () => {
  const now = Date.parse('2026-08-22T18:00:00Z');

  it('says when the cap is reached at the current rate', () => {
    // 1,000,000 left at 250,000/hour: four hours, 22:00 UTC.
    expect(projectCapTime(makeBudget(4_000_000), 250_000, now)).toEqual({
      kind: 'at',
      at: new Date('2026-08-22T22:00:00Z'),
    });
  });

  it('is "not before reset" when the cap lies beyond midnight or nothing is burning', () => {
    expect(projectCapTime(makeBudget(4_000_000), 100_000, now)).toEqual({ kind: 'not-before-reset' });
    expect(projectCapTime(makeBudget(4_000_000), 0, now)).toEqual({ kind: 'not-before-reset' });
    // Exactly at midnight counts as not before reset.
    expect(projectCapTime(makeBudget(4_000_000), 1_000_000 / 6, now)).toEqual({ kind: 'not-before-reset' });
  });

  it('covers reached, unknown and no cap', () => {
    expect(projectCapTime(makeBudget(5_000_000), null, now)).toEqual({ kind: 'reached' });
    expect(projectCapTime(makeBudget(4_000_000), null, now)).toEqual({ kind: 'unknown' });
    expect(projectCapTime(makeBudget(4_000_000, { tokens_limit: 0 }), 1_000, now)).toEqual({
      kind: 'no-cap',
    });
  });
});

describe('budgetWatchReducer', () => {
  function run(readings: [ratio: number | null, resetsAt?: string, stale?: boolean][]) {
    const fired: (number | null)[] = [];
    let watch: BudgetWatch = initialBudgetWatch;
    for (const [ratio, resetsAt = MIDNIGHT, stale = false] of readings) {
      const result = budgetWatchReducer(watch, { ratio, resetsAt, stale });
      watch = result.watch;
      fired.push(result.notify);
    }
    return { fired, watch };
  }

  it('arms silently on the first reading, even above a threshold', () => {
    expect(run([[0.96]]).fired).toEqual([null]);
    expect(run([[0.96], [0.97]]).fired).toEqual([null, null]);
    expect(run([[0.96], [1]]).fired).toEqual([null, 1]);
  });

  it('fires once per threshold, never on every poll', () => {
    expect(run([[0.5], [0.79], [0.8], [0.85], [0.9], [0.95], [0.96], [1], [1.02]]).fired).toEqual([
      null,
      null,
      0.8,
      null,
      null,
      0.95,
      null,
      1,
      null,
    ]);
  });

  it('fires only the highest when one poll jumps several thresholds', () => {
    const { fired, watch } = run([[0.5], [1.01], [0.97]]);
    expect(fired).toEqual([null, 1, null]);
    expect(watch.notified).toEqual([0.8, 0.95, 1]);
  });

  it('does not fire again when the ratio dips and climbs within the same day', () => {
    expect(run([[0.5], [0.81], [0.7], [0.82]]).fired).toEqual([null, 0.8, null, null]);
  });

  it('re-arms after the reset (a new resets_at day)', () => {
    expect(
      run([[0.5], [0.96], [0.1, NEXT_MIDNIGHT], [0.85, NEXT_MIDNIGHT], [0.96, NEXT_MIDNIGHT]]).fired,
    ).toEqual([null, 0.95, null, 0.8, 0.95]);
  });

  it('ignores stale readings: yesterday’s total must not fire under today’s date', () => {
    expect(run([[0.5], [0.96], [0.96, NEXT_MIDNIGHT, true], [0.01, NEXT_MIDNIGHT]]).fired).toEqual([
      null,
      0.95,
      null,
      null,
    ]);
  });

  it('never fires without a cap', () => {
    expect(run([[null], [null]]).fired).toEqual([null, null]);
  });
});
