import { describe, expect, it } from 'vitest';
import { usageState } from './budget-math';
import {
  budgetHeadline,
  budgetTitle,
  burnRateText,
  paceBasisText,
  meterText,
  notificationText,
  projectionText,
  stateMessage,
} from './budget-text';

describe('stateMessage', () => {
  it.each([
    [3_210_400, 'Normal: 64% of today’s cap used'],
    [4_000_000, 'Warning: 80% of today’s cap used'],
    [4_999_999, 'Critical: 99% of today’s cap used'],
    [5_000_000, 'Budget exhausted — new chats are refused until reset'],
  ])('%i tokens of 5M → %s', (used, text) => {
    expect(stateMessage(usageState(used, 5_000_000), 'token')).toBe(text.replace('’', "'"));
  });

  it('words no cap and the request pair', () => {
    expect(stateMessage(usageState(5, 0), 'token')).toBe('No daily cap');
    expect(stateMessage(usageState(5, 0), 'request')).toBe('No daily request cap');
    expect(stateMessage(usageState(850, 1000), 'request')).toBe("Warning: 85% of today's request cap used");
    expect(stateMessage(usageState(1000, 1000), 'request')).toMatch(/^Request cap reached/);
  });
});

describe('meterText', () => {
  it('describes the gauge for assistive technology', () => {
    expect(meterText(usageState(3_210_400, 5_000_000), 'token')).toBe('64% of the daily token cap used');
    expect(meterText(usageState(30, 1000), 'request')).toBe('3% of the daily request cap used');
  });
});

describe('budgetTitle', () => {
  const base = 'Assistant Analytics';
  it('leaves the title alone when normal, without a cap or without data', () => {
    expect(budgetTitle(base, usageState(100, 5_000_000))).toBe(base);
    expect(budgetTitle(base, usageState(100, 0))).toBe(base);
    expect(budgetTitle(base, null)).toBe(base);
  });
  it('carries the state when warning or worse', () => {
    expect(budgetTitle(base, usageState(4_100_000, 5_000_000))).toBe('82% · Warning · Assistant Analytics');
    expect(budgetTitle(base, usageState(4_800_000, 5_000_000))).toBe('96% · Critical · Assistant Analytics');
    expect(budgetTitle(base, usageState(5_200_000, 5_000_000))).toBe(
      '104% · Exhausted · Assistant Analytics',
    );
  });
  it('replaces rather than stacks an existing prefix', () => {
    const critical = usageState(4_800_000, 5_000_000);
    const once = budgetTitle(base, critical);
    expect(budgetTitle(once, critical)).toBe(once);
    expect(budgetTitle(once, usageState(5_000_000, 5_000_000))).toBe(
      '100% · Exhausted · Assistant Analytics',
    );
    expect(budgetTitle(once, null)).toBe(base);
    expect(budgetTitle('4.5% · Warning · X', null)).toBe('X');
  });
});

describe('burnRateText / projectionText', () => {
  it('rounds the rate, says what it rests on, and says when it is unknown', () => {
    const since = Date.parse('2026-08-22T00:00:00Z');
    expect(burnRateText({ basis: 'day', rate: 83_333.3, since })).toBe('≈ 83,300 tokens/hour');
    expect(paceBasisText({ basis: 'day', rate: 1, since }, 'utc')).toBe('average since 00:00 UTC');
    expect(paceBasisText({ basis: 'recent', rate: 1, spanMs: 12 * 60_000 }, 'utc')).toBe(
      'last 12 minutes of polls',
    );
    expect(burnRateText(null)).toBe('—');
  });
  it('words each projection, in the chosen zone', () => {
    expect(projectionText({ kind: 'at', at: new Date('2026-08-22T21:40:00Z') }, 'utc')).toBe(
      'Cap reached at about 21:40 UTC',
    );
    expect(projectionText({ kind: 'not-before-reset' }, 'utc')).toBe('Not before reset');
    expect(projectionText({ kind: 'unknown' }, 'utc')).toBe('Not estimated yet');
    expect(projectionText({ kind: 'reached' }, 'utc')).toBe('Cap reached');
  });
});

describe('budgetHeadline', () => {
  const at = { kind: 'at', at: new Date('2026-08-22T21:40:00Z') } as const;
  it('says the pace reaches the cap before the reset, in at least the warning tone', () => {
    expect(budgetHeadline(usageState(2_300_000, 5_000_000), at, 'utc')).toEqual({
      text: 'On pace to reach the cap at 21:40 UTC',
      kind: 'warning',
      detail: "46% of today's cap used",
    });
    expect(budgetHeadline(usageState(4_800_000, 5_000_000), at, 'utc').kind).toBe('critical');
  });
  it('says where the budget stands otherwise', () => {
    const normal = usageState(2_300_000, 5_000_000);
    expect(budgetHeadline(normal, { kind: 'not-before-reset' }, 'utc')).toEqual({
      text: "Normal: 46% of today's cap used",
      kind: 'normal',
      detail: null,
    });
    expect(budgetHeadline(usageState(5_000_000, 5_000_000), at, 'utc').text).toMatch(/^Budget exhausted/);
    expect(budgetHeadline(usageState(100, 0), null, 'utc').text).toBe('No daily cap');
  });
});

describe('notificationText', () => {
  it('names the threshold and the figures', () => {
    const text = notificationText(0.95, usageState(4_800_000, 5_000_000), '2026-08-23T00:00:00Z', 'utc');
    expect(text.title).toBe('Assistant token budget: Critical');
    expect(text.body).toBe(
      "Critical: 96% of today's cap used (4,800,000 of 5,000,000 tokens). Resets at 00:00 UTC.",
    );
  });
});
