import { Skeleton } from '@/components/feedback/states';
import {
  describeDelta,
  formatDeltaValue,
  formatPreviousValue,
  type Delta,
  type Polarity,
} from '../utils/deltas';
import { Explained } from '@/components/ui/explained';
import styles from './kpi.module.css';

const ARROW = { up: '▲', down: '▼', flat: '' } as const;
const VERDICT_WORD = { better: 'better', worse: 'worse', neutral: '', unchanged: '' } as const;

export type DeltaState = { status: 'loading' } | { status: 'none'; reason: string } | Delta;

/**
 * The change against the previous window: arrow, signed size, "better"/"worse" in words (not by
 * colour alone) and the previous value; one full sentence for screen readers.
 */
export function DeltaLine({
  state,
  polarity,
  period,
}: {
  state: DeltaState;
  polarity: Polarity;
  period: string;
}) {
  if (state.status === 'loading') {
    return (
      <p className={styles.delta}>
        <Skeleton width="7rem" height="0.8rem" />
      </p>
    );
  }
  if (state.status === 'none' || state.status === 'unavailable') {
    return (
      <p className={styles.delta} data-verdict="none">
        <span className={styles.deltaMuted}>vs previous </span>
        <Explained reason={state.reason} label="Change: not available">
          —
        </Explained>
      </p>
    );
  }
  const word = VERDICT_WORD[state.verdict];
  return (
    <p className={styles.delta} data-verdict={state.verdict}>
      <span aria-hidden="true">
        <span className={styles.deltaChange}>
          {state.direction !== 'flat' && <span className={styles.arrow}>{ARROW[state.direction]} </span>}
          {formatDeltaValue(state)}
          {word && ` ${word}`}
        </span>{' '}
        <span className={styles.deltaMuted}>· was {formatPreviousValue(state)}</span>
      </span>
      <span className="visually-hidden">{describeDelta(state, polarity, period)}</span>
    </p>
  );
}
