import { lazy, Suspense } from 'react';
import { formatDateTime, type TimeZoneChoice, utcDay } from '@/lib/format/date';
import type { BudgetView } from '../hooks/use-budget';
import { burnRateText, noPaceReason, paceBasisText, projectionText } from '../utils/budget-text';
import styles from './budget-card.module.css';
import { Countdown } from './budget-parts';

// Waits for `kpi/` and brings the tooltip: its own chunk, so the card's first paint does neither.
const AnonymousShare = lazy(() => import('./anonymous-share').then((m) => ({ default: m.AnonymousShare })));

const DAY_MS = 86_400_000;

/** The card's facts under the gauges: reset countdown, burn rate, projection, visitors' share. */
export function BudgetMeta({ budget, zone }: { budget: BudgetView; zone: TimeZoneChoice }) {
  const { snapshot, pace, projection } = budget;
  if (!snapshot) return null;
  return (
    <dl className={styles.meta}>
      <div>
        <dt>Next reset</dt>
        <dd>
          <Countdown resetsAt={snapshot.resets_at} now={budget.now} zone={zone} />
        </dd>
      </div>
      <div>
        <dt>Burn rate</dt>
        <dd>
          {burnRateText(pace)}{' '}
          <span className={styles.muted}>
            {pace ? `(${paceBasisText(pace, zone)})` : noPaceReason(budget.staleReason === 'not-reset')}
          </span>
        </dd>
      </div>
      {projection && projection.kind !== 'no-cap' && (
        <div>
          <dt>Projection</dt>
          <dd
            title={
              projection.kind === 'at' ? formatDateTime(projection.at, zone, { seconds: false }) : undefined
            }
          >
            {projectionText(projection, zone)}
          </dd>
        </div>
      )}
      <div>
        <dt>Anonymous visitors</dt>
        <dd>
          <Suspense fallback={<span className={styles.muted}>Loading…</span>}>
            <AnonymousShare
              day={utcDay(Date.parse(snapshot.resets_at) - DAY_MS)}
              tokensToday={snapshot.tokens_today}
              stale={budget.staleReason === 'not-reset'}
            />
          </Suspense>
        </dd>
      </div>
    </dl>
  );
}
