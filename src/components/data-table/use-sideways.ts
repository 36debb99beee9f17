import { useEffect, useState, type RefObject } from 'react';

export type Sideways = { more: 'none' | 'start' | 'end' | 'both' };

/**
 * Whether a table is wider than its box, and which way there is more of it: the table shows a
 * cue (a shadow at that edge and a line of text) so that columns off to the side are not missed
 * on a tablet.
 */
export function useSideways(scroller: RefObject<HTMLElement | null>): Sideways['more'] {
  const [more, setMore] = useState<Sideways['more']>('none');
  useEffect(() => {
    const box = scroller.current;
    if (!box) return;
    const measure = () => {
      const hidden = box.scrollWidth - box.clientWidth;
      const start = box.scrollLeft > 1;
      const end = hidden - box.scrollLeft > 1;
      setMore(start && end ? 'both' : start ? 'start' : end ? 'end' : 'none');
    };
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(box);
    const table = box.firstElementChild;
    if (table) observer?.observe(table);
    box.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer?.disconnect();
      box.removeEventListener('scroll', measure);
    };
  }, [scroller]);
  return more;
}
