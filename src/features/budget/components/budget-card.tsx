import { useId, useState, type JSX } from 'react';
import { SlowLoading } from '@/components/feedback/slow-loading';
import { errorMessage, SectionError, Skeleton } from '@/components/feedback/states';
import { Button } from '@/components/ui/button';
import { useTimeZone } from '@/hooks/use-preferences';
import {
  formatCountdown,
  formatDateTime,
  formatRelative,
  formatTimeOfDay,
  type TimeZoneChoice,
} from '@/lib/format/date';
import { formatCompact, formatNumber } from '@/lib/format/number';
import { budgetQueries } from '../api/queries';
import { useBudget, type BudgetView, type StaleReason } from '../hooks/use-budget';
import type { BudgetNotifications } from '../hooks/use-budget-notifications';
import { useBudgetWatch } from '../hooks/use-budget-watch';
import type { UsageState } from '../utils/budget-math';
import {
  burnRateText,
  meterText,
  percentText,
  projectionText,
  stateMessage,
  type UsageUnit,
} from '../utils/budget-text';
import styles from './budget-card.module.css';
import { Gauge } from './gauge';

/** Overview card: today's site-wide token budget, polled every 30 s, with the budget watch. */
export function BudgetCard(): JSX.Element {
  const budget = useBudget();
  const notifications = useBudgetWatch(budget);
  const headingId = useId();
  const announcement = useAnnouncement(budget);

  return (
    <section
      className={styles.card}
      aria-labelledby={headingId}
      aria-busy={budget.isLoading}
      data-stale={budget.stale || undefined}
    >
      <header className={styles.header}>
        <h2 id={headingId}>Token budget today</h2>
        {budget.stale && <span className={styles.staleBadge}>Stale</span>}
        <NotifyToggle notifications={notifications} />
      </header>
      <BudgetBody budget={budget} />
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </section>
  );
}

function BudgetBody({ budget }: { budget: BudgetView }) {
  const zone = useTimeZone();
  const { snapshot, state, requestState } = budget;
  if (budget.isLoading) {
    return (
      <SlowLoading queryKeys={[budgetQueries.snapshot().queryKey]} what="the token budget">
        <BudgetSkeleton />
      </SlowLoading>
    );
  }
  if (!snapshot || !state) {
    return <SectionError error={budget.error} onRetry={budget.refetch} what="the token budget" />;
  }
  return (
    <>
      {budget.staleReason && <StaleBanner budget={budget} reason={budget.staleReason} zone={zone} />}
      <div className={styles.panels}>
        <UsagePanel title="Tokens today" unit="token" state={state} />
        {requestState && <UsagePanel title="Requests today" unit="request" state={requestState} />}
      </div>
      <dl className={styles.meta}>
        <div>
          <dt>Next reset</dt>
          <dd>
            <Countdown resetsAt={snapshot.resets_at} now={budget.now} zone={zone} />
          </dd>
        </div>
        <div>
          <dt>Burn rate</dt>
          <dd>{burnRateText(budget.burnRate)}</dd>
        </div>
        {budget.projection && budget.projection.kind !== 'no-cap' && (
          <div>
            <dt>Projection</dt>
            <dd
              title={
                budget.projection.kind === 'at'
                  ? formatDateTime(budget.projection.at, zone, { seconds: false })
                  : undefined
              }
            >
              {projectionText(budget.projection, zone)}
            </dd>
          </div>
        )}
      </dl>
      {budget.updatedAt && (
        <p className={styles.updated}>
          Updated{' '}
          <time
            dateTime={budget.updatedAt.toISOString()}
            title={formatDateTime(budget.updatedAt, zone, { seconds: true })}
          >
            {formatRelative(budget.updatedAt, budget.now)}
          </time>
        </p>
      )}
    </>
  );
}

