import { useLayoutEffect, useState, type RefObject } from 'react';

/** Room between the sticky bars and a turn scrolled to the top of the reading area. */
const GAP_BELOW_STICKY = 8;

type Layout = { appHeader: number; toolbar: number; listTop: number };

export type StickyOffsets = {
  /** Bottom of the app's sticky header: where the transcript toolbar sticks. */
  appHeader: number;
  /** Bottom of the sticky header and toolbar (plus a gap): where the reading area starts. */
  stickyBottom: number;
  /** The list's top in the document: the virtualizer's scroll margin. */
  listTop: number;
};

/**
 * The app header and the transcript toolbar stay in view while the list scrolls under them, so
 * a turn scrolled "to the top" must land below them. Measured after the first layout and again
 * whenever the page or the toolbar changes size (the toolbar wraps on narrow screens).
 */
export function useStickyOffsets(
  listRef: RefObject<HTMLElement | null>,
  toolbarRef: RefObject<HTMLElement | null>,
): StickyOffsets {
  const [layout, setLayout] = useState<Layout>({ appHeader: 0, toolbar: 0, listTop: 0 });
  useLayoutEffect(() => {
    const measure = () => {
      const list = listRef.current;
      if (!list) return;
      const main = list.closest('main');
      const next: Layout = {
        appHeader: main ? Math.max(0, Math.round(main.getBoundingClientRect().top + window.scrollY)) : 0,
        toolbar: Math.round(toolbarRef.current?.getBoundingClientRect().height ?? 0),
        listTop: Math.round(list.getBoundingClientRect().top + window.scrollY),
      };
      setLayout((prev) =>
        prev.appHeader === next.appHeader && prev.toolbar === next.toolbar && prev.listTop === next.listTop
          ? prev
          : next,
      );
    };
    const frame = requestAnimationFrame(measure);
    window.addEventListener('resize', measure);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(document.body);
    if (toolbarRef.current) observer?.observe(toolbarRef.current);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, [listRef, toolbarRef]);
  return {
    appHeader: layout.appHeader,
    stickyBottom: layout.appHeader + layout.toolbar + GAP_BELOW_STICKY,
    listTop: layout.listTop,
  };
}
