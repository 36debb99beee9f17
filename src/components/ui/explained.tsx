import { Tooltip } from 'radix-ui';
import { useId, useRef, useState, type ReactNode } from 'react';
import styles from './explained.module.css';

/**
 * A value that needs a reason ("—" for a rate with no denominator). The reason shows in a
 * tooltip on hover and on keyboard focus, and is the element's accessible description, so
 * screen readers hear it without opening anything.
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
  const [open, setOpen] = useState(false);
  const focused = useRef(false);
  const dismissed = useRef(false);
  // Radix closes a tooltip when the page scrolls, and focusing a value below the fold scrolls it
  // into view: kept open while it has focus, until Escape or leaving it.
  const onOpenChange = (next: boolean) => {
    if (!next && focused.current && !dismissed.current) return;
    setOpen(next);
  };
  return (
    <Tooltip.Provider delayDuration={150} skipDelayDuration={300}>
      <Tooltip.Root open={open} onOpenChange={onOpenChange}>
        <Tooltip.Trigger asChild>
          <span
            className={styles.explained}
            // A focus stop so keyboard users can reach the reason; it does nothing when activated.
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            tabIndex={0}
            role="note"
            aria-label={label}
            aria-describedby={id}
            onFocus={() => {
              focused.current = true;
              dismissed.current = false;
            }}
            onBlur={() => {
              focused.current = false;
            }}
          >
            {children}
          </span>
        </Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content
            className={styles.tooltip}
            side="top"
            sideOffset={6}
            collisionPadding={8}
            onEscapeKeyDown={() => {
              dismissed.current = true;
            }}
          >
            {reason}
            <Tooltip.Arrow className={styles.tooltipArrow} width={10} height={5} />
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
      <span id={id} hidden>
        {reason}
      </span>
    </Tooltip.Provider>
  );
}
