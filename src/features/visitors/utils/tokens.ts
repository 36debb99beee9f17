import { formatPartialSum } from '@/lib/format/number';

/**
 * Token counts over several turns. Rows from before token tracking (migration 0015) have
 * `null` counts: they are *unknown*, not 0, so the sum of the known ones is a lower bound.
 */
export type TokenSum = {
  input: number;
  output: number;
  /** `input + output` over the turns whose counts are known. */
  total: number;
  /** Turns with a missing input or output count. */
  missing: number;
  turns: number;
};

export const EMPTY_TOKENS: TokenSum = { input: 0, output: 0, total: 0, missing: 0, turns: 0 };

type TokenTurn = { input_tokens: number | null; output_tokens: number | null };

export function addTurnTokens(sum: TokenSum, turn: TokenTurn): TokenSum {
  const known = turn.input_tokens !== null && turn.output_tokens !== null;
  const input = turn.input_tokens ?? 0;
  const output = turn.output_tokens ?? 0;
  return {
    input: sum.input + input,
    output: sum.output + output,
    total: sum.total + input + output,
    missing: sum.missing + (known ? 0 : 1),
    turns: sum.turns + 1,
  };
}

export function sumTokens(turns: readonly TokenTurn[]): TokenSum {
  return turns.reduce(addTurnTokens, EMPTY_TOKENS);
}

/** Whether nothing at all is known (every turn predates token tracking, or there are no turns). */
export function tokensUnknown(sum: TokenSum): boolean {
  return sum.turns === 0 || sum.missing >= sum.turns;
}

/** A sort value: the known total, or `null` (sorted last) when nothing is known. */
export function tokenSortValue(sum: TokenSum): number | null {
  return tokensUnknown(sum) ? null : sum.total;
}

/** `1,234`, `≥ 1,234` (some turns have no counts) or `—` (none has). */
export function formatTokens(sum: TokenSum, part: 'total' | 'input' | 'output' = 'total'): string {
  return formatPartialSum(sum[part], sum.missing, sum.turns);
}

/** Says why a token figure is a lower bound or missing; `undefined` when it is exact. */
export function tokensNote(sum: TokenSum): string | undefined {
  if (sum.missing === 0 || sum.turns === 0) return undefined;
  if (sum.missing >= sum.turns) return 'No token counts: these turns predate token tracking.';
  return `${sum.missing} of ${sum.turns} turns predate token tracking; the figure counts the others only.`;
}
