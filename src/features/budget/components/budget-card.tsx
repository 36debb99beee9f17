import { useId, useMemo, type JSX } from 'react';
import { SlowLoading } from '@/components/feedback/slow-loading';
import { SectionError } from '@/components/feedback/states';
import { useTimeZone } from '@/hooks/use-preferences';
import { formatDateTime, formatRelative } from '@/lib/format/date';
import { budgetQueries } from '../api/queries';
import { useAnnouncement } from '../hooks/use-announcement';
import { useBudget, type BudgetView } from '../hooks/use-budget';
import { useBudgetWatch } from '../hooks/use-budget-watch';
import { budgetHeadline } from '../utils/budget-text';
import styles from './budget-card.module.css';
import { BudgetMeta } from './budget-meta';
import { BudgetSkeleton, StaleBanner } from './budget-parts';
import { NotifyToggle } from './notify-toggle';
import { UsagePanel, type Headline } from './usage-panel';

/**
 * Overview card: today's site-wide token budget, polled every 30 s, with the budget watch.
 * `owner` is the signed-in user, whose poll history survives a reload (null: not kept).
 */
export function BudgetCard({ owner }: { owner: string | null }): JSX.Element {
  const budget = useBudget(owner);
  const notifications = useBudgetWatch(budget);
  const headingId = useId();
  const zone = useTimeZone();
  const { state, projection } = budget;
  const headline = useMemo(
    () => (state ? budgetHeadline(state, projection, zone) : null),
    [state, projection, zone],
  );
  const announcement = useAnnouncement(
    headline && { key: `${headline.kind}|${headline.detail !== null}`, headline: headline.text },
    budget.staleReason,
  );

  return (
    <section
      className={styles.card}
      aria-labelledby={headingId}
      aria-busy={budget.isLoading}
      data-stale={budget.stale || undefined}
      data-gaugeless={
        (state?.kind === 'no-cap' && (budget.requestState?.kind ?? 'no-cap') === 'no-cap') || undefined
      }
    >
      <header className={styles.header}>
        <h2 id={headingId}>Token budget today</h2>
        {budget.stale && <span className={styles.staleBadge}>Stale</span>}
        <NotifyToggle notifications={notifications} />
      </header>
      <BudgetBody budget={budget} headline={headline} />
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </section>
  );
}

function BudgetBody({ budget, headline }: { budget: BudgetView; headline: Headline | null }) {
  const zone = useTimeZone();
  const { snapshot, state, requestState } = budget;
  if (budget.isLoading) {
    return (
      <SlowLoading queryKeys={[budgetQueries.snapshot().queryKey]} what="the token budget">
        <BudgetSkeleton />
      </SlowLoading>
    );
  }
  if (!snapshot || !state || !headline) {
    return <SectionError error={budget.error} onRetry={budget.refetch} what="the token budget" />;
  }
  return (
    <>
      {budget.staleReason && <StaleBanner budget={budget} reason={budget.staleReason} zone={zone} />}
      <div className={styles.panels}>
        <UsagePanel title="Tokens today" unit="token" state={state} headline={headline} />
        {requestState && <UsagePanel title="Requests today" unit="request" state={requestState} />}
      </div>
      <BudgetMeta budget={budget} zone={zone} />
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
