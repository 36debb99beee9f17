import { Highlight } from './highlight';
import styles from './turn.module.css';

/**
 * The visitor's message exactly as typed: plain text, whitespace kept, never parsed as HTML or
 * markdown. `dir="auto"` keeps a right-to-left message readable without letting it reorder the
 * page; bidi overrides inside stay inside this element.
 */
export function VisitorMessage({ text, pattern }: { text: string; pattern: RegExp | null }) {
  if (!text) return <p className={styles.emptyMessage}>(empty message)</p>;
  return (
    <p className={styles.message} dir="auto">
      <Highlight text={text} pattern={pattern} />
    </p>
  );
}
