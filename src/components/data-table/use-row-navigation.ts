import type { MouseEvent, RefObject, SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import { useShortcuts } from '@/components/shortcuts/shortcuts';

/** Elements whose own click must win over the row's navigation. */
const INTERACTIVE =
  'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"], [role="checkbox"], [contenteditable]:not([contenteditable="false"])';

/**
 * A table's rows as things to open: a click anywhere on a row follows its link (not a modified
 * or middle click, which belong to the real link, nor a click that selects text), `j`/`k`
 * move between rows' links, and any way of opening a row (a press, Enter, the context menu)
 * tells `onRowIntent` first.
 */
export function useRowNavigation<Row>({
  bodyRef,
  scrollRef,
  getRowHref,
  onRowIntent,
  rowById,
}: {
  bodyRef: RefObject<HTMLTableSectionElement | null>;
  scrollRef: RefObject<HTMLElement | null>;
  getRowHref?: (row: Row) => string | undefined;
  onRowIntent?: (row: Row) => void;
  rowById: (id: string) => Row | undefined;
}) {
  useShortcuts(
    'Lists',
    [
      { keys: 'j', label: 'Next row', run: () => focusRow(bodyRef.current, scrollRef.current, 1) },
      { keys: 'k', label: 'Previous row', run: () => focusRow(bodyRef.current, scrollRef.current, -1) },
    ],
    { enabled: getRowHref !== undefined },
  );

  const navigate = useNavigate();
  const onClick = (event: MouseEvent<HTMLTableSectionElement>) => {
    // Modified and middle clicks belong to the row's real link (new tab, new window).
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = event.target;
    if (!(target instanceof Element) || target.closest(INTERACTIVE)) return;
    // Selecting text to copy it is not a request to leave the page.
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed && selection.toString().trim() !== '') return;
    const href = target.closest<HTMLElement>('tr[data-href]')?.dataset.href;
    if (href !== undefined) navigate(href);
  };

  const onIntent = (event: SyntheticEvent<HTMLTableSectionElement>) => {
    if (!onRowIntent || !(event.target instanceof Element)) return;
    if ('key' in event && event.key !== 'Enter') return;
    const id = event.target.closest<HTMLElement>('tr[data-row-id]')?.dataset.rowId;
    const row = id === undefined ? undefined : rowById(id);
    if (row !== undefined) onRowIntent(row);
  };

  return { onClick: getRowHref ? onClick : undefined, onIntent: onRowIntent ? onIntent : undefined };
}

/**
 * `j`/`k`: focuses the next or previous row's link (the row's `RowLink`, else its first link),
 * starting at the first row, and keeps the row clear of the sticky header.
 */
function focusRow(body: HTMLTableSectionElement | null, scroller: HTMLElement | null, step: 1 | -1): boolean {
  if (!body) return false;
  const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr[data-href]')];
  if (rows.length === 0) return false;
  const active = document.activeElement;
  const current = rows.findIndex((row) => active !== null && row.contains(active));
  const index = current < 0 ? 0 : Math.min(rows.length - 1, Math.max(0, current + step));
  const row = rows[index];
  const link =
    row.querySelector<HTMLElement>('a[data-row-link]') ?? row.querySelector<HTMLElement>('a[href]');
  if (!link) return false;
  const head = scroller?.querySelector('thead');
  if (scroller && head) scroller.style.scrollPaddingTop = `${head.getBoundingClientRect().height}px`;
  link.focus({ preventScroll: true });
  row.scrollIntoView?.({ block: 'nearest' });
  return true;
}
