import type { ReactNode, Ref } from 'react';
import { Button } from '@/components/ui/button';
import { formatNumber } from '@/lib/format/number';
import styles from './transcript-toolbar.module.css';

type Props = {
  find: ReactNode;
  flaggedCount: number;
  onPreviousFlagged: () => void;
  onNextFlagged: () => void;
  onFirst: () => void;
  onLast: () => void;
  position: string;
  toolbarRef?: Ref<HTMLDivElement>;
  /** Jumps wait for the whole conversation. */
  disabled?: boolean;
};

/** Stays in view while reading: find, flagged-turn and first/last navigation. */
export function TranscriptToolbar({
  find,
  flaggedCount,
  onPreviousFlagged,
  onNextFlagged,
  onFirst,
  onLast,
  position,
  toolbarRef,
  disabled = false,
}: Props) {
  return (
    <div className={styles.toolbar} ref={toolbarRef} role="toolbar" aria-label="Transcript tools">
      {find}
      <div className={styles.group} role="group" aria-label="Flagged turns">
        <Button
          size="small"
          onClick={onPreviousFlagged}
          disabled={disabled || flaggedCount === 0}
          title="Previous flagged turn (p)"
        >
          ← Flagged
        </Button>
        <span className={styles.groupLabel}>{disabled ? '…' : formatNumber(flaggedCount)} flagged</span>
        <Button
          size="small"
          onClick={onNextFlagged}
          disabled={disabled || flaggedCount === 0}
          title="Next flagged turn (n)"
        >
          Flagged →
        </Button>
      </div>
      <div className={styles.group} role="group" aria-label="Turns">
        <Button size="small" onClick={onFirst} title="First turn (Home)" disabled={disabled}>
          First turn
        </Button>
        <Button size="small" onClick={onLast} title="Last turn (End)" disabled={disabled}>
          Last turn
        </Button>
        <span className={styles.position} aria-live="polite">
          {position}
        </span>
      </div>
    </div>
  );
}
