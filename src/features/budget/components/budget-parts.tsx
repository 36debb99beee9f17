import { errorMessage, Skeleton } from '@/components/feedback/states';
import { Button } from '@/components/ui/button';
import { formatCountdown, formatTimeOfDay, type TimeZoneChoice } from '@/lib/format/date';
import type { BudgetView, StaleReason } from '../hooks/use-budget';
import styles from './budget-card.module.css';

/** Time left until `resets_at`, ticking with the view's clock. */
export function Countdown({ resetsAt, now, zone }: { resetsAt: string; now: number; zone: TimeZoneChoice }) {
  const left = Date.parse(resetsAt) - now;
  const at = formatTimeOfDay(resetsAt, zone);
  if (left <= 0) return <>Reset due ({at}) — waiting for the server</>;
  return (
    <>
      Resets in <time dateTime={`PT${Math.floor(left / 1000)}S`}>{formatCountdown(left)}</time> ({at})
    </>
  );
}

/** Why the value on screen may not be today's current total, and a retry for a failed poll. */
export function StaleBanner({
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

/** Same outline as the loaded card, so the page does not jump when data arrives. */
export function BudgetSkeleton() {
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
