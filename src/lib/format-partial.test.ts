import { describe, expect, it } from 'vitest';
import { formatCount, formatPartialSum } from './format';

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
