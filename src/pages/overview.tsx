import { PageHeader } from '@/components/ui/page-header';
import { BudgetCard } from '@/features/budget/components/budget-card';
import { KpiOverview } from '@/features/kpi/components/kpi-overview';
import styles from './overview.module.css';

export function OverviewPage() {
  return (
    <>
      <PageHeader
        title="Overview"
        documentTitle="Overview"
        subtitle="The public AI assistant today and over time"
      />
      <div className={styles.grid}>
        {/* The budget takes no filters: it sits outside the filtered part and never refetches with it. */}
        <BudgetCard />
        <KpiOverview />
      </div>
    </>
  );
}
