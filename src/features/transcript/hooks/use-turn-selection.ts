import { useEffect, useEffectEvent, useMemo, useRef, type RefObject } from 'react';
import { useSearchParams } from 'react-router';
import type { Interaction } from '@/api/schemas/interaction';
import { focusTurn, type TurnScroller } from '../utils/reveal';
import { worstTurnIndex } from '../utils/worst-turn';

type Options = {
  turns: readonly Interaction[];
  scroller: Pick<TurnScroller, 'scrollToIndex'>;
  /** The first turn at the top of the reading area: keys start there when none is selected. */
  readerTurn: () => number;
  /** The list of turns, where a turn chosen with a key or button is focused. */
  listRef: RefObject<HTMLElement | null>;
  /** While printing nothing scrolls. */
  printing: boolean;
  /**
   * Opened from a list without a turn in the link: land on the worst flagged turn once every
   * turn is here (`complete`).
   */
  landOnWorst?: boolean;
  complete?: boolean;
};

export type TurnSelection = {
  /** The turn `?turn=` names, -1 for none (or one that is not among these turns). */
  selectedIndex: number;
  /** The `?turn=` value as it is in the link. */
  linkedTurn: string | null;
  /** Selects, scrolls to and focuses a turn (clamped to the conversation). */
  select: (index: number) => void;
  /** `j` / `k`: the next or previous turn, from the one being read when none is selected. */
  step: (delta: 1 | -1) => void;
  flaggedCount: number;
  /** `n` / `p`: the next or previous flagged turn, wrapping around. */
  stepFlagged: (delta: 1 | -1) => void;
  /** Where find starts: the selected turn, else the one being read. */
  startTurn: () => number;
  /**
   * Names a turn in the URL without scrolling or focusing it: find shows its match itself, and
   * the address bar follows it.
   */
  follow: (index: number) => void;
};

/**
 * The selected turn lives in the URL (`?turn=`, replaced, not pushed), so a link opens at a turn
 * and the Back button leaves the conversation. Any selection scrolls its turn to the top of the
 * reading area; one made here (a key or a button) also moves the focus to it.
 */
export function useTurnSelection({
  turns,
  scroller,
  readerTurn,
  listRef,
  printing,
  landOnWorst = false,
  complete = true,
}: Options): TurnSelection {
  const [searchParams, setSearchParams] = useSearchParams();
  const linkedTurn = searchParams.get('turn');
  const selectedIndex = useMemo(
    () => (linkedTurn ? turns.findIndex((t) => t.uuid === linkedTurn) : -1),
    [turns, linkedTurn],
  );

  // Key repeats can arrive before the URL change re-renders: keys move from this, not the render.
  const selectedRef = useRef(selectedIndex);
  useEffect(() => {
    selectedRef.current = selectedIndex;
  }, [selectedIndex]);
  // A turn chosen here, to focus once the URL's selection has rendered.
  const pendingFocus = useRef<number | null>(null);
  // A turn find moved to: named in the URL, shown by find itself.
  const quiet = useRef<number | null>(null);

  const writeTurn = (index: number) =>
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('turn', turns[index].uuid);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );

  const show = (index: number, focus: boolean) => {
    if (printing) return;
    scroller.scrollToIndex(index, { align: 'start' });
    return focus ? focusTurn(listRef.current, index) : undefined;
  };

  const select = (index: number) => {
    if (turns.length === 0) return;
    const clamped = Math.max(0, Math.min(turns.length - 1, index));
    selectedRef.current = clamped;
    quiet.current = null;
    writeTurn(clamped);
    if (clamped === selectedIndex) {
      // Chosen again (Home on the first turn, k on it): the URL stays the same and the effect
      // below does not run, so the turn is shown again from here.
      pendingFocus.current = null;
      show(clamped, true);
    } else {
      pendingFocus.current = clamped;
    }
  };

  // Runs when the URL's selection has rendered (a link, or a key a moment earlier: the router
  // renders a new URL in a transition). Reads `printing` and the pending focus without re-running
  // on them.
  const showSelected = useEffectEvent((index: number) => {
    if (quiet.current === index) {
      quiet.current = null;
      return undefined;
    }
    const focus = pendingFocus.current === index;
    if (focus) pendingFocus.current = null;
    return show(index, focus);
  });
  useEffect(() => {
    if (selectedIndex < 0) return;
    return showSelected(selectedIndex);
  }, [selectedIndex]);

  // Landing once, when every turn is here and the link named none.
  const landed = useRef(false);
  const land = useEffectEvent(() => {
    landed.current = true;
    const worst = worstTurnIndex(turns);
    if (worst >= 0) select(worst);
  });
  useEffect(() => {
    if (landOnWorst && complete && !landed.current && linkedTurn === null) land();
  }, [landOnWorst, complete, linkedTurn]);

  const flagged = useMemo(() => turns.flatMap((t, i) => (t.is_flagged ? [i] : [])), [turns]);
  const current = () => selectedRef.current;

  return {
    selectedIndex,
    linkedTurn,
    select,
    step: (delta) => select(current() >= 0 ? current() + delta : readerTurn()),
    flaggedCount: flagged.length,
    stepFlagged: (delta) => {
      if (!flagged.length) return;
      if (delta === 1) {
        // The turn being read counts as "after" when none is selected: `n` can land on it.
        const from = current() >= 0 ? current() : readerTurn() - 1;
        select(flagged.find((i) => i > from) ?? flagged[0]);
      } else {
        const from = current() >= 0 ? current() : readerTurn();
        select(flagged.findLast((i) => i < from) ?? flagged[flagged.length - 1]);
      }
    },
    startTurn: () => (selectedIndex >= 0 ? selectedIndex : readerTurn()),
    follow: (index) => {
      if (index < 0 || index >= turns.length || index === selectedRef.current) return;
      selectedRef.current = index;
      quiet.current = index;
      pendingFocus.current = null;
      writeTurn(index);
    },
  };
}
