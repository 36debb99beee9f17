/**
 * Find in transcript: plain-text matching (case-insensitive, the query taken literally), done on
 * the data so it works while the list is virtualised.
 */
export type TextPart = { text: string; match: boolean };

export function compileQuery(query: string): RegExp | null {
  if (!query.trim()) return null;
  return new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
}

export function countMatches(text: string, pattern: RegExp | null): number {
  if (!pattern || !text) return 0;
  let count = 0;
  for (const _ of text.matchAll(pattern)) count += 1;
  return count;
}

/** Splits text into alternating non-matching and matching parts (no empty parts). */
export function splitMatches(text: string, pattern: RegExp | null): TextPart[] {
  if (!pattern || !text) return [{ text, match: false }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const start = m.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: m[0], match: true });
    last = start + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts.length ? parts : [{ text, match: false }];
}

export type MatchPosition = { turn: number; indexInTurn: number };
export type FindResult = { total: number; perTurn: number[]; positions: MatchPosition[] };

export const NO_MATCHES: FindResult = { total: 0, perTurn: [], positions: [] };

/** Builds the result from per-turn match counts (in turn order). */
export function resultFromCounts(perTurn: number[]): FindResult {
  const positions: MatchPosition[] = [];
  perTurn.forEach((n, turn) => {
    for (let k = 0; k < n; k += 1) positions.push({ turn, indexInTurn: k });
  });
  return { total: positions.length, perTurn, positions };
}

/** Matches in one turn's searchable texts. */
export function countInTurn(texts: readonly string[], pattern: RegExp | null): number {
  let n = 0;
  for (const text of texts) n += countMatches(text, pattern);
  return n;
}

/** `textsOf(i)` lists the searchable texts of turn `i` in the order they are rendered. */
export function findInTurns(
  count: number,
  textsOf: (index: number) => readonly string[],
  pattern: RegExp | null,
): FindResult {
  if (!pattern) return NO_MATCHES;
  return resultFromCounts(Array.from({ length: count }, (_, turn) => countInTurn(textsOf(turn), pattern)));
}

/** Index of the first match at or after turn `fromTurn` (wrapping), for starting a search where the reader is. */
export function firstMatchFrom(result: FindResult, fromTurn: number): number {
  if (result.total === 0) return -1;
  const index = result.positions.findIndex((p) => p.turn >= fromTurn);
  return index === -1 ? 0 : index;
}

export function stepIndex(current: number, total: number, delta: 1 | -1): number {
  if (total === 0) return -1;
  if (current < 0) return delta === 1 ? 0 : total - 1;
  return (current + delta + total) % total;
}