function UsagePanel({ title, unit, state }: { title: string; unit: UsageUnit; state: UsageState }) {
  const noun = unit === 'token' ? 'Tokens' : 'Requests';
  return (
    <div className={styles.panel} data-kind={state.kind}>
      <h3 className={styles.panelTitle}>{title}</h3>
      {state.kind !== 'no-cap' && (
        <Gauge
          ratio={state.ratio}
          kind={state.kind}
          label={`${noun} used today`}
          valueText={meterText(state, unit)}
          centre={percentText(state)}
        />
      )}
      <p className={styles.status} data-kind={state.kind}>
        {stateMessage(state, unit)}
      </p>
      <dl className={styles.figures}>
        <Figure label="Used" value={state.used} />
        {state.remaining !== null && <Figure label="Remaining" value={state.remaining} />}
        {state.limit !== null && <Figure label="Daily cap" value={state.limit} />}
      </dl>
    </div>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <span className={styles.full}>{formatNumber(value)}</span>{' '}
        <span className={styles.compact}>({formatCompact(value)})</span>
      </dd>
    </div>
  );
}

function Countdown({ resetsAt, now, zone }: { resetsAt: string; now: number; zone: TimeZoneChoice }) {
  const left = Date.parse(resetsAt) - now;
  const at = formatTimeOfDay(resetsAt, zone);
  if (left <= 0) return <>Reset due ({at}) — waiting for the server</>;
  return (
    <>
      Resets in <time dateTime={`PT${Math.floor(left / 1000)}S`}>{formatCountdown(left)}</time> ({at})
    </>
  );
}

function StaleBanner({
  budget,
  reason,
  zone,
}: {
  budget: BudgetView;
  reason: StaleReason;
  zone: TimeZoneChoice;
}) {
  if (reason === 'not-reset') {
    return (
      <div className={styles.banner} data-tone="warn">
        <p>Still showing yesterday&apos;s total: the server resets lazily after midnight.</p>
      </div>
    );
  }
  return (
    <div className={styles.banner} data-tone="bad">
      <p>Last update failed — showing the value from {formatTimeOfDay(budget.updatedAt, zone)}.</p>
      <p className={styles.bannerDetail}>{errorMessage(budget.error)}</p>
      <Button size="small" onClick={budget.refetch} disabled={budget.isFetching}>
        {budget.isFetching ? 'Retrying…' : 'Retry'}
      </Button>
    </div>
  );
}

function NotifyToggle({ notifications }: { notifications: BudgetNotifications }) {
  if (!notifications.supported) return null;
  const blocked = notifications.permission === 'denied';
  return (
    <div className={styles.notify}>
      <Button
        size="small"
        variant="ghost"
        aria-pressed={notifications.enabled}
        disabled={blocked}
        title={
          blocked
            ? 'Notifications are blocked for this site in the browser settings'
            : 'Notify me when the budget reaches 80%, 95% and 100%'
        }
        onClick={() => void notifications.toggle()}
      >
        <BellIcon />
        Notify me
      </Button>
      {blocked && <span className={styles.notifyHint}>Blocked in browser settings</span>}
    </div>
  );
}

function BellIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        d="M8 1.5a4 4 0 0 0-4 4v2.8L2.6 11h10.8L12 8.3V5.5a4 4 0 0 0-4-4ZM6.3 12.5a1.8 1.8 0 0 0 3.4 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.3"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** Same outline as the loaded card, so the page does not jump when data arrives. */
function BudgetSkeleton() {
  return (
    <div className={styles.skeleton}>
      <Skeleton label="Loading the token budget" width="12rem" height="6.8rem" />
      <div className={styles.skeletonLines}>
        <Skeleton width="14rem" />
        <Skeleton width="11rem" />
        <Skeleton width="12rem" />
        <Skeleton width="9rem" />
      </div>
    </div>
  );
}

/**
 * What the polite live region says: only a change of state (normal → warning, a failed poll,
 * the midnight staleness), never the ticking clock or an unchanged poll. The first reading is
 * not announced; it is simply the content.
 */
function useAnnouncement(budget: BudgetView): string {
  const key = budget.state ? `${budget.state.kind}|${budget.staleReason ?? ''}` : null;
  const [previous, setPrevious] = useState(key);
  const [text, setText] = useState('');
  if (key !== previous) {
    setPrevious(key);
    if (previous !== null && key !== null && budget.state)
      setText(announce(budget.state, budget.staleReason));
  }
  return text;
}

function announce(state: UsageState, reason: StaleReason | null): string {
  const message = `Token budget: ${stateMessage(state, 'token')}.`;
  if (reason === 'poll-failed') return `${message} Last update failed; the value may be out of date.`;
  if (reason === 'not-reset') return `${message} Still showing yesterday's total.`;
  return message;
}
