import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Explained } from './explained';

const REASON = 'No thumbs-up or thumbs-down votes in this range yet.';

function renderValue() {
  render(
    <div data-testid="card" style={{ overflow: 'hidden' }}>
      <button type="button">Before</button>
      <Explained reason={REASON} label="Satisfaction: no value">
        —
      </Explained>
      <button type="button">After</button>
    </div>,
  );
  return screen.getByRole('note', { name: 'Satisfaction: no value' });
}

const tooltip = () => screen.queryByRole('tooltip');

describe('Explained', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('is a focus stop whose accessible description is the reason, with no tooltip until asked', () => {
    const value = renderValue();
    expect(value).toHaveTextContent('—');
    expect(value).toHaveAttribute('tabindex', '0');
    expect(value).toHaveAccessibleDescription(REASON);
    expect(tooltip()).toBeNull();
  });

  // On a fake clock, to time the delays. user-event would hang there (Testing Library only
  // advances Jest's fake timers between its steps), so the mouse's pointer events are fired directly.
  describe('hover', () => {
    const enter = (element: Element) => fireEvent.pointerEnter(element, { pointerType: 'mouse' });
    const leave = (element: Element) => fireEvent.pointerLeave(element, { pointerType: 'mouse' });
    const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));
    beforeEach(() => {
      vi.useFakeTimers();
      // The fake clock starts at 0 in every test: past the skip delay of an earlier test's tooltip.
      vi.advanceTimersByTime(60_000);
    });

    it('shows the reason after a short hover, and hides it when the pointer leaves', () => {
      const value = renderValue();
      enter(value);
      wait(100);
      expect(tooltip()).toBeNull();
      wait(60);
      expect(tooltip()).toHaveTextContent(REASON);

      leave(value);
      wait(200);
      expect(tooltip()).toBeNull();
    });

    it('does not open when the pointer only passes over the value', () => {
      const value = renderValue();
      enter(value);
      wait(50);
      leave(value);
      wait(500);
      expect(tooltip()).toBeNull();
    });

    it('stays open while the pointer moves onto the tooltip, and closes when it leaves that', () => {
      const value = renderValue();
      enter(value);
      wait(150);
      leave(value);
      enter(screen.getByRole('tooltip'));
      wait(500);
      expect(tooltip()).toHaveTextContent(REASON);
      leave(screen.getByRole('tooltip'));
      wait(200);
      expect(tooltip()).toBeNull();
    });

    it('Escape closes it', () => {
      const value = renderValue();
      enter(value);
      wait(150);
      expect(tooltip()).toBeInTheDocument();
      fireEvent.keyDown(document.body, { key: 'Escape' });
      expect(tooltip()).toBeNull();
    });

    it('a click on the value does not keep it open after the pointer leaves', () => {
      const value = renderValue();
      enter(value);
      wait(150);
      fireEvent.pointerDown(value, { pointerType: 'mouse' });
      act(() => value.focus());
      leave(value);
      wait(200);
      expect(value).toHaveFocus();
      expect(tooltip()).toBeNull();
    });
  });

  describe('keyboard', () => {
    it('focus shows the reason at once; Escape hides it and keeps the focus', async () => {
      const user = userEvent.setup();
      const value = renderValue();
      await user.tab();
      await user.tab();
      expect(value).toHaveFocus();
      expect(tooltip()).toHaveTextContent(REASON);

      await user.keyboard('{Escape}');
      expect(tooltip()).toBeNull();
      expect(value).toHaveFocus();
    });

    it('stays open while focused when the page scrolls, and closes on blur', async () => {
      const user = userEvent.setup();
      const value = renderValue();
      await user.tab();
      await user.tab();
      fireEvent.scroll(window);
      fireEvent.scroll(screen.getByTestId('card'));
      expect(tooltip()).toHaveTextContent(REASON);

      await user.tab();
      expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
      expect(tooltip()).toBeNull();
      expect(value).not.toHaveFocus();
    });
  });

  describe('placement', () => {
    let rect = { left: 400, top: 300, width: 20, height: 18 };
    beforeEach(() => {
      rect = { left: 400, top: 300, width: 20, height: 18 };
      vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
      vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
      vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(200);
      vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(40);
      vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(() =>
        DOMRect.fromRect({ x: rect.left, y: rect.top, width: rect.width, height: rect.height }),
      );
    });
    const box = () => {
      const { top, left } = (tooltip() as HTMLElement).style;
      return { top, left, side: tooltip()?.getAttribute('data-side') };
    };

    it('goes to document.body, out of any overflow container, above and centred on the value', () => {
      const value = renderValue();
      act(() => value.focus());
      expect(screen.getByTestId('card')).not.toContainElement(tooltip());
      expect(tooltip()?.parentElement).toBe(document.body);
      // 300 − 6 px gap − 40 px high; 410 centre − 100 half width.
      expect(box()).toEqual({ top: '254px', left: '310px', side: 'top' });
    });

    it('flips below the value without room above, and keeps 8 px inside the viewport', () => {
      rect = { left: 0, top: 20, width: 20, height: 18 };
      const value = renderValue();
      act(() => value.focus());
      expect(box()).toEqual({ top: '44px', left: '8px', side: 'bottom' });
    });

    it('follows the value when something scrolls or the window resizes', () => {
      const value = renderValue();
      act(() => value.focus());
      rect = { left: 900, top: 500, width: 20, height: 18 };
      fireEvent.scroll(screen.getByTestId('card'));
      // 1000 − 8 px padding − 200 px wide.
      expect(box()).toEqual({ top: '454px', left: '792px', side: 'top' });
      rect = { left: 400, top: 10, width: 20, height: 18 };
      fireEvent(window, new Event('resize'));
      expect(box()).toEqual({ top: '34px', left: '310px', side: 'bottom' });
    });
  });
});
