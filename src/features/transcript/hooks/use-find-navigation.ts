import { useEffect, useEffectEvent, useState, type RefObject } from 'react';
import type { Interaction } from '@/api/schemas/interaction';
import { firstMatchFrom, NO_MATCHES, stepIndex, type FindResult, type MatchPosition } from '../utils/find';
import { revealMatch, type TurnScroller } from '../utils/reveal';
import { useTranscriptSearch, useWarmSearchTexts } from './use-transcript-search';

type Options = {
  turns: readonly Interaction[];
  /**
   * Only the first turns are here: matches are marked in them, but none is current (nothing
   * scrolls) until every turn has loaded and been counted.
   */
  pending: boolean;
  /** Where a new search starts: the first match at or after this turn is the current one. */
  startTurn: () => number;
  scroller: TurnScroller;
  listRef: RefObject<HTMLElement | null>;
  stickyBottom: number;
  /** While printing nothing scrolls. */
  printing: boolean;
  /** What the find box starts with: the search of the list the transcript was opened from. */
  initialQuery?: string;
};

export type FindNavigation = {
  query: string;
  setQuery: (query: string) => void;
  /** What to mark in the turns; lags the typed query while it is being searched. */
  pattern: RegExp | null;
  total: number;
  searching: boolean;
  progress: number;
  /** The current match's place among all matches (0-based), -1 for none. */
  activeIndex: number;
  /** The current match's turn and place in that turn. */
  active: MatchPosition | undefined;
  /** Enter / Shift+Enter: the next or previous match, wrapping around. */
  step: (delta: 1 | -1) => void;
};

type Match = {
  result: FindResult;
  index: number;
  /** Bumped to scroll the current match into view again (a step, a new result). */
  reveal: number;
  /** Steps asked for while the search was still running. */
  queued: number;
};

/** Find in transcript: the query, the current match, stepping through matches and showing each. */
export function useFindNavigation({
  turns,
  pending,
  startTurn,
  scroller,
  listRef,
  stickyBottom,
  printing,
  initialQuery = '',
}: Options): FindNavigation {
  const [query, setQuery] = useState(initialQuery);
  useWarmSearchTexts(turns);
  const search = useTranscriptSearch(turns, query);
  const { pattern, result: found } = search;
  const [match, setMatch] = useState<Match>({ result: NO_MATCHES, index: -1, reveal: 0, queued: 0 });
  // New results start at the first match where the reader is, plus any Enter pressed while the
  // search was still running (state adjusted during render, not in an effect).
  if (match.result !== found) {
    const first = firstMatchFrom(found, startTurn());
    const index = first < 0 ? -1 : (((first + match.queued) % found.total) + found.total) % found.total;
    setMatch({ result: found, index, reveal: match.reveal + 1, queued: 0 });
  }
  const activeIndex = !pending && match.result === found ? match.index : -1;
  const active = activeIndex >= 0 ? found.positions[activeIndex] : undefined;

  // Reads the layout and `printing` when the current match changes or is asked for again, so
  // that it does not re-run on every scroll or resize.
  const reveal = useEffectEvent((position: MatchPosition) =>
    printing
      ? undefined
      : revealMatch(scroller, listRef.current, position.turn, position.indexInTurn, stickyBottom),
  );
  useEffect(() => {
    if (!active) return;
    return reveal(active);
  }, [active, match.reveal]);

  return {
    query,
    setQuery,
    pattern,
    total: found.total,
    searching: search.searching,
    progress: search.progress,
    activeIndex,
    active,
    step: (delta) => {
      if (pending) return;
      setMatch((m) =>
        search.searching
          ? { ...m, queued: m.queued + delta }
          : { ...m, index: stepIndex(m.index, m.result.total, delta), reveal: m.reveal + 1 },
      );
    },
  };
}
