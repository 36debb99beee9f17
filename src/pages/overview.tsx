import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Skeleton } from '@/components/feedback/states';
import { PageHeader } from '@/components/ui/page-header';
import { sessionQueries } from '@/features/auth/api/queries';
import { BudgetCard } from '@/features/budget/components/budget-card';
import styles from './overview.module.css';

// The budget card is the first-load path (≤ 150 KB gzip with sign-in and the shell, checked by
// `npm run test:bundle`); the panel, figures, filters and charts follow in their own chunks. The
// imports start when this module runs, in parallel with the budget request, not after the first
// render.
const kpiOverview = import('@/features/kpi/components/kpi-overview');
const lastVisitPanel = import('@/features/last-visit/components/last-visit-panel');
// Handled where they are rendered (the route's error boundary); this only keeps an early failure
// from being reported as an unhandled rejection before then.
for (const chunk of [kpiOverview, lastVisitPanel]) chunk.catch(() => undefined);
const KpiOverview = lazy(() => kpiOverview.then((m) => ({ default: m.KpiOverview })));
const LastVisitPanel = lazy(() => lastVisitPanel.then((m) => ({ default: m.LastVisitPanel })));

export function OverviewPage() {
  // The shell renders pages only once `users/me/` has answered, so this is read from the cache.
  const { data: me } = useQuery(sessionQueries.me());
  // Whose poll history and last visit these are: the user's uuid (older servers: the username).
  const owner = me ? (me.uuid ?? me.username) : null;
  return (
    <>
      <PageHeader
        title="Overview"
        documentTitle="Overview"
        subtitle="The public AI assistant today and over time"
      />
      <div className={styles.grid}>
        {owner !== null && (
          <Suspense fallback={<Skeleton height="7.5rem" label="Loading what is new since your last visit" />}>
            <LastVisitPanel owner={owner} />
          </Suspense>
        )}
        {/* The budget takes no filters: it sits outside the filtered part and never refetches with it. */}
        <BudgetCard owner={owner} />
        <Suspense fallback={<Skeleton height="20rem" label="Loading key figures and charts" />}>
          <KpiOverview />
        </Suspense>
      </div>
    </>
  );
}
