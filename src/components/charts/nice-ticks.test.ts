import { describe, expect, it } from 'vitest';
import { niceTicks } from './nice-ticks';

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 times a power of ten, from 0 to at least the maximum', () => {
    expect(niceTicks(320)).toEqual([0, 100, 200, 300, 400]);
    expect(niceTicks(73)).toEqual([0, 20, 40, 60, 80]);
    expect(niceTicks(16)).toEqual([0, 5, 10, 15, 20]);
    expect(niceTicks(1_351_129)).toEqual([0, 500_000, 1_000_000, 1_500_000]);
  });

  it('never steps by less than one (counts have no fractions)', () => {
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(1)).toEqual([0, 1]);
  });

  it('has an axis for an empty chart', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(Number.NaN)).toEqual([0, 1]);
  });
});
