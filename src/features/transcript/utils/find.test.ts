import { describe, expect, it } from 'vitest';
import { compileQuery, countMatches, findInTurns, firstMatchFrom, splitMatches, stepIndex } from './find';

describe('compileQuery', () => {
  it('is null for blank queries and takes the query literally', () => {
    expect(compileQuery('')).toBeNull();
    expect(compileQuery('   ')).toBeNull();
    expect(countMatches('a.b axb (x) [y]', compileQuery('a.b'))).toBe(1);
    expect(countMatches('(x) [y] $1 ^', compileQuery('(x) [y] $1 ^'))).toBe(1);
  });
  it('is case-insensitive', () => {
    expect(countMatches('GPU gpu Gpu', compileQuery('gpu'))).toBe(3);
    expect(countMatches('ÄÖ äö', compileQuery('äö'))).toBe(2);
  });
});

describe('splitMatches', () => {
  it('alternates parts and keeps all text', () => {
    const parts = splitMatches('GPU and more gpu', compileQuery('gpu'));
    expect(parts).toEqual([
      { text: 'GPU', match: true },
      { text: ' and more ', match: false },
      { text: 'gpu', match: true },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('GPU and more gpu');
  });
  it('returns the text whole without a pattern or a match', () => {
    expect(splitMatches('abc', null)).toEqual([{ text: 'abc', match: false }]);
    expect(splitMatches('abc', compileQuery('x'))).toEqual([{ text: 'abc', match: false }]);
  });
  it('does not carry state between calls with the same pattern', () => {
    const re = compileQuery('a');
    expect(countMatches('aaa', re)).toBe(3);
    expect(countMatches('aaa', re)).toBe(3);
  });
});

describe('findInTurns', () => {
  const texts = [['alpha beta', 'beta'], [], ['gamma'], ['beta beta beta']];
  it('counts per turn and lists positions in order', () => {
    const result = findInTurns(texts.length, (i) => texts[i], compileQuery('beta'));
    expect(result.total).toBe(5);
    expect(result.perTurn).toEqual([2, 0, 0, 3]);
    expect(result.positions[2]).toEqual({ turn: 3, indexInTurn: 0 });
  });
  it('starts from the reader’s turn and wraps', () => {
    const result = findInTurns(texts.length, (i) => texts[i], compileQuery('beta'));
    expect(firstMatchFrom(result, 1)).toBe(2);
    expect(firstMatchFrom(result, 0)).toBe(0);
    expect(
      firstMatchFrom(
        findInTurns(texts.length, (i) => texts[i], compileQuery('alpha')),
        3,
      ),
    ).toBe(0);
  });
  it('steps with wrap-around', () => {
    expect(stepIndex(-1, 5, 1)).toBe(0);
    expect(stepIndex(-1, 5, -1)).toBe(4);
    expect(stepIndex(4, 5, 1)).toBe(0);
    expect(stepIndex(0, 5, -1)).toBe(4);
    expect(stepIndex(0, 0, 1)).toBe(-1);
  });
});
