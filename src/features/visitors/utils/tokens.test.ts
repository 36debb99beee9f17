import { describe, expect, it } from 'vitest';
import { formatTokens, sumTokens, tokenSortValue, tokensNote, tokensUnknown } from './tokens';

describe('token sums', () => {
  it('sums known counts exactly', () => {
    const sum = sumTokens([
      { input_tokens: 1000, output_tokens: 200 },
      { input_tokens: 500, output_tokens: 50 },
    ]);
    expect(sum).toEqual({ input: 1500, output: 250, total: 1750, missing: 0, turns: 2 });
    expect(formatTokens(sum)).toBe('1,750');
    expect(formatTokens(sum, 'input')).toBe('1,500');
    expect(tokensNote(sum)).toBeUndefined();
    expect(tokenSortValue(sum)).toBe(1750);
  });

  it('marks a sum with unknown turns as a lower bound', () => {
    const sum = sumTokens([
      { input_tokens: 1000, output_tokens: 200 },
      { input_tokens: null, output_tokens: null },
    ]);
    expect(formatTokens(sum)).toBe('≥ 1,200');
    expect(tokensNote(sum)).toBe('1 of 2 turns predate token tracking; the figure counts the others only.');
    expect(tokensUnknown(sum)).toBe(false);
  });

  it('shows a dash, never 0, when no count is known', () => {
    const sum = sumTokens([{ input_tokens: null, output_tokens: null }]);
    expect(formatTokens(sum)).toBe('—');
    expect(tokensUnknown(sum)).toBe(true);
    expect(tokenSortValue(sum)).toBeNull();
    expect(tokensNote(sum)).toBe('No token counts: these turns predate token tracking.');
    expect(formatTokens(sumTokens([]))).toBe('—');
  });

  it('counts a turn with one missing side as partial', () => {
    const sum = sumTokens([{ input_tokens: 10, output_tokens: null }]);
    expect(sum).toMatchObject({ total: 10, missing: 1 });
    expect(formatTokens(sum)).toBe('—');
  });
});
