import { useState } from 'react';
import type { Interaction } from '@/api/schemas/interaction';
import { toJsonText } from '../utils/blocks';
import { redactTurn } from '../utils/export';
import styles from './turn.module.css';

/** The turn as the API sent it, as text; raw IPs stay hidden until revealed in the header. */
export function RawJson({ turn, revealIp }: { turn: Interaction; revealIp: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <details className={styles.rawJson} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Raw JSON</summary>
      {/* A scrollable region must be reachable by keyboard (axe: scrollable-region-focusable). */}
      {open && <pre tabIndex={0}>{toJsonText(redactTurn(turn, revealIp))}</pre>}
    </details>
  );
}
