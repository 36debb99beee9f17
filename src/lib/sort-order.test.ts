import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedOrder, sortKey, type SortKey } from './sort-order';

/** The comparator the tables used before the fast path: the reference for every order. */
function reference(keys: readonly SortKey[], desc: boolean): number[] {
  const dir = desc ? -1 : 1;
  return keys
    .map((_, i) => i)
    .sort((a, b) => {
      const x = keys[a];
      const y = keys[b];
      if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
      if (typeof x !== typeof y) return (typeof x === 'number' ? -1 : 1) * dir;
      return x === y ? a - b : (x < y ? -1 : 1) * dir;
    });
}

const order = (keys: readonly SortKey[], desc: boolean) => [...sortedOrder(keys, desc)];

describe('sortedOrder', () => {
  it('puts blanks last both ways and keeps ties in their original order', () => {
    const keys = [3, null, 1, 3, 2, null, 1];
    expect(order(keys, false)).toEqual([2, 6, 4, 0, 3, 1, 5]);
    expect(order(keys, true)).toEqual([0, 3, 4, 2, 6, 1, 5]);
  });

  it('sorts text by code units after lower-casing, numbers before text ascending', () => {
    const keys = ['b', 'a2', 'a', null, 'c'].map(sortKey);
    expect(order(keys, false)).toEqual([2, 1, 0, 4, 3]);
    expect(order([2, 'a', 1, null, 'b'], false)).toEqual([2, 0, 1, 4, 3]);
    expect(order([2, 'a', 1, null, 'b'], true)).toEqual([4, 1, 0, 2, 3]);
  });

  it('treats -0 and 0 as one value, and fractions and huge spans exactly', () => {
    expect(order([0, -0, -1, 0.5, -0.25], false)).toEqual([2, 4, 0, 1, 3]);
    expect(order([1e15, -1e15, 0, 1.7e12], true)).toEqual([0, 3, 2, 1]);
  });

  it('matches the comparator on any column: numbers, text, blanks, mixed', () => {
    const key = fc.oneof(
      fc.constant(null),
      fc.integer({ min: -5, max: 5 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom('a', 'B', 'b', 'ä', '10', '9', ''),
    );
    const column = fc.oneof(
      fc.array(fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 20 })), { maxLength: 60 }),
      fc.array(fc.oneof(fc.constant(null), fc.string({ maxLength: 3 })), { maxLength: 60 }),
      // Any UTF-16 code unit, and texts that share more than the packed prefix.
      fc.array(fc.oneof(fc.constant(null), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 60 }),
      fc.array(
        fc
          .string({ unit: fc.constantFrom('a', 'b', 'B'), maxLength: 4 })
          .map((tail) => 'prefix-shared-by-all-' + tail),
        { maxLength: 60 },
      ),
      fc.array(key, { maxLength: 60 }),
    );
    fc.assert(
      fc.property(column, fc.boolean(), (raw, desc) => {
        const keys = raw.map(sortKey);
        expect(order(keys, desc)).toEqual(reference(keys, desc));
      }),
      { numRuns: 300 },
    );
  });

  it('orders 60,000 timestamps and slugs like the comparator', () => {
    const times = Array.from({ length: 60_000 }, (_, i) =>
      i % 97 === 0 ? null : 1_700_000_000_000 + ((i * 2_654_435_761) % 7_776_000_000),
    );
    expect(order(times, true)).toEqual(reference(times, true));
    const slugs = times.map((t, i) => (t === null ? null : (t % 65_536).toString(16).repeat(3) + (i % 7)));
    expect(order(slugs, false)).toEqual(reference(slugs, false));
  });
});
