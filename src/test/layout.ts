import { vi } from 'vitest';

/**
 * happy-dom does no layout or scrolling, so every element measures 0 px and the virtualiser's
 * idea of the page is meaningless. This gives each turn row a height, the window a viewport
 * size, and `window.scrollTo` a scroll position with scroll events. Returns a restore function.
 */
export function stubLayout({
  itemHeight,
  viewportHeight,
}: {
  itemHeight: number;
  viewportHeight: number;
}): () => void {
  let scrollY = 0;
  let scrollQueued = false;
  const saved = {
    innerHeight: Object.getOwnPropertyDescriptor(window, 'innerHeight'),
    scrollY: Object.getOwnPropertyDescriptor(window, 'scrollY'),
  };
  Object.defineProperty(window, 'innerHeight', { value: viewportHeight, configurable: true });
  Object.defineProperty(window, 'scrollY', { get: () => scrollY, configurable: true });
  const heightOf = (element: Element) => (element.matches('li[data-index]') ? itemHeight : 0);
  const offsetSpy = vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return heightOf(this);
  });
  const rectSpy = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: Element,
  ) {
    const li = this.closest('li[data-index]');
    // Rows sit at their translateY offset; everything inside a row at the row's top.
    const match = li ? /translateY\((-?[\d.]+)px\)/.exec((li as HTMLElement).style.transform) : null;
    const top = (match ? Number(match[1]) : 0) - scrollY;
    return DOMRect.fromRect({ x: 0, y: top, width: 800, height: heightOf(this) });
  });
  const scrollHeightSpy = vi.spyOn(Element.prototype, 'scrollHeight', 'get').mockImplementation(function (
    this: Element,
  ) {
    if (this !== document.documentElement) return 0;
    const list =
      document.querySelector<HTMLElement>('ol[aria-label^="Turns"]') ??
      document.querySelector<HTMLElement>('ol');
    return (list ? Number.parseFloat(list.style.height) || 0 : 0) + viewportHeight;
  });
  const scrollSpy = vi.spyOn(window, 'scrollTo').mockImplementation(((
    options?: ScrollToOptions | number,
    y?: number,
  ) => {
    scrollY = Math.max(0, typeof options === 'object' ? (options.top ?? scrollY) : (y ?? scrollY));
    // A browser fires one `scroll` after the call returns, never inside it: a scroll from a
    // layout effect must not re-enter React while it is committing.
    if (scrollQueued) return;
    scrollQueued = true;
    queueMicrotask(() => {
      scrollQueued = false;
      window.dispatchEvent(new Event('scroll'));
    });
  }) as typeof window.scrollTo);
  return () => {
    offsetSpy.mockRestore();
    rectSpy.mockRestore();
    scrollSpy.mockRestore();
    scrollHeightSpy.mockRestore();
    for (const [key, descriptor] of Object.entries(saved)) {
      if (descriptor) Object.defineProperty(window, key, descriptor);
    }
  };
}
