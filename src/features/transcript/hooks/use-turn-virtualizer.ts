import { useWindowVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback } from 'react';
import type { StickyOffsets } from './use-sticky-offsets';

const ESTIMATED_TURN_HEIGHT = 320;

export type TurnVirtualizer = Virtualizer<Window, Element>;

/**
 * The window of turns in the DOM (a conversation can have thousands), scrolled with the page
 * under the sticky bars. `readerTurn` is the first turn at the top of the reading area, where
 * keys and find start when no turn is selected.
 */
export function useTurnVirtualizer(
  count: number,
  { listTop, stickyBottom }: StickyOffsets,
): { virtualizer: TurnVirtualizer; readerTurn: () => number } {
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => ESTIMATED_TURN_HEIGHT,
    overscan: 3,
    scrollMargin: listTop,
    scrollPaddingStart: stickyBottom,
  });
  const readerTurn = useCallback((): number => {
    const top = window.scrollY + stickyBottom;
    const items = virtualizer.getVirtualItems();
    return (items.find((item) => item.end > top) ?? items[0])?.index ?? 0;
  }, [virtualizer, stickyBottom]);
  return { virtualizer, readerTurn };
}
