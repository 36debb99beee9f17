import { describe, expect, it } from 'vitest';
import { formatUtcDayLong, formatUtcDayRange } from './date';
import {
  formatCount,
  formatPartialSum,
  formatPercentagePoints,
  formatRate,
  formatScore,
  formatSignedNumber,
  formatSignedPercent,
  formatSignedScore,
} from './number';

describe('formatRate', () => {
  it('shows one decimal and keeps rates above 100 %', () => {
    expect(formatRate(0.7777)).toBe('77.8%');
    expect(formatRate(0)).toBe('0.0%');
    expect(formatRate(1.3833)).toBe('138.3%');
  });
  it('never turns a missing rate into 0 % or NaN', () => {
    expect(formatRate(null)).toBe('—');
    expect(formatRate(undefined)).toBe('—');
    expect(formatRate(Number.NaN)).toBe('—');
    expect(formatRate(Number.POSITIVE_INFINITY)).toBe('—');
  });
});

describe('formatScore', () => {
  it('keeps one or two decimals', () => {
    expect(formatScore(3.9)).toBe('3.9');
    expect(formatScore(3.857)).toBe('3.86');
    expect(formatScore(4)).toBe('4.0');
    expect(formatScore(null)).toBe('—');
  });
});

describe('signed changes', () => {
  it('formats count changes with a typographic minus', () => {
    expect(formatSignedNumber(12)).toBe('+12');
    expect(formatSignedNumber(-1234)).toBe('\u22121,234');
    expect(formatSignedNumber(0)).toBe('0');
    expect(formatSignedNumber(null)).toBe('—');
  });
  it('formats relative changes', () => {
    expect(formatSignedPercent(0.0412)).toBe('+4.1%');
    expect(formatSignedPercent(-0.5)).toBe('\u221250%');
    expect(formatSignedPercent(0)).toBe('0%');
    expect(formatSignedPercent(null)).toBe('—');
  });
  it('formats rate changes in percentage points', () => {
    expect(formatPercentagePoints(0.032)).toBe('+3.2 pp');
    expect(formatPercentagePoints(-0.1)).toBe('\u221210.0 pp');
    expect(formatPercentagePoints(0)).toBe('0.0 pp');
    expect(formatPercentagePoints(Number.NaN)).toBe('—');
  });
  it('formats score changes', () => {
    expect(formatSignedScore(0.3)).toBe('+0.3');
    expect(formatSignedScore(-0.25)).toBe('\u22120.25');
  });
});

describe('UTC day labels', () => {
  it('names the weekday in UTC whatever the local zone', () => {
    expect(formatUtcDayLong('2026-08-26')).toBe('Wed, 26 Aug 2026');
    expect(formatUtcDayLong('garbage')).toBe('garbage');
  });
  it.each([
    ['2026-08-20', '2026-08-26', '20 Aug – 26 Aug 2026'],
    ['2025-12-30', '2026-01-05', '30 Dec 2025 – 5 Jan 2026'],
    ['2026-08-26', '2026-08-26', '26 Aug 2026'],
    ['2026-07-01', undefined, 'since 1 Jul 2026'],
    [undefined, '2026-07-01', 'until 1 Jul 2026'],
    [undefined, undefined, 'all time'],
  ])('formats the inclusive range %s to %s as %j', (after, before, text) => {
    expect(formatUtcDayRange(after, before)).toBe(text);
  });
});

describe('formatPartialSum', () => {
  it('shows the sum when every part is known', () => {
    expect(formatPartialSum(12345, 0, 4)).toBe('12,345');
    expect(formatPartialSum(0, 0, 2)).toBe('0');
  });
  it('marks the sum as a lower bound when some parts are unknown', () => {
    expect(formatPartialSum(1200, 1, 3)).toBe('≥ 1,200');
  });
  it('shows a dash when nothing is known or there are no parts', () => {
    expect(formatPartialSum(0, 3, 3)).toBe('—');
    expect(formatPartialSum(0, 0, 0)).toBe('—');
    expect(formatPartialSum(Number.NaN, 0, 1)).toBe('—');
  });
});

describe('formatCount', () => {
  it('agrees in number', () => {
    expect(formatCount(1, 'turn')).toBe('1 turn');
    expect(formatCount(0, 'turn')).toBe('0 turns');
    expect(formatCount(1204, 'session')).toBe('1,204 sessions');
    expect(formatCount(2, 'address', 'addresses')).toBe('2 addresses');
  });
});
