import type { ReactNode } from 'react';
import { ThumbIcon } from '@/components/ui/thumb-icon';
import { Skeleton } from '@/components/feedback/states';
import { SeverityBadge } from '@/components/ui/severity-badge';
import { Time } from '@/components/ui/time';
import { formatNumber } from '@/lib/format/number';
import type { VisitorTotals } from '../utils/sessions';
import { formatTokens, tokensNote } from '../utils/tokens';
import styles from './visitor.module.css';

function Stat({ label, children, detail }: { label: string; children: ReactNode; detail?: ReactNode }) {
  return (
    <div className={styles.stat}>
      <dt>{label}</dt>
      <dd>
        <span className={styles.value}>{children}</span>
        {detail && <span className={styles.detail}>{detail}</span>}
      </dd>
    </div>
  );
}

/** The visitor's header figures, over all their turns (the endpoint ignores filters). */
export function VisitorSummary({ totals }: { totals: VisitorTotals }) {
  const { tokens } = totals;
  const note = tokensNote(tokens);
  return (
    <dl className={styles.stats}>
      <Stat label="First seen">
        <Time value={totals.firstSeen} />
      </Stat>
      <Stat label="Last seen" detail={<Time value={totals.lastSeen} relative />}>
        <Time value={totals.lastSeen} />
      </Stat>
      <Stat label="Turns">{formatNumber(totals.turns)}</Stat>
      <Stat label="Conversations">{formatNumber(totals.sessions)}</Stat>
      <Stat
        label="Tokens"
        detail={
          <>
            <span>
              in {formatTokens(tokens, 'input')} · out {formatTokens(tokens, 'output')}
            </span>
            {note && <span className={styles.note}>{note}</span>}
          </>
        }
      >
        {formatTokens(tokens)}
      </Stat>
      <Stat
        label="Flagged turns"
        detail={
          <>
            {totals.flaggedTurns > 0 && <SeverityBadge value={totals.maxSeverity} />}
            <span title="Turns whose personal data the input guard redacted: what the visitors list counts as redactions">
              {formatNumber(totals.redactions)} with PII redacted
            </span>
          </>
        }
      >
        {formatNumber(totals.flaggedTurns)}
      </Stat>
      <Stat label="Feedback" detail={`${formatNumber(totals.noFeedback)} turns without a vote`}>
        <span className={styles.feedback}>
          <span>
            <ThumbIcon direction="up" /> {formatNumber(totals.positiveFeedback)} up
          </span>
          <span>
            <ThumbIcon direction="down" /> {formatNumber(totals.negativeFeedback)} down
          </span>
        </span>
      </Stat>
    </dl>
  );
}

export function VisitorSummarySkeleton() {
  return (
    <div className={styles.stats} aria-busy="true">
      {Array.from({ length: 7 }, (_, i) => (
        <div key={i} className={styles.stat}>
          <Skeleton width="5rem" height="0.75rem" label={i === 0 ? 'Loading visitor totals' : undefined} />
          <Skeleton width="7rem" height="1.3rem" />
        </div>
      ))}
    </div>
  );
}
