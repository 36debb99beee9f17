import type { Virtualizer } from '@tanstack/react-virtual';

/** The virtualizer's scrolling, as much of it as revealing a turn or a match needs. */
export type TurnScroller = Pick<Virtualizer<Window, Element>, 'scrollToIndex' | 'scrollToOffset'>;

/** Runs `attempt` on animation frames until it returns true (or ~1 s passes). Returns a cancel. */
function afterFrames(attempt: () => boolean, maxFrames = 60): () => void {
  let frame = 0;
  let id = 0;
  const tick = () => {
    if (attempt() || ++frame >= maxFrames) return;
    id = requestAnimationFrame(tick);
  };
  id = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(id);
}

/**
 * Focuses turn `index` once the virtualizer has rendered it (it may be outside the window when
 * asked). The page has already been scrolled there, so focusing must not scroll again.
 */
export function focusTurn(list: HTMLElement | null, index: number): () => void {
  return afterFrames(() => {
    const article = list?.querySelector<HTMLElement>(`li[data-index="${index}"] article`);
    if (!article) return false;
    article.focus({ preventScroll: true });
    return true;
  });
}

/**
 * Brings match `k` of turn `turn` into the middle of the reading area. A turn outside the
 * virtualised window is scrolled to first; once its marks are in the DOM the exact mark is
 * centred, through the virtualizer so that its own scroll correction does not fight it.
 */
export function revealMatch(
  scroller: TurnScroller,
  list: HTMLElement | null,
  turn: number,
  k: number,
  stickyBottom: number,
): () => void {
  if (!list) return () => undefined;
  const findMark = () =>
    list.querySelector(`li[data-index="${turn}"]`)?.querySelectorAll<HTMLElement>('mark[data-find]')[k] ??
    null;
  if (!findMark()) scroller.scrollToIndex(turn, { align: 'start' });
  return afterFrames(() => {
    const mark = findMark();
    if (!mark) return false;
    const rect = mark.getBoundingClientRect();
    const viewTop = stickyBottom;
    const viewBottom = window.innerHeight;
    if (rect.top < viewTop || rect.bottom > viewBottom) {
      const target =
        window.scrollY + rect.top - viewTop - Math.max(0, (viewBottom - viewTop - rect.height) / 2);
      scroller.scrollToOffset(Math.max(0, target));
    }
    return true;
  }, 120);
}
