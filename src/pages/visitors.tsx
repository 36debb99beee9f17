import { PageHeader } from '@/components/ui/page-header';
import { VisitorsView } from '@/features/visitors/components/visitors-view';

export function VisitorsPage() {
  return (
    <>
      <PageHeader
        title="Visitors"
        documentTitle="Visitors"
        subtitle="Pseudonymous visitors of the public assistant (one per IP address) with their turn and feedback counters"
      />
      <VisitorsView />
    </>
  );
}
