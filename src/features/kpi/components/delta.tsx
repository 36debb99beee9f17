import { Skeleton } from '@/components/feedback/states';
import { Explained } from '@/components/ui/explained';
import {
  describeDelta,
  describeSoFar,
  formatDeltaValue,
  formatPreviousValue,
  formatSoFar,
  type Delta,
  type Polarity,
  type SoFar,
} from '../utils/deltas';
import styles from './kpi.module.css';

const ARROW = { up: '▲', down: '▼', flat: '' } as const;
const VERDICT_WORD = { better: 'better', worse: 'worse', neutral: '', unchanged: '' } as const;

export type DeltaState = { status: 'loading' } | { status: 'none'; reason: string } | SoFar | Delta;

/**
 * The change against the previous window: arrow, signed size, "better"/"worse" in words (not by
 * colour alone) and the previous value; one full sentence for screen readers. `elapsed` is set
 * while the date range is in progress: nothing is judged then.
 */
export function DeltaLine({
  state,
  polarity,
  period,
  label,
  elapsed,
}: {
  state: DeltaState;
  polarity: Polarity;
  period: string;
  /** What the change is measured on, when it is not the card's figure. */
  label?: string;
  elapsed: number | null;
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
  const prefix = label ? `${label}: ` : '';
  if (state.status === 'so-far') {
    return (
      <p className={styles.delta} data-verdict="neutral">
        <span aria-hidden="true">
          <span className={styles.deltaMuted}>{prefix}</span>
          <span className={styles.deltaChange}>{formatSoFar(state)}</span>
        </span>
        <span className="visually-hidden">{describeSoFar(state, period, elapsed ?? 0)}</span>
      </p>
    );
  }
  const word = VERDICT_WORD[state.verdict];
  return (
    <p className={styles.delta} data-verdict={state.verdict}>
      <span aria-hidden="true">
        {prefix && <span className={styles.deltaMuted}>{prefix}</span>}
        <span className={styles.deltaChange}>
          {state.direction !== 'flat' && <span className={styles.arrow}>{ARROW[state.direction]} </span>}
          {formatDeltaValue(state)}
          {word && ` ${word}`}
        </span>{' '}
        <span className={styles.deltaMuted}>· was {formatPreviousValue(state)}</span>
      </span>
      <span className="visually-hidden">
        {prefix}
        {describeDelta(state, polarity, period, elapsed !== null)}
      </span>
    </p>
  );
}
