import { describe, expect, it } from 'vitest';
import { formatYesNo } from './number';
import { excerpt, shortId, shortMiddle } from './text';

describe('excerpt', () => {
  it('flattens whitespace to one line', () => {
    expect(excerpt('  hello\n\n  world\tagain ')).toBe('hello world again');
  });

  it('keeps short text whole and cuts long text at a word boundary', () => {
    expect(excerpt('short text', 20)).toBe('short text');
    expect(excerpt('the quick brown fox jumps over the lazy dog', 20)).toBe('the quick brown fox…');
  });

  it('cuts inside a very long word rather than losing most of the budget', () => {
    expect(excerpt(`a ${'x'.repeat(50)}`, 10)).toBe(`a ${'x'.repeat(8)}…`);
  });

  it('leaves markup as text and handles empty values', () => {
    expect(excerpt('<b>bold</b> & <script>x</script>')).toBe('<b>bold</b> & <script>x</script>');
    expect(excerpt(null)).toBe('');
    expect(excerpt(undefined)).toBe('');
  });
});

describe('formatYesNo', () => {
  it('says yes, no or nothing', () => {
    expect(formatYesNo(true)).toBe('Yes');
    expect(formatYesNo(false)).toBe('No');
    expect(formatYesNo(null)).toBe('—');
  });
});

describe('shortening ids', () => {
  it('keeps both ends of a conversation id, so ids that share a start stay apart', () => {
    const ids = ['probe-session-1', 'probe-session-2', 'probe-session-3'].map((id) => shortMiddle(id, 8));
    expect(ids).toEqual(['prob…on-1', 'prob…on-2', 'prob…on-3']);
    expect(new Set(ids).size).toBe(3);
  });

  it('leaves short ids whole and cuts by characters, not UTF-16 halves', () => {
    expect(shortMiddle('abc', 8)).toBe('abc');
    expect(shortMiddle('123456789', 8)).toBe('123456789');
    expect(shortMiddle('1234567890', 8)).toBe('1234…7890');
    expect(shortMiddle('😀'.repeat(20), 4)).toBe('😀😀…😀😀');
  });

  it('keeps the prefix of a visitor slug (what people paste back)', () => {
    expect(shortId('3fa9c2d1e0f94e8d7c6b5a4938271605', 12)).toBe('3fa9c2d1e0f9…');
  });
});
