import { describe, expect, it } from 'vitest';
import { formatYesNo } from './number';
import { excerpt } from './text';

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
