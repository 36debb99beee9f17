import { useState } from 'react';
import { Button } from './button';
import styles from './short-text.module.css';

/**
 * A value that should be short (an intent, a model, a category) but comes from strangers: past
 * `max` characters it is cut with "…", the whole value is in the tooltip (hover) and one click
 * ("Show all") away. Text only; never markup.
 */
export function ShortText({
  text,
  max = 60,
  expand = true,
}: {
  text: string;
  max?: number;
  /** Offer "Show all"; in a table cell the tooltip is enough (the row opens the whole record). */
  expand?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const chars = Array.from(text);
  if (chars.length <= max) return <>{text}</>;
  if (!expand) return <span className={styles.short} title={text}>{`${chars.slice(0, max).join('')}…`}</span>;
  return (
    <span className={styles.short}>
      <span title={open ? undefined : text}>{open ? text : `${chars.slice(0, max).join('')}…`}</span>{' '}
      <Button
        size="small"
        variant="ghost"
        className={styles.toggle}
        aria-expanded={open}
        onClick={(event) => {
          event.stopPropagation();
          setOpen((v) => !v);
        }}
      >
        {open ? 'Show less' : `Show all ${chars.length.toLocaleString('en-GB')} characters`}
      </Button>
    </span>
  );
}
