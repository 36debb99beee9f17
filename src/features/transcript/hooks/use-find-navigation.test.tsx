import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeSession } from '@mocks/factories/turn';
import { useFindNavigation } from './use-find-navigation';

// "Reply number 1", "…10", "…11" and "…12": matches in turns 0, 9, 10 and 11.
const turns = makeSession(12, 's-find-nav');
const QUERY = 'reply number 1';

function setup({
  start = 0,
  pending = false,
  printing = false,
}: { start?: number; pending?: boolean; printing?: boolean } = {}) {
  const scroller = { scrollToIndex: vi.fn(), scrollToOffset: vi.fn() };
  // An empty list: no turn is rendered, so showing a match scrolls to its turn first.
  const list = document.body.appendChild(document.createElement('ol'));
  const view = renderHook(
    (props: { pending: boolean; printing: boolean }) =>
      useFindNavigation({
        turns,
        pending: props.pending,
        startTurn: () => start,
        scroller,
        listRef: { current: list },
        stickyBottom: 0,
        printing: props.printing,
      }),
    { initialProps: { pending, printing } },
  );
  const scrolledTo = () => scroller.scrollToIndex.mock.calls.map(([index]) => index);
  return { ...view, scrolledTo };
}

async function search(result: { current: ReturnType<typeof useFindNavigation> }, query: string) {
  act(() => result.current.setQuery(query));
  await waitFor(() => expect(result.current.searching).toBe(false));
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('useFindNavigation', () => {
  it('starts at the first match from the turn being read, and shows it', async () => {
    const { result, scrolledTo } = setup({ start: 5 });
    await search(result, QUERY);
    expect(result.current.total).toBe(4);
    expect(result.current.activeIndex).toBe(1);
    expect(result.current.active).toEqual({ turn: 9, indexInTurn: 0 });
    expect(scrolledTo()).toEqual([9]);
  });

  it('steps through the matches both ways, wrapping around', async () => {
    const { result, scrolledTo } = setup();
    await search(result, QUERY);
    expect(result.current.activeIndex).toBe(0);
    act(() => result.current.step(-1));
    expect(result.current.activeIndex).toBe(3);
    act(() => result.current.step(1));
    expect(result.current.activeIndex).toBe(0);
    act(() => result.current.step(1));
    expect(result.current.activeIndex).toBe(1);
    expect(scrolledTo()).toEqual([0, 11, 0, 9]);
  });

  it('shows the only match again when asked for the next one', async () => {
    const { result, scrolledTo } = setup();
    await search(result, 'reply number 5');
    expect(result.current.total).toBe(1);
    act(() => result.current.step(1));
    expect(result.current.activeIndex).toBe(0);
    expect(scrolledTo()).toEqual([4, 4]);
  });

  it('keeps steps asked for while the search is running', async () => {
    const { result } = setup();
    act(() => {
      result.current.setQuery(QUERY);
    });
    expect(result.current.searching).toBe(true);
    act(() => {
      result.current.step(1);
      result.current.step(1);
    });
    await waitFor(() => expect(result.current.searching).toBe(false));
    expect(result.current.activeIndex).toBe(2);
  });

  it('marks but neither counts a current match nor scrolls until every turn is here', async () => {
    const { result, rerender, scrolledTo } = setup({ pending: true });
    await search(result, QUERY);
    expect(result.current.pattern).not.toBeNull();
    expect(result.current.activeIndex).toBe(-1);
    act(() => result.current.step(1));
    expect(result.current.activeIndex).toBe(-1);
    expect(scrolledTo()).toEqual([]);
    rerender({ pending: false, printing: false });
    expect(result.current.activeIndex).toBe(0);
    expect(scrolledTo()).toEqual([0]);
  });

  it('does not scroll while printing, nor when printing ends', async () => {
    const { result, rerender, scrolledTo } = setup({ printing: true });
    await search(result, QUERY);
    expect(result.current.activeIndex).toBe(0);
    rerender({ pending: false, printing: false });
    expect(scrolledTo()).toEqual([]);
    act(() => result.current.step(1));
    expect(scrolledTo()).toEqual([9]);
  });

  it('clears the marks and the count with the query', async () => {
    const { result } = setup();
    await search(result, QUERY);
    await search(result, '');
    expect(result.current.pattern).toBeNull();
    expect(result.current.total).toBe(0);
    expect(result.current.activeIndex).toBe(-1);
  });
});
