import { Highlight } from '../highlight';
import styles from './blocks.module.css';

/** Code and mermaid blocks as text; mermaid is never rendered (no diagram code runs). */
export function CodeBlock({
  content,
  caption,
  pattern,
}: {
  content: string;
  caption: string;
  pattern: RegExp | null;
}) {
  return (
    <figure className={styles.code}>
      <figcaption className={styles.kindLabel}>{caption}</figcaption>
      {/* A scrollable region must be reachable by keyboard (axe: scrollable-region-focusable). */}
      <pre tabIndex={0}>
        <code>
          <Highlight text={content} pattern={pattern} />
        </code>
      </pre>
    </figure>
  );
}
