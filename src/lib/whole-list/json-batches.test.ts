import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonArrayBatches } from './json-batches';

const encoder = new TextEncoder();

/** Feeds `text` in chunks of these byte sizes (cycled); what was delivered, and the end. */
function read(text: string, sizes: readonly number[] = [7], batchBytes = 16) {
  const bytes = encoder.encode(text);
  const batches: { offset: number; count: number }[] = [];
  const items: unknown[] = [];
  const reader = new JsonArrayBatches((batch, offset) => {
    batches.push({ offset, count: batch.length });
    items.push(...batch);
  }, batchBytes);
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = Math.max(1, sizes[i % sizes.length]);
    reader.push(bytes.subarray(at, at + size));
    at += size;
  }
  const end = reader.end();
  return { items, batches, end };
}

const rows = Array.from({ length: 40 }, (_, i) => ({ id: `row-${i}`, n: i, text: 'é€😀'.repeat(i % 3) }));

describe('JsonArrayBatches', () => {
  it('hands over a compact array in batches, in order, while it arrives', () => {
    const { items, batches, end } = read(JSON.stringify(rows));
    expect(items).toEqual(rows);
    expect(end).toEqual({ kind: 'array' });
    expect(batches.length).toBeGreaterThan(3);
    // Offsets count the items delivered before each batch.
    batches.reduce((next, batch) => {
      expect(batch.offset).toBe(next);
      return next + batch.count;
    }, 0);
  });

  it('leaves the chunks it is given as they were (it cuts batches in its own copy)', () => {
    const bytes = encoder.encode(JSON.stringify(rows));
    const before = bytes.slice();
    const reader = new JsonArrayBatches(() => undefined, 64);
    for (let at = 0; at < bytes.length; at += 50) reader.push(bytes.subarray(at, at + 50));
    reader.end();
    expect(bytes).toEqual(before);
  });

  it('reads multi-byte characters split across chunks', () => {
    expect(read(JSON.stringify(rows), [1, 2, 3]).items).toEqual(rows);
  });

  it('falls back to one parse when a split lands inside a string or a nested value', () => {
    const tricky = [{ a: 'x},{y', b: [{ c: 1 }, { d: '},{' }] }, { a: '\\"},{"', b: [] }, ...rows];
    expect(read(JSON.stringify(tricky)).items).toEqual(tricky);
  });

  it('reads pretty-printed arrays, empty arrays, a BOM and surrounding space', () => {
    expect(read(JSON.stringify(rows, null, 2)).items).toEqual(rows);
    expect(read(' [ ] \n')).toEqual({
      items: [],
      batches: [{ offset: 0, count: 0 }],
      end: { kind: 'array' },
    });
    expect(read(`\ufeff${JSON.stringify(rows)}`).items).toEqual(rows);
  });

  it('gives back a document that is not an array as it is', () => {
    expect(read('{"detail":"Not found."}').end).toEqual({ kind: 'value', value: { detail: 'Not found.' } });
    expect(read('null').end).toEqual({ kind: 'value', value: null });
  });

  it('fails, like JSON.parse, on a body that is not JSON: cut off, empty, trailing text', () => {
    const whole = JSON.stringify(rows);
    expect(() => read(whole.slice(0, whole.length / 2))).toThrow(SyntaxError);
    expect(() => read(whole.slice(0, -1))).toThrow(SyntaxError);
    expect(() => read('')).toThrow(SyntaxError);
    expect(() => read(`${whole}]`)).toThrow(SyntaxError);
    expect(() => read('<!doctype html><html></html>')).toThrow(SyntaxError);
  });

  it('always delivers what JSON.parse gives for the whole body, however it is cut', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue(), { maxLength: 30 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1, max: 200 }),
        (array, sizes, batchBytes) => {
          const text = JSON.stringify(array);
          expect(read(text, sizes, batchBytes).items).toEqual(JSON.parse(text));
        },
      ),
      { numRuns: 200 },
    );
  });
});
