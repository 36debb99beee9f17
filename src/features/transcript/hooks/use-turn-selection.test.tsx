import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Interaction } from '@/api/schemas/interaction';
import { makeSession } from '@mocks/factories/turn';
import { useTurnSelection } from './use-turn-selection';

/** The list as the virtualizer renders it: one row per turn, each with its article. */
function turnList(count: number): HTMLOListElement {
  const list = document.createElement('ol');
  for (let i = 0; i < count; i += 1) {
    const row = document.createElement('li');
    row.dataset.index = String(i);
    const article = document.createElement('article');
    article.tabIndex = -1;
    article.setAttribute('aria-label', `Turn ${i + 1}`);
    row.append(article);
    list.append(row);
  }
  return document.body.appendChild(list);
}

function setup(
  turns: readonly Interaction[],
  { path = '/s', reader = 0, printing = false }: { path?: string; reader?: number; printing?: boolean } = {},
) {
  const scrollToIndex = vi.fn();
  const list = turnList(turns.length);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={[path]}>{children}</MemoryRouter>
  );
  const view = renderHook(
    (props: { printing: boolean }) => ({
      selection: useTurnSelection({
        turns,
        scroller: { scrollToIndex },
        readerTurn: () => reader,
        listRef: { current: list },
        printing: props.printing,
      }),
      search: useLocation().search,
    }),
    { wrapper, initialProps: { printing } },
  );
  const scrolledTo = () => scrollToIndex.mock.calls.map(([index]) => index);
  const article = (index: number) => list.querySelector(`li[data-index="${index}"] article`);
  return { ...view, scrolledTo, article };
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

afterEach(() => {
  document.body.replaceChildren();
});

describe('useTurnSelection', () => {
  const turns = makeSession(8, 's-select', (i) => (i === 2 || i === 6 ? { is_flagged: true } : {}));

  it('selects the turn ?turn= names and scrolls it to the top, leaving the focus where it is', async () => {
    const { result, scrolledTo } = setup(turns, { path: `/s?turn=${turns[2].uuid}` });
    expect(result.current.selection.selectedIndex).toBe(2);
    expect(scrolledTo()).toEqual([2]);
    await nextFrame();
    await nextFrame();
    expect(document.activeElement).toBe(document.body);
  });

  it('selects nothing for a turn that is not in the conversation, and says which one it was', () => {
    const { result, scrolledTo } = setup(turns, { path: '/s?turn=not-here' });
    expect(result.current.selection.selectedIndex).toBe(-1);
    expect(result.current.selection.linkedTurn).toBe('not-here');
    expect(scrolledTo()).toEqual([]);
  });

  it('j / k move from the selected turn, write the URL and focus the turn', async () => {
    const { result, scrolledTo, article } = setup(turns, { path: `/s?x=1&turn=${turns[1].uuid}` });
    act(() => result.current.selection.step(1));
    expect(result.current.search).toBe(`?x=1&turn=${turns[2].uuid}`);
    expect(result.current.selection.selectedIndex).toBe(2);
    expect(scrolledTo()).toEqual([1, 2]);
    await waitFor(() => expect(article(2)).toHaveFocus());
    act(() => result.current.selection.step(-1));
    expect(result.current.selection.selectedIndex).toBe(1);
    await waitFor(() => expect(article(1)).toHaveFocus());
  });

  it('starts from the turn being read when none is selected', () => {
    const next = setup(turns, { reader: 3 });
    expect(next.result.current.selection.startTurn()).toBe(3);
    act(() => next.result.current.selection.step(1));
    expect(next.result.current.selection.selectedIndex).toBe(3);
    expect(next.result.current.selection.startTurn()).toBe(3);
    next.unmount();

    const previous = setup(turns, { reader: 5 });
    act(() => previous.result.current.selection.step(-1));
    expect(previous.result.current.selection.selectedIndex).toBe(5);
  });

  it('moves once per key when keys repeat faster than the page re-renders', () => {
    const { result } = setup(turns, { path: `/s?turn=${turns[0].uuid}` });
    const { step } = result.current.selection;
    act(() => {
      step(1);
      step(1);
      step(1);
    });
    expect(result.current.selection.selectedIndex).toBe(3);
  });

  it('stays within the conversation, and scrolls back to a turn chosen again', () => {
    const { result, scrolledTo } = setup(turns, { path: `/s?turn=${turns[0].uuid}` });
    act(() => result.current.selection.step(-1));
    expect(result.current.selection.selectedIndex).toBe(0);
    expect(scrolledTo()).toEqual([0, 0]);
    act(() => result.current.selection.select(99));
    expect(result.current.selection.selectedIndex).toBe(7);
  });

  it('n / p jump between flagged turns and wrap around', () => {
    const { result } = setup(turns);
    expect(result.current.selection.flaggedCount).toBe(2);
    const selected = () => result.current.selection.selectedIndex;
    act(() => result.current.selection.stepFlagged(1));
    expect(selected()).toBe(2);
    act(() => result.current.selection.stepFlagged(1));
    expect(selected()).toBe(6);
    act(() => result.current.selection.stepFlagged(1));
    expect(selected()).toBe(2);
    act(() => result.current.selection.stepFlagged(-1));
    expect(selected()).toBe(6);
  });

  it('n can land on the flagged turn being read; p goes before it', () => {
    const next = setup(turns, { reader: 2 });
    act(() => next.result.current.selection.stepFlagged(1));
    expect(next.result.current.selection.selectedIndex).toBe(2);
    next.unmount();

    const previous = setup(turns, { reader: 6 });
    act(() => previous.result.current.selection.stepFlagged(-1));
    expect(previous.result.current.selection.selectedIndex).toBe(2);
  });

  it('does not scroll while printing, nor when printing ends', () => {
    const { result, rerender, scrolledTo } = setup(turns, {
      path: `/s?turn=${turns[4].uuid}`,
      printing: true,
    });
    expect(result.current.selection.selectedIndex).toBe(4);
    rerender({ printing: false });
    expect(scrolledTo()).toEqual([]);
    act(() => result.current.selection.step(1));
    expect(scrolledTo()).toEqual([5]);
  });
});
