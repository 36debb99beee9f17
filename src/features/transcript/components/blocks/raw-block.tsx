import { Highlight } from '../highlight';
import { rawBlockText } from '@/features/transcript/utils/turn-text';
import styles from './blocks.module.css';

/** An unknown kind or a malformed block: labelled, shown as JSON text, never a crash. */
export function RawBlock({
  label,
  value,
  pattern,
}: {
  label: string;
  value: unknown;
  pattern: RegExp | null;
}) {
  return (
    <div className={styles.raw} role="group" aria-label={label}>
      <p className={styles.rawLabel}>
        <span aria-hidden="true">⚠ </span>
        {label}
      </p>
      {/* A scrollable region must be reachable by keyboard (axe: scrollable-region-focusable). */}
      <pre tabIndex={0}>
        <Highlight text={rawBlockText(value)} pattern={pattern} />
      </pre>
    </div>
  );
}
