import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/** What "Back to the list" puts in the router's location state: the row to focus again. */
type FocusRowState = { focusRow: string };

function focusRowOf(state: unknown): string | null {
  const row = (state as Partial<FocusRowState> | null)?.focusRow;
  return typeof row === 'string' ? row : null;
}

/**
 * Back from a transcript, the row it was opened from gets the focus again (its link, scrolled
 * into view), once, when the rows are on screen: the reviewer carries on where they were.
 */
export function useRowFocusReturn(body: RefObject<HTMLElement | null>, ready: boolean): void {
  const location = useLocation();
  const done = useRef<string | null>(null);
  const row = focusRowOf(location.state);
  useEffect(() => {
    if (!ready || row === null || done.current === location.key || !body.current) return;
    const target = [...body.current.querySelectorAll<HTMLElement>('tr[data-row-id]')].find(
      (tr) => tr.dataset.rowId === row,
    );
    if (!target) return;
    done.current = location.key;
    const link =
      target.querySelector<HTMLElement>('a[data-row-link]') ?? target.querySelector<HTMLElement>('a[href]');
    link?.focus({ preventScroll: true });
    target.scrollIntoView?.({ block: 'center' });
  }, [ready, row, location.key, body]);
}
