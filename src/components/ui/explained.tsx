import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import styles from './explained.module.css';

/** Hover this long before the tooltip opens, so passing over a value does not flash it. */
const HOVER_DELAY = 150;
/** Within this long of a hovered tooltip closing, the next opens at once (moving along a row). */
const SKIP_DELAY = 300;
/** Time to cross from the value to its tooltip, which stays open while hovered (WCAG 1.4.13). */
const CLOSE_GRACE = 100;
/** Pixels between the value and the tooltip; the arrow sits in them. */
const GAP = 6;
/** Pixels the tooltip keeps from the viewport's edges. */
const PADDING = 8;
const ARROW_WIDTH = 10;
const ARROW_HEIGHT = 5;
/** The arrow stays clear of the tooltip's rounded corners. */
const ARROW_INSET = 6;

let lastHoverClose = -Infinity;

/**
 * Where the tooltip goes, in viewport pixels: above the value, below it when there is no room
 * above (and more below), centred on it but kept `PADDING` inside the viewport.
 */
function place(trigger: DOMRect, width: number, height: number) {
  const viewport = document.documentElement;
  const above = trigger.top - GAP - height;
  const fitsAbove = above >= PADDING;
  const fitsBelow = trigger.bottom + GAP + height <= viewport.clientHeight - PADDING;
  const side =
    fitsAbove || (!fitsBelow && trigger.top >= viewport.clientHeight - trigger.bottom) ? 'top' : 'bottom';
  const centre = trigger.left + trigger.width / 2;
  const left = Math.max(PADDING, Math.min(centre - width / 2, viewport.clientWidth - PADDING - width));
  const arrowLeft = Math.max(
    ARROW_INSET,
    Math.min(centre - left - ARROW_WIDTH / 2, width - ARROW_INSET - ARROW_WIDTH),
  );
  return { side, top: side === 'top' ? above : trigger.bottom + GAP, left, arrowLeft } as const;
}

/**
 * A value that needs a reason ("—" for a rate with no denominator). The reason shows in a
 * tooltip on hover and on keyboard focus, and is the element's accessible description, so
 * screen readers hear it without opening anything.
 *
 * The tooltip is rendered into document.body with fixed coordinates, so no `overflow` container
 * clips it, and follows the value when the page or a container scrolls. It stays open while the
 * value has focus (focusing a value below the fold scrolls it into view) and closes on Escape,
 * on blur, and when the pointer leaves both the value and the tooltip.
 */
export function Explained({
  children,
  reason,
  label,
}: {
  children: ReactNode;
  reason: string;
  /** Accessible name when the visible text ("—") says nothing by itself. */
  label?: string;
}) {
  const id = useId();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const open = hovered || focused;
  const triggerRef = useRef<HTMLSpanElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const arrowRef = useRef<SVGSVGElement>(null);
  const timer = useRef<number | undefined>(undefined);
  // A mouse click focuses the value too: the hover already shows the reason, and leaving closes it.
  const pointerDown = useRef(false);

  const closeHover = () => {
    lastHoverClose = performance.now();
    setHovered(false);
  };
  const pointerEnter = (event: PointerEvent) => {
    // Touch has no hover: a tap focuses the value, and focus opens the tooltip.
    if (event.pointerType === 'touch') return;
    window.clearTimeout(timer.current);
    if (hovered) return;
    if (performance.now() - lastHoverClose < SKIP_DELAY) setHovered(true);
    else timer.current = window.setTimeout(() => setHovered(true), HOVER_DELAY);
  };
  const pointerLeave = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    window.clearTimeout(timer.current);
    if (hovered) timer.current = window.setTimeout(closeHover, CLOSE_GRACE);
  };

  useEffect(() => () => window.clearTimeout(timer.current), []);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      window.clearTimeout(timer.current);
      setHovered(false);
      setFocused(false);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  // Placed before paint, and again whenever anything scrolls or the window resizes.
  useLayoutEffect(() => {
    if (!open) return;
    const update = () => {
      const trigger = triggerRef.current;
      const tooltip = tooltipRef.current;
      if (!trigger || !tooltip) return;
      const { side, top, left, arrowLeft } = place(
        trigger.getBoundingClientRect(),
        tooltip.offsetWidth,
        tooltip.offsetHeight,
      );
      tooltip.style.top = `${top}px`;
      tooltip.style.left = `${left}px`;
      tooltip.dataset.side = side;
      if (arrowRef.current) arrowRef.current.style.left = `${arrowLeft}px`;
    };
    update();
    window.addEventListener('scroll', update, { capture: true, passive: true });
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update, { capture: true });
      window.removeEventListener('resize', update);
    };
  }, [open, reason]);

  return (
    <>
      <span
        ref={triggerRef}
        className={styles.explained}
        // A focus stop so keyboard users can reach the reason; it does nothing when activated.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        role="note"
        aria-label={label}
        aria-describedby={id}
        onPointerEnter={pointerEnter}
        onPointerLeave={pointerLeave}
        onPointerDown={(event) => {
          if (event.pointerType !== 'touch') pointerDown.current = true;
        }}
        onFocus={() => {
          if (!pointerDown.current) setFocused(true);
          pointerDown.current = false;
        }}
        onBlur={() => {
          pointerDown.current = false;
          setFocused(false);
        }}
      >
        {children}
      </span>
      <span id={id} hidden>
        {reason}
      </span>
      {open &&
        createPortal(
          <div
            ref={tooltipRef}
            role="tooltip"
            className={styles.tooltip}
            onPointerEnter={pointerEnter}
            onPointerLeave={pointerLeave}
          >
            {reason}
            <svg
              ref={arrowRef}
              className={styles.tooltipArrow}
              width={ARROW_WIDTH}
              height={ARROW_HEIGHT}
              viewBox="0 0 30 10"
              preserveAspectRatio="none"
              aria-hidden
            >
              <polygon points="0,0 30,0 15,10" />
            </svg>
          </div>,
          document.body,
        )}
    </>
  );
}
